"""`nbwss-gui self-test`: check that this installation has everything it needs to run.

Meant for a packaged build above all (a frozen bundle that misses a Qt plugin, a keyring
backend or a data file fails here, not at a user's desk), and for a support case. It writes
nothing to the user's keyring or config: the keyring is only asked which backend it would
use, and the connection goes to a sandbox started for the test on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from nbwss_gui.cli.language import say
from nbwss_gui.cli.proxy_options import add_proxy_options
from nbwss_gui.domain.words import translate

if TYPE_CHECKING:
    from nbwss_gui.sandbox.server import Sandbox

# Qt, asyncio, websockets and the sandbox are imported when the command runs: the window must
# not pay for them before its first paint.

EXIT_OK, EXIT_FAILED = 0, 1
OK, WARNING, FAILED, SKIPPED = "OK", "WARNING", "FAILED", "SKIPPED"
ICON_RESOURCE = "nbwss-gui.svg"

# The report itself stays English in every language, as the log does: it is what a support
# case and the package's own checks read. Its help speaks the commands' language.
DESCRIPTION = translate(
    "SelfTestCommand",
    """Check that this installation of nbwss-gui works, step by step: Qt starts (offscreen, no
display needed) and renders the application icon, the keyring backend is found (nothing is
written to it), the bundled example endpoint files pass the checker, and a sandbox provider on
127.0.0.1 answers a wss:// connection with TLS verified and the CONNECT exchange. Each step
prints OK or FAILED with what went wrong; the report stays English, as the log does, for
support.

