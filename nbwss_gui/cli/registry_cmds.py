"""`nbwss-gui add | list | remove | activate | deactivate`: the registry from the command line.

Messages go to stderr, data to stdout. Exit status: 0 done, 1 refused or invalid input,
2 could not do it (keyring or config file failure).

When a window or `monitor` owns the profile (SPEC §5.1), the changes go through it over the
control channel, so that it shows them at once; `list` then shows the live connection states.
Otherwise they are written directly, under the config file's lock.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from nbwss_gui.cli.endpoint_refs import SHORT_ID, Listing, Refused, resolve_all
from nbwss_gui.cli.output import format_problems
from nbwss_gui.cli.proxy_options import add_proxy_options, command_proxies
from nbwss_gui.domain.problems import Problem

if TYPE_CHECKING:
    from nbwss_gui.domain.registered import RegisteredEndpoint
    from nbwss_gui.services.control import ControlClient

EXIT_OK, EXIT_REFUSED, EXIT_FAILED = 0, 1, 2
JSON_FORMAT_VERSION = 1

EXIT_HELP = """\
exit status: 0 done, 1 refused or invalid input, 2 could not do it (keyring or
configuration file failure)."""

REF_HELP = (
    "an endpoint: its id, a unique prefix of the id (at least 4 characters, as `list` "
    "shows), or its URL"
)

ADD_DESCRIPTION = f"""\
Check endpoint details from a JSON file or an https:// provider URL, exactly as the
WebSocket Server dialog does, and register the endpoint: the token goes to the system
keyring, everything else to the configuration file. Nothing is saved when the details have
an error, or when the keyring is missing or locked.

Problems print like a compiler's, to standard error:
  PATH:LINE:COLUMN: error: MESSAGE [code]
On success the new endpoint's id is printed to standard output.

{EXIT_HELP}"""

LIST_DESCRIPTION = f"""\
List the registered endpoints, grouped by server group and in priority order within each
group. Tokens are never shown.

{EXIT_HELP}"""

LIST_JSON_HELP = """\
print one JSON object instead: {"formatVersion": 1, "owner": {"kind": "window"|"monitor",
"pid"} or null, "endpoints": [{"id", "priority", "groupId", "hostName", "url", "activated",
"state": "ACTIVATED"|"DEACTIVATED", "pinnedSha256" (or null), "addedAt", "changedAt",
"connectionState" (CONNECTED, CONNECTING, STANDBY, RETRYING, FAILED, NOT CONNECTED; null
when no window or monitor runs), "connectionReason" (or null)}]}. No token appears."""

REMOVE_DESCRIPTION = f"""\
Remove endpoints: from the configuration file first, then their tokens from the keyring.
Asks for confirmation on a terminal; without a terminal, --yes is required.

{EXIT_HELP}"""

ACTIVATE_DESCRIPTION = f"""\
Mark endpoints ACTIVATED: the connection engine may connect to them.

{EXIT_HELP}"""

DEACTIVATE_DESCRIPTION = f"""\
Mark endpoints DEACTIVATED: the connection engine leaves them alone (state NOT CONNECTED).

