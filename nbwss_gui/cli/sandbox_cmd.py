"""`nbwss-gui sandbox`: run the sandbox provider on loopback until Ctrl-C (SPEC §6.2)."""

from __future__ import annotations

import argparse
import functools
import json
import logging
import signal
import sys
from typing import TYPE_CHECKING, Any

from nbwss_gui.cli.language import say
from nbwss_gui.domain.words import translate

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Callable

    from nbwss_gui.sandbox.server import Sandbox

# asyncio, websockets and the sandbox are imported when the command runs: the window must not
# pay for them before its first paint.

EXIT_OK, EXIT_ERROR = 0, 2

DESCRIPTION = translate(
    "SandboxCommand",
    """Start a sandbox cloud provider on this computer (127.0.0.1 only), to try every feature
without a cloud account: a private certificate authority, four wss:// endpoints in two groups
(sandbox-east and sandbox-west, priorities 1 and 2) that answer the CONNECT request and send an
occasional COMMAND request, an https:// provider URL per endpoint, and example endpoint files,
good and bad. Clients trust the sandbox by naming its CA file as their extra CA file
(--ca-file). Runs until Ctrl-C or SIGTERM; then everything stops and a temporary folder is
removed.

exit status: 0 stopped normally, 2 could not start.""",
)

# The format itself stays English in every language: its keys and values are what scripts read.
JSON_FORMAT = """\
{"formatVersion": 1, "host", "folder", "caFile", "commandInterval", "endpoints": [{"name",
"groupId", "priority", "hostName", "url", "port", "listening", "tokenLength", "providerUrl",
"exampleFile"}], "exampleFiles": [{"path", "kind": "good"|"warning"|"bad", "about",
"endpoint", "url"}]}"""
JSON_HELP = translate(
    "SandboxCommand",
    "print one JSON object on one line once started, then nothing more on standard output: "
    "{format}",
).fill(format=JSON_FORMAT)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sandbox",
        help=say(
            translate(
                "SandboxCommand",
                "run local wss endpoints, provider URLs and example files to try things out",
            )
        ),
        description=say(DESCRIPTION),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--folder",
        metavar="DIR",
        help=say(
            translate(
                "SandboxCommand",
                "write the CA file and example files here (kept at exit; default: a temporary "
                "folder removed at exit)",
            )
        ),
    )
    parser.add_argument(
        "--command-interval",
        type=_interval,
        default=30.0,
        metavar="SECONDS",
        help=say(
            translate(
                "SandboxCommand",
                "send a COMMAND request on each connection this often; 0: never (default 30)",
            )
        ),
    )
    parser.add_argument("--json", action="store_true", help=say(JSON_HELP))
    parser.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help=say(
            translate(
                "SandboxCommand",
                "log every connection, CONNECT, COMMAND and NOTIFICATION on standard error",
            )
        ),
    )
    parser.set_defaults(run=run)


def _interval(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say(
                translate("CheckCommand", "{text} is not a number of seconds").fill(text=repr(text))
            )
        ) from None
    if not 0 <= value <= 86_400:  # NaN fails this too
        raise argparse.ArgumentTypeError(
            say(translate("SandboxCommand", "the interval must be 0 to 86400 seconds"))
        )
    return value


def run(args: argparse.Namespace) -> int:
    import asyncio

    if args.verbose and logging.getLogger().getEffectiveLevel() > logging.INFO:
        from nbwss_gui.services import logs

        # What each endpoint does, on standard error too.
        logs.setup_logging("INFO", file=False)
    if not args.verbose:
        # The websockets library logs failed handshakes (a port scan, say) as errors.
        logging.getLogger("websockets").setLevel(logging.CRITICAL)
    try:
        return asyncio.run(_serve(args))
    except KeyboardInterrupt:
        # Where the loop has no signal handlers (Windows), Ctrl-C cancels _serve, whose
        # finally block has stopped the sandbox by now: a normal stop.
        return EXIT_OK


