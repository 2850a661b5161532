"""The `nbwss-gui` command: the window without a subcommand, and the headless subcommands."""

from __future__ import annotations

import argparse
import sys

from nbwss_gui import __version__
from nbwss_gui.cli import check, monitor_cmd, registry_cmds, sandbox_cmd

DESCRIPTION = """\
Register NetBackup WebSocket Service (NBWSS) cloud endpoints and keep their connections in
view. Without a subcommand, opens the WebSocket Servers window."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nbwss-gui",
        description=DESCRIPTION,
        epilog="Run 'nbwss-gui COMMAND --help' for the options of each command.",
    )
    parser.add_argument("--version", action="version", version=f"nbwss-gui {__version__}")
    parser.add_argument(
        "--ca-file",
        metavar="PEM",
        help="extra CA certificates (PEM) to trust, besides the system's (window only)",
    )
    subparsers = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    check.register(subparsers)
    registry_cmds.register(subparsers)
    monitor_cmd.register(subparsers)
    sandbox_cmd.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from nbwss_gui.app import run_app

        return run_app(sys.argv[:1], ca_file=args.ca_file)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