{EXIT_HELP}"""


def register(subparsers: Any) -> None:
    raw = argparse.RawDescriptionHelpFormatter
    add = subparsers.add_parser(
        "add", help="register an endpoint", description=ADD_DESCRIPTION, formatter_class=raw
    )
    add.add_argument("source", metavar="FILE|URL", help="endpoint file, or https:// provider URL")
    add.add_argument(
        "--ca-file",
        metavar="PEM",
        help="extra CA certificates (PEM) to trust for a provider URL, besides the system's",
    )
    add.add_argument(
        "--replace",
        action="store_true",
        help="replace an endpoint with the same URL (it keeps its id)",
    )
    add.add_argument(
        "--deactivated", action="store_true", help="register it DEACTIVATED (default ACTIVATED)"
    )
    add_proxy_options(add)
    add.set_defaults(run=run_add)

    listing = subparsers.add_parser(
        "list",
        help="list the registered endpoints",
        description=LIST_DESCRIPTION,
        formatter_class=raw,
    )
    listing.add_argument("--json", action="store_true", help=LIST_JSON_HELP)
    listing.set_defaults(run=run_list)

    remove = subparsers.add_parser(
        "remove", help="remove endpoints", description=REMOVE_DESCRIPTION, formatter_class=raw
    )
    remove.add_argument("refs", nargs="+", metavar="ID|URL", help=REF_HELP)
    remove.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    remove.set_defaults(run=run_remove)

    for name, description, activated in (
        ("activate", ACTIVATE_DESCRIPTION, True),
        ("deactivate", DEACTIVATE_DESCRIPTION, False),
    ):
        parser = subparsers.add_parser(
            name,
            help=f"mark endpoints {'ACTIVATED' if activated else 'DEACTIVATED'}",
            description=description,
            formatter_class=raw,
        )
        parser.add_argument("refs", nargs="+", metavar="ID|URL", help=REF_HELP)
        parser.set_defaults(run=_activation_runner(activated))


def run_add(args: argparse.Namespace) -> int:
    return _run(_add(args))


def run_list(args: argparse.Namespace) -> int:
    return _run(_list(args))


def run_remove(args: argparse.Namespace) -> int:
    return _run(_remove(args))


def _activation_runner(activated: bool) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        return _run(_set_activated(args, activated))

    return run


REFUSED_KINDS = {"duplicate", "not-found", "invalid", "bad-request"}


def _run(coroutine: Any) -> int:
    import asyncio

    from nbwss_gui.services.control import ControlError
    from nbwss_gui.services.registry import RegistryError

    try:
        return int(asyncio.run(coroutine))
    except Refused as exc:
        _say(f"error: {exc}")
        return EXIT_REFUSED
    except (RegistryError, ControlError) as exc:
        _say(f"error: {exc.message}")
        return EXIT_REFUSED if exc.kind in REFUSED_KINDS else EXIT_FAILED


async def _owner() -> ControlClient | None:
    """The channel of the window or `monitor` that owns the profile, or None."""
    from nbwss_gui.services import paths
    from nbwss_gui.services.control import ControlClient, ControlError

    try:
        return await ControlClient.connect(paths.config_dir())
    except ControlError as exc:
        _say(f"warning: {exc.message}")
        return None


def _open() -> Any:
    """The registry over the file as it is, for a direct change (no owner runs). A file that
    cannot be read is left where it is for the owner to move aside: it is not ours to."""
    from nbwss_gui.services import paths
    from nbwss_gui.services.config import ConfigError, ConfigStore
    from nbwss_gui.services.registry import Registry, RegistryError
    from nbwss_gui.services.secrets import TokenStore

    config = ConfigStore(paths.config_file())
    try:
        return Registry(config, TokenStore(), loaded=config.read())
    except ConfigError as exc:
        raise RegistryError(exc.message, "config") from None


def _entries(items: object) -> list[RegisteredEndpoint]:
    """The endpoints of an owner's answer."""
    from nbwss_gui.services.profile import endpoints_from_listing

    return endpoints_from_listing(items)


async def _add(args: argparse.Namespace) -> int:
    from nbwss_gui.services.registry import RegistryError
    from nbwss_gui.services.sources import display_name, is_url, load_details

    owner = await _owner()
    if owner is not None:
        try:
            source = args.source if is_url(args.source) else os.path.abspath(args.source)
            ca_file = os.path.abspath(args.ca_file) if args.ca_file else None
            return await _add_through(owner, args, source, ca_file)
        finally:
            await owner.close()
    proxies = command_proxies(args) if is_url(args.source) else None
    outcome = await load_details(args.source, ca_file=args.ca_file, proxies=proxies)
    name = display_name(outcome.source)
    if outcome.error is not None:
        _say(f"{name}: error: {outcome.error}")
        return EXIT_REFUSED if outcome.input_at_fault else EXIT_FAILED
    assert outcome.result is not None
    for line in format_problems(name, outcome.result.problems):
        _say(line)
    details = outcome.result.endpoint
    if details is None:
        count = len(outcome.result.errors)
        _say(f"{name}: not added: {count} error{'s' if count != 1 else ''} in the details")
        return EXIT_REFUSED
    registry = _open()
    replacing = registry.find_by_url(details.url) if args.replace else None
    try:
        entry = await registry.add(
            details, replace=args.replace, activated=False if args.deactivated else None
        )
    except RegistryError as exc:
        if exc.kind == "duplicate":
            raise Refused(f"{exc.message} (--replace replaces it)") from None
        raise
    verb = "Replaced" if replacing is not None else "Added"
    _say(f"{verb} {entry.host_name} ({entry.url}), group {entry.group_id}, {entry.state}.")
    print(entry.id)
    return EXIT_OK


async def _add_through(
    owner: ControlClient, args: argparse.Namespace, source: str, ca_file: str | None
) -> int:
    """Have the owner load, check and register the details (the token stays on its side)."""
    from nbwss_gui.services.control import ControlError
    from nbwss_gui.services.sources import display_name

    name = display_name(source if "://" in args.source else args.source)
    try:
        answer = await owner.call(
            "add",
            source=source,
            caFile=ca_file,
            proxy=args.proxy,
            noProxy=bool(args.no_proxy),
            replace=bool(args.replace),
            activated=False if args.deactivated else None,
        )
    except ControlError as exc:
        if exc.kind == "duplicate":
            raise Refused(f"{exc.message} (--replace replaces it)") from None
        raise
    if answer.get("error"):
        _say(f"{name}: error: {answer['error']}")
        return EXIT_REFUSED if answer.get("inputAtFault") else EXIT_FAILED
    problems = [p for p in map(Problem.from_json, answer.get("problems") or []) if p]
    for line in format_problems(name, problems):
        _say(line)
    entries = _entries([answer.get("entry")])
    if not entries:
        count = sum(1 for p in problems if p.is_error)
        _say(f"{name}: not added: {count} error{'s' if count != 1 else ''} in the details")
        return EXIT_REFUSED
    entry = entries[0]
    verb = "Replaced" if answer.get("replaced") else "Added"
    _say(f"{verb} {entry.host_name} ({entry.url}), group {entry.group_id}, {entry.state}.")
    print(entry.id)
    return EXIT_OK