exit status: 0 every step passed (WARNING counts as passed), 1 some step failed.""",
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "self-test",
        help=say(
            translate(
                "SelfTestCommand",
                "check that Qt, the keyring, TLS and wss connections work in this installation",
            )
        ),
        description=say(DESCRIPTION),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--require-keyring",
        action="store_true",
        help=say(
            translate(
                "SelfTestCommand", "fail, rather than warn, when no usable keyring backend is found"
            )
        ),
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=20.0,
        metavar="SECONDS",
        help=say(
            translate(
                "SelfTestCommand", "give up on the sandbox connection after this long (default 20)"
            )
        ),
    )
    add_proxy_options(parser)
    parser.set_defaults(run=run)


@dataclass
class Step:
    status: str
    detail: str


class Report:
    """Prints each step as it ends; remembers whether any failed."""

    def __init__(self, write: Callable[[str], object]) -> None:
        self.write = write
        self.steps: list[Step] = []

    def add(self, status: str, detail: str) -> Step:
        step = Step(status, detail)
        self.steps.append(step)
        self.write(f"  {status:<9}{detail}")
        return step

    def run(self, title: str, check: Callable[[], str]) -> bool:
        """Run one check: its return value is the detail; an exception is a failure."""
        try:
            detail = check()
        except Exception as exc:
            self.add(FAILED, f"{title}: {_words(exc)}")
            return False
        self.add(OK, f"{title}: {detail}" if detail else title)
        return True

    @property
    def failed(self) -> int:
        return sum(1 for step in self.steps if step.status in (FAILED, SKIPPED))


def _words(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def run(args: argparse.Namespace) -> int:
    from nbwss_gui import __version__

    report = Report(lambda line: print(line, flush=True))
    print(f"nbwss-gui {__version__} self-test", flush=True)
    qt_ok = report.run("Qt (offscreen)", start_qt)
    if qt_ok:
        report.run("application icon", render_icon)
    else:
        report.add(SKIPPED, "application icon: Qt did not start")
    check_keyring(report, required=args.require_keyring)
    report.run("bundled example endpoint files", check_examples)
    report.run("proxy", lambda: check_proxy(args))
    import asyncio

    asyncio.run(check_sandbox(report, args.timeout))
    if report.failed:
        print(f"{report.failed} of {len(report.steps)} steps failed.", flush=True)
        return EXIT_FAILED
    print(f"All {len(report.steps)} steps passed.", flush=True)
    return EXIT_OK


_qt_app: list[Any] = []  # the QApplication, kept alive for the rest of the run


def start_qt() -> str:
    if "PySide6.QtGui" not in sys.modules:
        # Before Qt is imported: the test must not need (or open a window on) a display.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["nbwss-gui-self-test"])
    _qt_app[:] = [app]
    assert isinstance(app, QApplication)
    return f"Qt {qVersion()}, PySide6 {pyside_version}, platform {app.platformName()}"


def render_icon() -> str:
    from importlib import resources

    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon, QImage, QPixmap

    icon_file = resources.files("nbwss_gui.resources").joinpath(ICON_RESOURCE)
    data = icon_file.read_bytes()
    pixmap = QPixmap()
    if not pixmap.loadFromData(data, "SVG"):
        raise RuntimeError("Qt cannot read SVG images here (is the svg image format plugin there?)")
    icon = QIcon(pixmap)
    image = icon.pixmap(QSize(64, 64)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    if image.isNull() or all(image.pixelColor(x, 32).alpha() == 0 for x in range(64)):
        raise RuntimeError("the icon rendered empty")
    return f"{ICON_RESOURCE} rendered"


def check_keyring(report: Report, *, required: bool) -> None:
    title = "keyring backend"
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception as exc:
        report.add(FAILED, f"{title}: {_words(exc)}")
        return
    name = str(backend)  # e.g. "keyring.backends.SecretService.Keyring (priority: 5)"
    if isinstance(backend, fail.Keyring | null.Keyring):
        status = FAILED if required else WARNING
        report.add(
            status,
            f"{title}: none usable here ({name}); tokens cannot be saved until a keyring "
            "such as GNOME Keyring or KWallet runs",
        )
        return
    report.add(OK, f"{title}: {name}")


def check_proxy(args: argparse.Namespace) -> str:
    """The proxy the profile's connections use (the sandbox's, on loopback, never do)."""
    from nbwss_gui.cli.proxy_options import command_proxies

    proxies = command_proxies(args)
    return f"{proxies.describe()}; loopback is never proxied"


def check_examples() -> str:
    from importlib import resources

    from nbwss_gui.domain.checker import check_bytes

    folder = resources.files("nbwss_gui.resources.examples")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".json"))
    if not names:
        raise RuntimeError("no example files are bundled")
    wrong = []
    for name in names:
        result = check_bytes(folder.joinpath(name).read_bytes())
        expected_ok = not name.startswith("bad-")
        if result.ok != expected_ok:
            wrong.append(name)
    if wrong:
        raise RuntimeError(f"the checker disagrees with {', '.join(wrong)}")
    return f"{len(names)} checked"


async def check_sandbox(report: Report, timeout: float) -> None:
    from nbwss_gui.sandbox.server import Sandbox

    sandbox = Sandbox(command_interval=None)
    started = time.perf_counter()
    try:
        await sandbox.start()
    except Exception as exc:
        report.add(FAILED, f"sandbox provider: {_words(exc)}")
        for title in ("wss connection", "CONNECT exchange"):
            report.add(SKIPPED, f"{title}: the sandbox did not start")
        return
    try:
        report.add(
            OK,
            f"sandbox provider: {len(sandbox.endpoints)} endpoints and provider URLs on "
            f"127.0.0.1 ({time.perf_counter() - started:.2f} s)",
        )
        await _connect(report, sandbox, timeout)
    finally:
        await sandbox.stop()


async def _connect(report: Report, sandbox: Sandbox, timeout: float) -> None:
    """Connect the way the engine does (services.connection: its websockets options, its TLS
    contexts, its CONNECT exchange), so that a regression there fails the self-test too."""
    from nbwss_gui.domain.registered import RegisteredEndpoint
    from nbwss_gui.domain.settings import Settings
    from nbwss_gui.services.connection import open_connection

    cloud = sandbox.endpoints[0]
    assert sandbox.ca_file is not None
    details = sandbox.details(cloud)
    # Not pinned: the certificate must pass the same chain and host name check as a real
    # endpoint's, with the sandbox CA as the extra CA file.
    endpoint = RegisteredEndpoint.from_details(details)
    settings = Settings(
        connect_timeout=timeout, connect_response_timeout=timeout, ca_file=str(sandbox.ca_file)
    )
    started = time.perf_counter()
    try:
        connection = await open_connection(endpoint, settings)
    except Exception as exc:
        report.add(FAILED, f"wss connection to {endpoint.url}: {_connection_words(exc)}")
        report.add(SKIPPED, "CONNECT exchange: no connection")
        return
    try:
        report.add(
            OK,
            f"wss connection to {endpoint.url}: TLS verified against the sandbox CA "
            f"({time.perf_counter() - started:.2f} s)",
        )
        try:
            await connection.handshake(details.token)
        except Exception as exc:
            report.add(FAILED, f"CONNECT exchange: {_connection_words(exc)}")
            return
        report.add(OK, "CONNECT exchange: token accepted")
    finally:
        await connection.close("self-test done")


def _connection_words(exc: BaseException) -> str:
    """The engine's own words for a failed connection (they never hold the token); for
    anything else, which would be a bug in the engine, the exception itself."""
    from nbwss_gui.services.failure import ConnectionFailure

    if isinstance(exc, ConnectionFailure):
        return exc.failure.message
    return _words(exc)
