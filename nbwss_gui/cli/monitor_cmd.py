"""`nbwss-gui monitor`: run the connection engine headless and print every state change."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from nbwss_gui.cli.language import say
from nbwss_gui.cli.monitor_output import Printer
from nbwss_gui.cli.proxy_options import add_proxy_options, proxy_choice
from nbwss_gui.domain.words import translate

if TYPE_CHECKING:
    import asyncio
    from pathlib import Path

    from nbwss_gui.domain.connection_state import EndpointStatus, GroupStatus
    from nbwss_gui.domain.registered import RegisteredEndpoint
    from nbwss_gui.services.engine import Engine
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.services.remote_engine import RemoteEngine

EXIT_OK, EXIT_NOT_CONNECTED, EXIT_FAILED = 0, 1, 2

DESCRIPTION = translate(
    "MonitorCommand",
    """Connect to the registered endpoints exactly as the window does — one active connection per
server group, in priority order, with keep-alive, failover and backoff — and print each state
change, one line per change:

  TIME GROUP HOST STATE REASON

TIME is UTC (ISO 8601). STATE is CONNECTED, CONNECTING, STANDBY, RETRYING, FAILED or NOT
CONNECTED; REASON says why (for RETRYING: when the next try is, and the last failure).
Endpoints added, removed, activated or deactivated meanwhile (by other commands or the
window) are picked up within a second; a removed one gets a last line, REMOVED. Tokens are
never printed.

One engine per profile: when the window (or another monitor) already runs the connections
of this profile, this monitor prints that owner's states and dials nothing; when the owner
stops, it takes the connections over. Run it as a background service with the systemd user
unit in packaging/nbwss-gui-monitor.service (see the README).

Ctrl-C (SIGINT), SIGTERM or SIGHUP closes every connection cleanly and exits with status 0.

