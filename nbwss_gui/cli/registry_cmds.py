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
from nbwss_gui.cli.language import say
from nbwss_gui.cli.output import format_problems
from nbwss_gui.cli.proxy_options import add_proxy_options, command_proxies
from nbwss_gui.cli.registry_help import (
    ACTIVATE_DESCRIPTION,
    ADD_DESCRIPTION,
    DEACTIVATE_DESCRIPTION,
    LIST_DESCRIPTION,
    LIST_JSON_HELP,
    REF_HELP,
    REMOVE_DESCRIPTION,
)
from nbwss_gui.domain.problems import Problem
from nbwss_gui.domain.words import Words, translate, words_from_json

if TYPE_CHECKING:
    from nbwss_gui.domain.registered import RegisteredEndpoint
    from nbwss_gui.services.control import ControlClient

EXIT_OK, EXIT_REFUSED, EXIT_FAILED = 0, 1, 2
JSON_FORMAT_VERSION = 1


def register(subparsers: Any) -> None:
    raw = argparse.RawDescriptionHelpFormatter
    add = subparsers.add_parser(
        "add",
        help=say(translate("RegistryCommands", "register an endpoint")),
        description=say(ADD_DESCRIPTION),
        formatter_class=raw,
    )
    add.add_argument(
        "source",
        metavar="FILE|URL",
        help=say(translate("RegistryCommands", "endpoint file, or https:// provider URL")),
    )
    add.add_argument(
        "--ca-file",
        metavar="PEM",
        help=say(
            translate(
                "RegistryCommands",
                "extra CA certificates (PEM) to trust for a provider URL, besides the system's",
            )
        ),
    )
    add.add_argument(
        "--replace",
        action="store_true",
        help=say(
            translate("RegistryCommands", "replace an endpoint with the same URL (it keeps its id)")
        ),
    )
    add.add_argument(
        "--deactivated",
        action="store_true",
        help=say(translate("RegistryCommands", "register it DEACTIVATED (default ACTIVATED)")),
    )
    add_proxy_options(add)
    add.set_defaults(run=run_add)

    listing = subparsers.add_parser(
        "list",
        help=say(translate("RegistryCommands", "list the registered endpoints")),
        description=say(LIST_DESCRIPTION),
        formatter_class=raw,
    )
    listing.add_argument("--json", action="store_true", help=say(LIST_JSON_HELP))
    listing.set_defaults(run=run_list)

    remove = subparsers.add_parser(
        "remove",
        help=say(translate("RegistryCommands", "remove endpoints")),
        description=say(REMOVE_DESCRIPTION),
        formatter_class=raw,
    )
    remove.add_argument("refs", nargs="+", metavar="ID|URL", help=say(REF_HELP))
    remove.add_argument(
        "--yes",
        "-y",
        action="store_true",
        help=say(translate("RegistryCommands", "do not ask for confirmation")),
    )
    remove.set_defaults(run=run_remove)

    for name, short, description, activated in (
        (
            "activate",
            translate("RegistryCommands", "mark endpoints ACTIVATED"),
            ACTIVATE_DESCRIPTION,
            True,
        ),
        (
            "deactivate",
            translate("RegistryCommands", "mark endpoints DEACTIVATED"),
            DEACTIVATE_DESCRIPTION,
            False,
        ),
    ):
        parser = subparsers.add_parser(
            name, help=say(short), description=say(description), formatter_class=raw
        )
        parser.add_argument("refs", nargs="+", metavar="ID|URL", help=say(REF_HELP))
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
        _say(_error(exc.words))
        return EXIT_REFUSED
    except (RegistryError, ControlError) as exc:
        _say(_error(exc.message))
        return EXIT_REFUSED if exc.kind in REFUSED_KINDS else EXIT_FAILED