async def _serve(args: argparse.Namespace) -> int:
    import asyncio

    from nbwss_gui.sandbox.server import Sandbox, SandboxError

    sandbox = Sandbox(args.folder, command_interval=args.command_interval or None)
    stop = asyncio.Event()
    removers = _on_signals(asyncio.get_running_loop(), stop)
    try:
        try:
            await sandbox.start()
        except (SandboxError, OSError) as exc:
            failed = translate("SandboxCommand", "could not start: {reason}").fill(reason=str(exc))
            print(f"nbwss-gui sandbox: {say(failed)}", file=sys.stderr)
            return EXIT_ERROR
        if args.json:
            print(json.dumps(sandbox.describe(), ensure_ascii=False), flush=True)
        else:
            print(describe_text(sandbox), flush=True)
        await stop.wait()
    finally:
        await sandbox.stop()
        for remove in removers:
            remove()
    if not args.json:
        print(say(translate("SandboxCommand", "Sandbox stopped.")), flush=True)
    return EXIT_OK


def _on_signals(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> list[Callable[[], object]]:
    """Make SIGINT and SIGTERM set `stop`; returns what undoes it."""
    removers: list[Callable[[], object]] = []
    for number in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(number, stop.set)
        except (NotImplementedError, RuntimeError):
            # Windows' loops have no signal handlers: Ctrl-C arrives as KeyboardInterrupt,
            # which the command line turns into an exit.
            continue
        removers.append(functools.partial(loop.remove_signal_handler, number))
    return removers


def describe_text(sandbox: Sandbox) -> str:
    info = sandbox.describe()
    lines = [
        say(translate("SandboxCommand", "Sandbox provider running on 127.0.0.1 (Ctrl-C to stop).")),
        say(translate("SandboxCommand", "  folder:   {folder}").fill(folder=info["folder"])),
        say(
            translate(
                "SandboxCommand",
                "  CA file:  {file}   (pass it as --ca-file, or as the extra CA file)",
            ).fill(file=info["caFile"])
        ),
        "",
    ]
    groups: dict[str, list[dict[str, Any]]] = {}
    for endpoint in info["endpoints"]:
        groups.setdefault(endpoint["groupId"], []).append(endpoint)
    for group, endpoints in groups.items():
        lines.append(say(translate("SandboxCommand", "Group {group}:").fill(group=group)))
        for e in endpoints:
            lines += [
                say(
                    translate("SandboxCommand", "  {name}  priority {priority}  {url}").fill(
                        name=e["name"], priority=e["priority"], url=e["url"]
                    )
                ),
                say(
                    translate("SandboxCommand", "      provider URL: {url}").fill(
                        url=e["providerUrl"]
                    )
                ),
                say(
                    translate("SandboxCommand", "      endpoint file: {file}").fill(
                        file=e["exampleFile"]
                    )
                ),
            ]
        lines.append("")
    lines.append(say(translate("SandboxCommand", "Example files:")))
    width = max(len(str(f["path"])) for f in info["exampleFiles"])
    for example in info["exampleFiles"]:
        about = say(example["about"])
        lines.append(f"  {example['kind']:<7} {example['path']:<{width}}  {about}")
    first = info["endpoints"][0]
    bad = next(f for f in info["exampleFiles"] if f["kind"] == "bad")
    lines += [
        "",
        say(translate("SandboxCommand", "Try:")),
        f"  nbwss-gui check --ca-file {info['caFile']} {first['providerUrl']}",
        f"  nbwss-gui check {bad['path']}",
        say(
            translate(
                "SandboxCommand",
                "  nbwss-gui --ca-file {file}   (New > URL > paste a provider URL)",
            ).fill(file=info["caFile"])
        ),
    ]
    if info["commandInterval"]:
        every = translate(
            "SandboxCommand", "Each connection gets a COMMAND request every {seconds} s."
        ).fill(seconds=f"{info['commandInterval']:g}")
        lines.append(say(every))
    return "\n".join(lines)