exit status: 0 stopped normally (with --once: every group with an activated endpoint is
connected), 1 with --once: some group is not connected, 2 could not run (configuration
file, keyring).""",
)

# The formats themselves stay English in every language: their keys and values are what
# scripts read.
ENDPOINT_FORMAT = """\
{"formatVersion": 1, "event":
"endpoint", "time", "groupId", "endpointId", "hostName", "url", "state", "reason",
"reasonKind" (dns, refused, timeout, network, tls, tls-config, tls-untrusted,
hostname-mismatch, certificate-changed, certificate-expired, http-status, token-unavailable,
token-rejected, no-connect-response, protocol-error, closed, keepalive-timeout,
message-too-big, internal-error, or null), "since", "retryAt" (or null), "rttMs" (or null;
a new line when a keep-alive round trip changes it)}"""
GROUP_FORMAT = """\
{"formatVersion": 1,
"event": "group", "time", "groupId", "state", "activeEndpointId" (or null), "summary",
"retryAt" (or null)}"""
REMOVED_FORMAT = """\
{"formatVersion": 1, "event":
"removed", "time", "groupId", "endpointId", "hostName", "url"}"""
JSON_HELP = translate(
    "MonitorCommand",
    "print one JSON object per line instead. Endpoint changes: {endpoint_format}. Group "
    "roll-ups: {group_format}. An endpoint that left the list: {removed_format}. Times are "
    "ISO 8601 UTC strings.",
).fill(endpoint_format=ENDPOINT_FORMAT, group_format=GROUP_FORMAT, removed_format=REMOVED_FORMAT)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "monitor",
        help=say(
            translate(
                "MonitorCommand", "connect to the registered endpoints and print state changes"
            )
        ),
        description=say(DESCRIPTION),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--json", action="store_true", help=say(JSON_HELP))
    parser.add_argument(
        "--group",
        action="append",
        metavar="GROUP",
        help=say(
            translate("MonitorCommand", "watch only this server group (may be given several times)")
        ),
    )
    parser.add_argument(
        "--ca-file",
        metavar="PEM",
        help=say(
            translate(
                "MonitorCommand",
                "extra CA certificates (PEM) to trust, instead of the one in the settings",
            )
        ),
    )
    add_proxy_options(parser)
    stop = parser.add_mutually_exclusive_group()
    stop.add_argument(
        "--duration",
        type=_positive,
        metavar="SECONDS",
        help=say(translate("MonitorCommand", "stop after this many seconds")),
    )
    stop.add_argument(
        "--once",
        action="store_true",
        help=say(
            translate(
                "MonitorCommand",
                "stop once every group is connected or has tried all its endpoints",
            )
        ),
    )
    parser.set_defaults(run=run)


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say(
                translate("CheckCommand", "{text} is not a number of seconds").fill(text=repr(text))
            )
        ) from None
    if not value > 0:
        raise argparse.ArgumentTypeError(
            say(translate("MonitorCommand", "the duration must be more than 0 seconds"))
        )
    return value


def run(args: argparse.Namespace) -> int:
    import asyncio

    from nbwss_gui.services.heap import freeze_start_up

    # What the start built stays: full collections while the groups connect skip it (here,
    # in the command's process, not in `monitor()`, which tests and embedders call).
    freeze_start_up()

    try:
        return asyncio.run(monitor(args))
    except KeyboardInterrupt:
        # Where signal handlers cannot be installed (Windows), Ctrl-C arrives this way.
        return EXIT_OK


async def monitor(
    args: argparse.Namespace,
    *,
    registry: Registry | None = None,
    out: TextIO | None = None,
    stop: asyncio.Event | None = None,
) -> int:
    """The command's work; `registry`, `out` and `stop` may be given (tests, embedding).

    Owns the profile when nothing else does: runs the engine and serves the control channel.
    Otherwise prints the owner's events and dials nothing; when that owner goes, it takes the
    connections over (or follows whoever did)."""
    import asyncio
    import time

    from nbwss_gui.services import paths
    from nbwss_gui.services.ownership import OwnerLock, wait_for_ownership
    from nbwss_gui.services.remote_engine import RemoteEngine
    from nbwss_gui.services.stop_signals import on_stop_signals, remove_stop_signals

    out = out if out is not None else sys.stdout
    folder = registry.config.path.parent if registry is not None else paths.config_dir()
    stop = stop if stop is not None else asyncio.Event()
    loop = asyncio.get_running_loop()
    handled = on_stop_signals(loop, stop.set)
    deadline = None if args.duration is None else time.monotonic() + args.duration
    watch = Watch(args, Printer(out, as_json=args.json), stop, deadline)
    lock = OwnerLock(folder)
    try:
        lock_free = lock.try_acquire()
        while True:
            if lock_free:
                return await _own(watch, registry, folder)
            remote = await RemoteEngine.attach(folder)
            if remote is None:
                # The owner is still starting (its channel not open yet), or just left.
                lock_free = await wait_for_ownership(lock, 0.2)
            else:
                code = await _attached(watch, remote)
                if code is not None:
                    return code
                _say(
                    translate(
                        "MonitorCommand",
                        "The process that owned the connections stopped; taking them over.",
                    )
                )
                lock_free = await wait_for_ownership(lock)
                if not lock_free:
                    _say(
                        translate(
                            "MonitorCommand",
                            "Another nbwss-gui process took the connections over; following it.",
                        )
                    )
            if stop.is_set() or watch.time_left() == 0.0:
                return EXIT_OK
    finally:
        remove_stop_signals(loop, handled)
        lock.release()
        out.flush()


class Watch:
    """What this monitor prints of an engine — its own or the owner's — for the groups asked,
    and when it is done."""

    def __init__(
        self,
        args: argparse.Namespace,
        printer: Printer,
        stop: asyncio.Event,
        deadline: float | None,
    ) -> None:
        import asyncio

        self.args = args
        self.printer = printer
        self.stop = stop
        self.deadline = deadline
        self.groups: set[str] | None = set(args.group) if args.group else None
        self.settled = asyncio.Event()
        self.engine: Engine | RemoteEngine | None = None

    def chosen(self, endpoints: Iterable[RegisteredEndpoint]) -> list[RegisteredEndpoint]:
        return [e for e in endpoints if self.groups is None or e.group_id in self.groups]

    def on_status(self, status: EndpointStatus) -> None:
        if self.groups is None or status.group_id in self.groups:
            self.printer.endpoint(status)

    def on_group(self, status: GroupStatus) -> None:
        if self.groups is not None and status.group_id not in self.groups:
            return
        self.printer.group(status)
        self.check_settled()

    def check_settled(self) -> None:
        engine = self.engine
        if (
            self.args.once
            and engine is not None
            and _settled(engine, self.printer.endpoints.values())
        ):
            self.settled.set()

    def time_left(self) -> float | None:
        import time

        if self.deadline is None:
            return None
        return max(0.0, self.deadline - time.monotonic())

    async def until_done(self, *more: asyncio.Future[Any]) -> None:
        """Until stopped, the duration is over, `--once` is settled, or one of `more` ends."""
        import asyncio

        waits: list[asyncio.Future[Any]] = [asyncio.ensure_future(self.stop.wait()), *more]
        if self.args.once:
            self.check_settled()
            waits.append(asyncio.ensure_future(self.settled.wait()))
        try:
            await asyncio.wait(waits, timeout=self.time_left(), return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in waits:
                task.cancel()
            await asyncio.gather(*waits, return_exceptions=True)

    def exit_status(self) -> int:
        if self.args.once and not self.stop.is_set() and self.engine is not None:
            connected = _all_connected(self.engine, self.printer.endpoints.values())
            return EXIT_OK if connected else EXIT_NOT_CONNECTED
        return EXIT_OK


async def _own(watch: Watch, registry: Registry | None, folder: Path) -> int:
    """Run the engine here, as the profile's owner."""
    from nbwss_gui.services.config import ConfigError
    from nbwss_gui.services.profile import ProfileService
    from nbwss_gui.services.registry import Registry

    if registry is None:
        try:
            # The owner, at its start, is the one that moves an unreadable file aside.
            registry = Registry.open_default()
        except ConfigError as exc:
            _say(f"error: {say(exc.message)}")
            return EXIT_FAILED
    if registry.load_notice:
        _say(f"warning: {say(registry.load_notice)}")
    for problem in registry.typed_settings()[1]:
        where = f"{problem.where()}: " if problem.where() else ""
        _say(f"warning: settings: {where}{say(problem.message)}")
    printer = watch.printer
    endpoints = watch.chosen(registry.endpoints())
    printer.set_endpoints(endpoints, announce_removed=False)
    service = ProfileService(
        registry,
        role="monitor",
        ca_file_override=watch.args.ca_file,
        folder=folder,
        proxy_choice=proxy_choice(watch.args),
    )
    told: list[str | None] = [None]

    def on_registry() -> None:
        printer.set_endpoints(watch.chosen(registry.endpoints()))
        if registry.problem != told[0]:
            told[0] = registry.problem
            if registry.problem:
                kept = translate(
                    "MonitorCommand", "{problem} The list in use is the last one read."
                ).fill(problem=registry.problem)
                _say(f"warning: {say(kept)}")

    service.listen(watch.on_status, watch.on_group)
    registry.subscribe(on_registry)
    if not endpoints:
        _say(
            translate("MonitorCommand", "No endpoints are registered in these groups.")
            if watch.groups
            else translate("MonitorCommand", "No endpoints are registered.")
        )
        if watch.args.once:
            return EXIT_OK
    else:
        watching = translate(
            "MonitorCommand", "Watching {endpoints} endpoint(s) in {groups} group(s); Ctrl-C stops."
        )
        _say(watching.fill(endpoints=len(endpoints), groups=len({e.group_id for e in endpoints})))
    watch.engine = service.start()
    try:
        await service.serve()
        await watch.until_done()
        return watch.exit_status()
    finally:
        await service.close()