async def _owner() -> ControlClient | None:
    """The channel of the window or `monitor` that owns the profile, or None."""
    from nbwss_gui.services import paths
    from nbwss_gui.services.control import ControlClient, ControlError

    try:
        return await ControlClient.connect(paths.config_dir())
    except ControlError as exc:
        _say(_warning(exc.message))
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
        _say(f"{name}: {_error(outcome.error)}")
        return EXIT_REFUSED if outcome.input_at_fault else EXIT_FAILED
    assert outcome.result is not None
    for line in format_problems(name, outcome.result.problems):
        _say(line)
    details = outcome.result.endpoint
    if details is None:
        _say(_not_added(name, len(outcome.result.errors)))
        return EXIT_REFUSED
    registry = _open()
    replacing = registry.find_by_url(details.url) if args.replace else None
    try:
        entry = await registry.add(
            details, replace=args.replace, activated=False if args.deactivated else None
        )
    except RegistryError as exc:
        if exc.kind == "duplicate":
            raise Refused(_duplicate(exc.message)) from None
        raise
    _say(_added(entry, replaced=replacing is not None))
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
            raise Refused(_duplicate(exc.message)) from None
        raise
    if answer.get("error"):
        english = str(answer["error"])
        _say(f"{name}: {_error(words_from_json(answer.get('errorWords'), english))}")
        return EXIT_REFUSED if answer.get("inputAtFault") else EXIT_FAILED
    problems = [p for p in map(Problem.from_json, answer.get("problems") or []) if p]
    for line in format_problems(name, problems):
        _say(line)
    entries = _entries([answer.get("entry")])
    if not entries:
        _say(_not_added(name, sum(1 for p in problems if p.is_error)))
        return EXIT_REFUSED
    _say(_added(entries[0], replaced=bool(answer.get("replaced"))))
    print(entries[0].id)
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
        template = (
            translate("RegistryCommands", "Live states from the nbwss-gui window (pid {pid}).")
            if owner_info["kind"] == "window"
            else translate("RegistryCommands", "Live states from nbwss-gui {owner} (pid {pid}).")
        )
        _say(template.fill(owner=str(owner_info["kind"]), pid=str(owner_info["pid"])))
    if not endpoints:
        _say(
            translate(
                "RegistryCommands",
                "No endpoints are registered. Add one with: nbwss-gui add FILE|URL",
            )
        )
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
            raise Refused(
                translate(
                    "RegistryCommands", "not removing anything without confirmation: add --yes"
                )
            )
        listing = "\n".join(f"  {say(_describe(e))}" for e in chosen)
        question = translate(
            "RegistryCommands", "Remove {count} endpoint(s) and their tokens?"
        ).fill(count=len(chosen))
        # The answer is the English y/yes, or the language's own (ja in German).
        yes = translate("RegistryCommands", "y")
        sys.stderr.write(f"{say(question)}\n{listing}\n[{say(yes)}/N] ")
        sys.stderr.flush()
        answer = sys.stdin.readline().strip().lower()
        if answer not in {"y", "yes", say(yes).lower(), say(translate("RegistryCommands", "yes"))}:
            _say(translate("RegistryCommands", "Nothing was removed."))
            return EXIT_REFUSED
    if owner is not None:
        await owner.call("remove", ids=[e.id for e in chosen])
    else:
        await registry.remove(e.id for e in chosen)
    for entry in chosen:
        _say(translate("RegistryCommands", "Removed {endpoint}.").fill(endpoint=_describe(entry)))
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
        _say(f"{entry.state}: {say(_describe(entry))}")
    return EXIT_OK


def _table(endpoints: Sequence[RegisteredEndpoint], live: dict[str, str] | None = None) -> str:
    """The endpoints as columns; with `live`, the Connection State each has in the owner."""
    header: tuple[str, ...] = tuple(
        say(words)
        for words in (
            translate("RegistryCommands", "ID"),
            translate("RegistryCommands", "GROUP"),
            translate("RegistryCommands", "PRIORITY"),
            translate("RegistryCommands", "STATE"),
            translate("RegistryCommands", "HOST NAME"),
            translate("RegistryCommands", "URL"),
        )
    )
    rows: list[tuple[str, ...]] = [
        (e.id[:SHORT_ID], e.group_id, str(e.priority), e.state, e.host_name, e.url)
        for e in endpoints
    ]
    if live is not None:
        header = (*header[:4], say(translate("RegistryCommands", "CONNECTION")), *header[4:])
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


def _describe(entry: RegisteredEndpoint) -> Words:
    return translate("RegistryCommands", "{id} {host} ({url}), group {group}").fill(
        id=entry.id[:SHORT_ID], host=entry.host_name, url=entry.url, group=entry.group_id
    )


def _added(entry: RegisteredEndpoint, *, replaced: bool) -> Words:
    template = (
        translate("RegistryCommands", "Replaced {host} ({url}), group {group}, {state}.")
        if replaced
        else translate("RegistryCommands", "Added {host} ({url}), group {group}, {state}.")
    )
    return template.fill(
        host=entry.host_name, url=entry.url, group=entry.group_id, state=entry.state
    )


def _not_added(name: str, count: int) -> str:
    words = (
        translate("RegistryCommands", "not added: 1 error in the details")
        if count == 1
        else translate("RegistryCommands", "not added: {count} errors in the details").fill(
            count=count
        )
    )
    return f"{name}: {say(words)}"


def _duplicate(message: str) -> Words:
    return translate("RegistryCommands", "{message} (--replace replaces it)").fill(message=message)


def _error(message: str) -> str:
    """A refusal or failure, as the compiler-style lines say it: `error:` stays English."""
    return f"error: {say(message)}"


def _warning(message: str) -> str:
    return f"warning: {say(message)}"


def _say(message: str) -> None:
    print(say(message), file=sys.stderr)
