"""The `nbwss-gui` command: the window without a subcommand, and the headless subcommands.

`nbwss-gui-window` is the same window as a GUI script (no console window on Windows), for
menus, desktop entries and shortcuts; it takes the window's options only.

Opening the window is the common case and the one people wait for, so it is decided by a
small parser of the global options alone: the subcommands' modules (and their parsers) are
imported only when a subcommand, or the help that lists them, is asked for.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import NoReturn

from nbwss_gui import __version__
from nbwss_gui.cli.language import choose, say
from nbwss_gui.domain.words import translate
from nbwss_gui.services.log_levels import LEVEL_NAMES, level_name

DESCRIPTION = translate(
    "CommandLine",
    "Register NetBackup WebSocket Service (NBWSS) cloud endpoints and keep their connections "
    "in view. Without a subcommand, opens the WebSocket Servers window.",
)

# Subcommands print their results; their log records go to standard error from this level on,
# unless --log-level says otherwise. Only the window writes the log file (a rotating file
# wants one writer).
COMMAND_LOG_LEVEL = "WARNING"


def _log_level(text: str) -> str:
    try:
        return level_name(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say(translate("CommandLine", "use one of {levels}").fill(levels=", ".join(LEVEL_NAMES)))
        ) from None


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--version",
        action="version",
        version=f"nbwss-gui {__version__}",
        help=say(translate("CommandLine", "show the version and exit")),
    )
    parser.add_argument(
        "--ca-file",
        metavar="PEM",
        help=say(
            translate(
                "CommandLine",
                "extra CA certificates (PEM) to trust, besides the system's (window only)",
            )
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=say(
            translate(
                "CommandLine",
                "open the window on a built-in sandbox provider, with a throw-away config "
                "folder and an in-memory keyring labelled DEMO (your own endpoints and keyring "
                "are not touched)",
            )
        ),
    )
    parser.add_argument(
        "--language",
        metavar="LANG",
        help=say(
            translate(
                "CommandLine",
                "the language of the window and of the commands' messages, such as de or en "
                "(default: the system's)",
            )
        ),
    )
    parser.add_argument(
        "--log-level",
        type=_log_level,
        metavar="LEVEL",
        help=say(
            translate(
                "CommandLine",
                "how much to log: {levels} (default INFO in the log file; {command_level} on "
                "standard error for the commands). The tokens the application reads or stores "
                "are hidden from the log.",
            ).fill(levels=", ".join(LEVEL_NAMES), command_level=COMMAND_LOG_LEVEL)
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    from nbwss_gui.cli import check, monitor_cmd, registry_cmds, sandbox_cmd, selftest_cmd

    parser = argparse.ArgumentParser(
        prog="nbwss-gui",
        description=say(DESCRIPTION),
        epilog=say(
            translate(
                "CommandLine", "Run 'nbwss-gui COMMAND --help' for the options of each command."
            )
        ),
    )
    _add_global_options(parser)
    subparsers = parser.add_subparsers(
        title=say(translate("CommandLine", "commands")), dest="command", metavar="COMMAND"
    )
    check.register(subparsers)
    registry_cmds.register(subparsers)
    monitor_cmd.register(subparsers)
    sandbox_cmd.register(subparsers)
    selftest_cmd.register(subparsers)
    return parser


class _NotForTheWindow(Exception):
    pass


def _refuse(message: str) -> NoReturn:
    raise _NotForTheWindow(message)


def _window_options(argv: list[str]) -> argparse.Namespace | None:
    """The options when `argv` asks for the window alone, else None (a subcommand, help, or
    something the full parser must explain)."""
    quick = argparse.ArgumentParser(prog="nbwss-gui", add_help=False)
    _add_global_options(quick)
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return None
    # Errors go to the full parser, which says them with the whole usage.
    quick.error = _refuse  # type: ignore[method-assign]
    try:
        args, rest = quick.parse_known_args(argv)
    except _NotForTheWindow:
        return None
    if rest:
        return None
    args.command = None
    return args


def _requested_language(argv: list[str]) -> str | None:
    """The --language given, if any, read before the parsers are built: their help speaks it."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--language")
    early.error = _refuse  # type: ignore[method-assign]
    options = argv[: argv.index("--")] if "--" in argv else argv
    try:
        language: str | None = early.parse_known_args(options)[0].language
    except _NotForTheWindow:
        return None
    return language


def main(argv: list[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = _window_options(arguments)
    refusal = None
    if args is None:
        # A command, or help: it speaks the language asked for (the window picks its own).
        refusal = choose(_requested_language(arguments))
        args = build_parser().parse_args(arguments)
    if args.command is None:
        from nbwss_gui.app import run_app

        return run_app(
            sys.argv[:1],
            ca_file=args.ca_file,
            demo=args.demo,
            log_level=args.log_level,
            language=args.language,
        )
    if args.demo:
        print(
            "nbwss-gui: "
            + say(translate("CommandLine", "--demo opens the window; it takes no command")),
            file=sys.stderr,
        )
        return 2
    if refusal is not None:
        print(f"nbwss-gui: {say(refusal)}", file=sys.stderr)
    from nbwss_gui.services import logs

    level = args.log_level or COMMAND_LOG_LEVEL
    logs.setup_logging(level, file=False)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print(say(translate("CommandLine", "interrupted")), file=sys.stderr)
        return 130
    finally:
        logs.flush()


WINDOW_ONLY_MESSAGE = (
    "nbwss-gui-window opens the window and takes its options only "
    "(--demo, --ca-file, --language, --log-level); for the commands run: nbwss-gui COMMAND"
)


def _streams_for_a_windowless_start() -> None:
    """Started without a console (pythonw.exe, a windowed build), Python has no standard
    output or error at all: anything that writes to them would fail, so they go nowhere."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            # Kept open for the life of the process, like the streams it stands for.
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def window(argv: list[str] | None = None) -> int:
    """The `nbwss-gui-window` launcher: the window, never a subcommand."""
    _streams_for_a_windowless_start()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if _window_options(arguments) is None and not any(
        arg in ("-h", "--help", "--version") for arg in arguments
    ):
        print(WINDOW_ONLY_MESSAGE, file=sys.stderr)
        return 2
    return main(arguments)