async def _attached(watch: Watch, remote: RemoteEngine) -> int | None:
    """Print the owner's events; the exit status, or None when the owner went first."""
    import asyncio

    from nbwss_gui.services.profile import endpoints_from_listing

    printer = watch.printer
    printer.set_endpoints(
        watch.chosen(endpoints_from_listing(remote.endpoints)), announce_removed=False
    )
    shows = (
        translate(
            "MonitorCommand",
            "The nbwss-gui window (pid {pid}) runs the connections of this profile: showing "
            "its states; this monitor dials nothing.",
        )
        if remote.owner == "window"
        else translate(
            "MonitorCommand",
            "nbwss-gui {owner} (pid {pid}) runs the connections of this profile: showing its "
            "states; this monitor dials nothing.",
        )
    )
    _say(shows.fill(owner=str(remote.owner), pid=str(remote.pid)))
    watch.engine = remote
    for status in remote.statuses().values():
        watch.on_status(status)
    for group in remote.group_statuses().values():
        watch.on_group(group)

    def on_endpoints(items: list[dict[str, Any]]) -> None:
        printer.set_endpoints(watch.chosen(endpoints_from_listing(items)))

    following = asyncio.ensure_future(remote.run(watch.on_status, watch.on_group, on_endpoints))
    try:
        await watch.until_done(following)
    finally:
        owner_went = following.done()
        following.cancel()
        await asyncio.gather(following, return_exceptions=True)
        await remote.close()
    if owner_went and not watch.stop.is_set() and watch.time_left() != 0.0:
        return None
    return watch.exit_status()


def _settled(engine: Engine | RemoteEngine, endpoints: Iterable[RegisteredEndpoint]) -> bool:
    """Every group is connected, or has tried every endpoint, or has none activated."""
    from nbwss_gui.domain.connection_state import ConnectionState as S

    for group_id in {e.group_id for e in endpoints}:
        status = engine.group_status(group_id)
        if status is None or status.state not in (S.CONNECTED, S.RETRYING, S.NOT_CONNECTED):
            return False
    return True


def _all_connected(engine: Engine | RemoteEngine, endpoints: Iterable[RegisteredEndpoint]) -> bool:
    from nbwss_gui.domain.connection_state import ConnectionState as S

    wanted = {e.group_id for e in endpoints if e.activated}
    return all(
        (status := engine.group_status(group_id)) is not None and status.state is S.CONNECTED
        for group_id in wanted
    )


def _say(message: str) -> None:
    print(say(message), file=sys.stderr)