async def _list(args: argparse.Namespace) -> int:
    owner = await _owner()
    statuses: dict[str, dict[str, Any]] = {}
    owner_info: dict[str, Any] | None = None
    if owner is not None:
        try:
            snapshot = await owner.call("snapshot")
        finally:
            await owner.close()
        endpoints = _entries(snapshot.get("endpoints"))
        statuses = {
            s["endpointId"]: s
            for s in snapshot.get("statuses") or []
            if isinstance(s, dict) and isinstance(s.get("endpointId"), str)
        }
        owner_info = {"kind": snapshot.get("owner"), "pid": snapshot.get("pid")}
    else:
        endpoints = _open().endpoints()
    if args.json:
        document = {
            "formatVersion": JSON_FORMAT_VERSION,
            "owner": owner_info,
            "endpoints": [
                {
                    **e.to_json(),
                    "state": e.state,
                    "connectionState": statuses.get(e.id, {}).get("state"),
                    "connectionReason": statuses.get(e.id, {}).get("reason"),
                }
                for e in endpoints
            ],
        }
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return EXIT_OK
    if owner_info is not None:
        _say(f"Live states from the nbwss-gui {owner_info['kind']} (pid {owner_info['pid']}).")
    if not endpoints:
        _say("No endpoints are registered. Add one with: nbwss-gui add FILE|URL")
        return EXIT_OK
    live = None
    if owner_info is not None:
        live = {i: str(s.get("state") or "") for i, s in statuses.items()}
    print(_table(endpoints, live))
    return EXIT_OK


async def _targets(
    refs: Sequence[str],
) -> tuple[ControlClient | None, Any, list[RegisteredEndpoint]]:
    """The owner's channel (or None, then the registry) and the endpoints `refs` name."""
    owner = await _owner()
    if owner is None:
        registry = _open()
        return None, registry, resolve_all(registry, refs)
    try:
        snapshot = await owner.call("snapshot")
        return owner, None, resolve_all(Listing(_entries(snapshot.get("endpoints"))), refs)
    except BaseException:
        await owner.close()
        raise


async def _remove(args: argparse.Namespace) -> int:
    owner, registry, chosen = await _targets(args.refs)
    try:
        return await _remove_chosen(args, owner, registry, chosen)
    finally:
        if owner is not None:
            await owner.close()


async def _remove_chosen(
    args: argparse.Namespace,
    owner: ControlClient | None,
    registry: Any,
    chosen: list[RegisteredEndpoint],
) -> int:
    if not args.yes:
        if not sys.stdin.isatty():
            raise Refused("not removing anything without confirmation: add --yes")
        listing = "\n".join(f"  {_describe(e)}" for e in chosen)
        sys.stderr.write(f"Remove {len(chosen)} endpoint(s) and their tokens?\n{listing}\n[y/N] ")
        sys.stderr.flush()
        answer = sys.stdin.readline().strip().lower()
        if answer not in {"y", "yes"}:
            _say("Nothing was removed.")
            return EXIT_REFUSED
    if owner is not None:
        await owner.call("remove", ids=[e.id for e in chosen])
    else:
        await registry.remove(e.id for e in chosen)
    for entry in chosen:
        _say(f"Removed {_describe(entry)}.")
    return EXIT_OK


async def _set_activated(args: argparse.Namespace, activated: bool) -> int:
    owner, registry, chosen = await _targets(args.refs)
    ids = [e.id for e in chosen]
    try:
        if owner is not None:
            answer = await owner.call("set_activated", ids=ids, activated=activated)
            updated = _entries(answer.get("endpoints"))
        else:
            updated = await registry.set_activated(ids, activated)
    finally:
        if owner is not None:
            await owner.close()
    for entry in updated:
        _say(f"{entry.state}: {_describe(entry)}")
    return EXIT_OK


def _table(endpoints: Sequence[RegisteredEndpoint], live: dict[str, str] | None = None) -> str:
    """The endpoints as columns; with `live`, the Connection State each has in the owner."""
    header: tuple[str, ...] = ("ID", "GROUP", "PRIORITY", "STATE", "HOST NAME", "URL")
    rows: list[tuple[str, ...]] = [
        (e.id[:SHORT_ID], e.group_id, str(e.priority), e.state, e.host_name, e.url)
        for e in endpoints
    ]
    if live is not None:
        header = (*header[:4], "CONNECTION", *header[4:])
        rows = [
            (*row[:4], live.get(e.id) or "-", *row[4:])
            for row, e in zip(rows, endpoints, strict=True)
        ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header) - 1)]
    lines = []
    for row in (header, *rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]))
    return "\n".join(lines)


def _describe(entry: RegisteredEndpoint) -> str:
    return f"{entry.id[:SHORT_ID]} {entry.host_name} ({entry.url}), group {entry.group_id}"


def _say(message: str) -> None:
    print(message, file=sys.stderr)
