"""`nbwss-gui check FILE|URL...`: validate endpoint details without saving anything."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from nbwss_gui.cli.language import say
from nbwss_gui.cli.output import format_problems, printable, safe_streams, write_json
from nbwss_gui.cli.proxy_options import add_proxy_options, command_proxies
from nbwss_gui.domain.words import translate

if TYPE_CHECKING:
    from nbwss_gui.services.proxy import Proxies
    from nbwss_gui.services.sources import LoadOutcome

# asyncio and the sources are imported when a command runs: `nbwss-gui` without a command
# opens the window, which must not pay for them before its first paint.

EXIT_VALID, EXIT_INVALID, EXIT_ERROR = 0, 1, 2
JSON_FORMAT_VERSION = 1
# A provider answers within seconds; past an hour nobody is waiting for it any more.
TIMEOUT_MIN, TIMEOUT_MAX = 0.1, 3600.0

DESCRIPTION = translate(
    "CheckCommand",
    """Check endpoint details from JSON files or provider URLs, exactly as the WebSocket Server
dialog does, without saving anything. A SOURCE is a file path, "-" for standard input, or
an https:// provider URL.

Problems print like a compiler's, one per line:
  PATH:LINE:COLUMN: error: MESSAGE [code]
Warnings (e.g. groupID spelling, hostName differing from the URL's host) do not make the
details invalid. The token is never printed: only its length.

exit status: 0 every source is valid, 1 some source is invalid, 2 some source could not be
checked (missing file, network or TLS failure).""",
)

# The format itself stays English in every language: its keys and values are what scripts read.
JSON_FORMAT = """\
{"formatVersion": 1, "results": [{"source", "kind":
"file"|"url", "status": "valid"|"invalid"|"error", "endpoint": {"tokenLength", "priority",
"groupId", "hostName", "url"} or null, "problems": [{"code", "severity", "field", "message",
"line", "column", "offset"}], "error": {"kind", "message"} or null}], "summary": {"valid",
"invalid", "error"}}"""
JSON_HELP = translate("CheckCommand", "print one JSON object instead: {format}").fill(
    format=JSON_FORMAT
)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say(
                translate("CheckCommand", "{text} is not a number of seconds").fill(text=repr(text))
            )
        ) from None
    # NaN compares false with everything, so it fails this test too.
    if not TIMEOUT_MIN <= value <= TIMEOUT_MAX:
        raise argparse.ArgumentTypeError(
            say(
                translate(
                    "CheckCommand",
                    "{text} is not a timeout; give a number of seconds from {least} to {most}",
                ).fill(text=text, least=f"{TIMEOUT_MIN:g}", most=f"{TIMEOUT_MAX:g}")
            )
        )
    return value


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help=say(translate("CheckCommand", "check endpoint details from files or provider URLs")),
        description=say(DESCRIPTION),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help=say(translate("CheckCommand", "file path, -, or URL")),
    )
    parser.add_argument("--json", action="store_true", help=say(JSON_HELP))
    parser.add_argument(
        "--ca-file",
        metavar="PEM",
        help=say(
            translate(
                "CheckCommand",
                "extra CA certificates (PEM) to trust for provider URLs, besides the system's",
            )
        ),
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=30.0,
        metavar="SECONDS",
        help=say(
            translate(
                "CheckCommand",
                "give up on a provider URL after this long, from {least} to {most} (default 30)",
            ).fill(least=f"{TIMEOUT_MIN:g}", most=f"{TIMEOUT_MAX:g}")
        ),
    )
    add_proxy_options(parser)
    parser.set_defaults(run=run)


def status_of(outcome: LoadOutcome) -> str:
    if outcome.result is None:
        return "invalid" if outcome.input_at_fault else "error"
    return "valid" if outcome.result.ok else "invalid"


def outcome_to_json(outcome: LoadOutcome) -> dict[str, object]:
    from nbwss_gui.services.sources import display_name

    result = outcome.result
    return {
        "source": display_name(outcome.source),
        "kind": outcome.kind,
        "status": status_of(outcome),
        "endpoint": result.endpoint.to_public() if result and result.endpoint else None,
        "problems": [p.to_json() for p in result.problems] if result else [],
        "error": (
            {"kind": outcome.error_kind, "message": outcome.error}
            if outcome.error is not None
            else None
        ),
    }


def exit_status(outcomes: list[LoadOutcome]) -> int:
    statuses = {status_of(o) for o in outcomes}
    if "error" in statuses:
        return EXIT_ERROR
    if "invalid" in statuses:
        return EXIT_INVALID
    return EXIT_VALID


async def _load_all(args: argparse.Namespace) -> list[LoadOutcome]:
    import asyncio

    from nbwss_gui.services.sources import is_url

    proxies = command_proxies(args) if any(is_url(s) for s in args.sources) else None
    return list(await asyncio.gather(*(_load_one(s, args, proxies) for s in args.sources)))


async def _load_one(source: str, args: argparse.Namespace, proxies: Proxies | None) -> LoadOutcome:
    """One source's outcome, whatever happened: one bad source never costs the others theirs."""
    from nbwss_gui.services.sources import LoadOutcome, is_url, load_details

    try:
        return await load_details(
            source, ca_file=args.ca_file, total_timeout=args.timeout, proxies=proxies
        )
    except Exception as exc:
        return LoadOutcome(
            source,
            "url" if is_url(source) else "file",
            error=translate(
                "CheckCommand", "could not be checked: an unexpected error ({kind})"
            ).fill(kind=type(exc).__name__),
            error_kind="internal",
        )


def _result_json(outcome: LoadOutcome) -> dict[str, object]:
    try:
        return outcome_to_json(outcome)
    except Exception as exc:
        return {
            "source": printable(outcome.source),
            "kind": outcome.kind,
            "status": "error",
            "endpoint": None,
            "problems": [],
            "error": {"kind": "internal", "message": f"unexpected error ({type(exc).__name__})"},
        }


def run(args: argparse.Namespace) -> int:
    import asyncio

    outcomes = asyncio.run(_load_all(args))
    if args.json:
        counts = {key: 0 for key in ("valid", "invalid", "error")}
        for outcome in outcomes:
            counts[status_of(outcome)] += 1
        document = {
            "formatVersion": JSON_FORMAT_VERSION,
            "results": [_result_json(o) for o in outcomes],
            "summary": counts,
        }
        write_json(document)
        return exit_status(outcomes)
    safe_streams()
    for outcome in outcomes:
        try:
            _print_outcome(outcome)
        except Exception as exc:
            unexpected = translate("CheckCommand", "unexpected ({kind})").fill(
                kind=type(exc).__name__
            )
            print(f"{printable(outcome.source)}: error: {say(unexpected)}")
    return exit_status(outcomes)


def _print_outcome(outcome: LoadOutcome) -> None:
    from nbwss_gui.services.sources import display_name

    name = display_name(outcome.source)
    if outcome.error is not None:
        print(f"{name}: error: {say(outcome.error)}", file=sys.stderr)
        return
    assert outcome.result is not None
    for line in format_problems(name, outcome.result.problems):
        print(line)
    endpoint = outcome.result.endpoint
    if endpoint is not None:
        valid = translate(
            "CheckCommand",
            "valid: {url} (group {group}, priority {priority}, host {host}, token of "
            "{length} characters)",
        ).fill(
            url=endpoint.url,
            group=endpoint.group_id,
            priority=endpoint.priority,
            host=endpoint.host_name,
            length=len(endpoint.token),
        )
        print(f"{name}: {say(valid)}")
