"""`nbwss-gui add | list | remove | activate | deactivate`: the registry from the command line.

Messages go to stderr, data to stdout. Exit status: 0 done, 1 refused or invalid input,
2 could not do it (keyring or config file failure).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from nbwss_gui.cli.output import format_problems

if TYPE_CHECKING:
    from nbwss_gui.domain.registered import RegisteredEndpoint
    from nbwss_gui.services.registry import Registry

EXIT_OK, EXIT_REFUSED, EXIT_FAILED = 0, 1, 2
JSON_FORMAT_VERSION = 1
# Shorter prefixes are too easy to mistype into another endpoint's id.
MIN_PREFIX = 4
SHORT_ID = 12

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
print one JSON object instead: {"formatVersion": 1, "endpoints": [{"id", "priority",
"groupId", "hostName", "url", "activated", "state": "ACTIVATED"|"DEACTIVATED",
"pinnedSha256" (or null), "addedAt", "changedAt"}]}. No token appears."""

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


class Refused(Exception):
    """The request itself is wrong (exit 1); the message says why."""


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


def _run(coroutine: Any) -> int:
    import asyncio

    from nbwss_gui.services.registry import RegistryError

    try:
        return int(asyncio.run(coroutine))
    except Refused as exc:
        _say(f"error: {exc}")
        return EXIT_REFUSED
    except RegistryError as exc:
        _say(f"error: {exc.message}")
        return EXIT_REFUSED if exc.kind in {"duplicate", "not-found", "invalid"} else EXIT_FAILED


def _open() -> Registry:
    from nbwss_gui.services.config import ConfigError
    from nbwss_gui.services.registry import Registry, RegistryError

    try:
        registry = Registry.open_default()
    except ConfigError as exc:
        raise RegistryError(exc.message, "config") from None
    if registry.load_notice:
        _say(f"warning: {registry.load_notice}")
    return registry


async def _add(args: argparse.Namespace) -> int:
    from nbwss_gui.services.registry import RegistryError
    from nbwss_gui.services.sources import display_name, load_details

    outcome = await load_details(args.source, ca_file=args.ca_file)
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


async def _list(args: argparse.Namespace) -> int:
    registry = _open()
    endpoints = registry.endpoints()
    if args.json:
        document = {
            "formatVersion": JSON_FORMAT_VERSION,
            "endpoints": [{**e.to_json(), "state": e.state} for e in endpoints],
        }
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not endpoints:
        _say("No endpoints are registered. Add one with: nbwss-gui add FILE|URL")
        return EXIT_OK
    print(_table(endpoints))
    return EXIT_OK


async def _remove(args: argparse.Namespace) -> int:
    registry = _open()
    chosen = resolve_all(registry, args.refs)
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
    await registry.remove(e.id for e in chosen)
    for entry in chosen:
        _say(f"Removed {_describe(entry)}.")
    return EXIT_OK


async def _set_activated(args: argparse.Namespace, activated: bool) -> int:
    registry = _open()
    chosen = resolve_all(registry, args.refs)
    for entry in await registry.set_activated([e.id for e in chosen], activated):
        _say(f"{entry.state}: {_describe(entry)}")
    return EXIT_OK


def resolve(registry: Registry, ref: str) -> RegisteredEndpoint:
    """The endpoint a user means by an id, a unique id prefix, or a URL."""
    endpoints = registry.endpoints()
    if "://" in ref:
        found = registry.find_by_url(ref)
        if found is None:
            raise Refused(f"no endpoint has the URL {ref}")
        return found
    lowered = ref.lower()
    exact = [e for e in endpoints if e.id == lowered]
    if exact:
        return exact[0]
    if len(lowered) < MIN_PREFIX:
        raise Refused(f"{ref!r}: give at least {MIN_PREFIX} characters of the id")
    matches = [e for e in endpoints if e.id.startswith(lowered)]
    if not matches:
        raise Refused(f"no endpoint has an id starting with {ref!r} (see: nbwss-gui list)")
    if len(matches) > 1:
        names = ", ".join(f"{e.id[:SHORT_ID]} {e.url}" for e in matches)
        raise Refused(f"{ref!r} matches {len(matches)} endpoints ({names}); give more of the id")
    return matches[0]


def resolve_all(registry: Registry, refs: Sequence[str]) -> list[RegisteredEndpoint]:
    chosen = [resolve(registry, ref) for ref in refs]
    return list({e.id: e for e in chosen}.values())


def _table(endpoints: Sequence[RegisteredEndpoint]) -> str:
    header = ("ID", "GROUP", "PRIORITY", "STATE", "HOST NAME", "URL")
    rows = [
        (e.id[:SHORT_ID], e.group_id, str(e.priority), e.state, e.host_name, e.url)
        for e in endpoints
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
