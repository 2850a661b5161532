"""The token never leaks (SPEC §5): not into files, logs, printed output or window titles.

Endpoints are added, validated, listed and removed the way people do it: through the window
(the real WebSocket Server dialog and main window, driven with the keyboard and the mouse,
against an NBWSS endpoint, whose connection test and engine really send the token, and a
provider URL on 127.0.0.1) and through the command line (`nbwss-gui
add | check | list | deactivate | remove` as child processes). The tokens are long enough to be
split into several keyring entries and hold non-ASCII text. Afterwards no token, nor a piece
of one, may be found, in UTF-8 or UTF-16-LE, in any file under the test's home folder (the
config folder and the XDG folders), in the log records (DEBUG and up, this process and the
children, which log everything at DEBUG to their stderr), in what the children printed, in
any window title or in any status bar message.

The keyring is the real Secret Service when one answers on D-Bus (required, as for the other
real-keyring tests, when NBWSS_GUI_REQUIRE_REAL_KEYRING=1); elsewhere a keyring kept in a JSON
file outside the home folder stands in for it, shared by this process and the children.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError

from .cloud_servers import CloudServer

ROOT = Path(__file__).resolve().parents[2]
SERVICE = "nbwss-gui"
REQUIRED = os.environ.get("NBWSS_GUI_REQUIRE_REAL_KEYRING") == "1"
FAKE_KEYRING_FILE_ENV = "NBWSS_GUI_TEST_KEYRING_FILE"
CLEANUP_MS = 2_000
WAIT_MS = 15_000
# Logs everything at DEBUG to stderr in each child process (Python imports it at start-up).
SITECUSTOMIZE = """\
import logging, sys
logging.basicConfig(level=logging.DEBUG, stream=sys.stderr,
                    format="%(levelname)s %(name)s: %(message)s")
"""


class FileKeyring(KeyringBackend):
    """A keyring in a JSON file, for machines without a Secret Service.

    Loaded by name in the children (PYTHON_KEYRING_BACKEND), so it takes its file from the
    environment. The file is the keyring: it lives outside the folders the test searches.
    """

    @properties.classproperty
    def priority(cls) -> float:
        # Never chosen on its own: keyring lists every backend class it knows, this one too.
        if FAKE_KEYRING_FILE_ENV not in os.environ:
            raise RuntimeError("only for the leak test")
        return -1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.path = Path(os.environ[FAKE_KEYRING_FILE_ENV])

    def _read(self) -> dict[str, str]:
        try:
            secrets: dict[str, str] = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        return secrets

    def _write(self, secrets: dict[str, str]) -> None:
        self.path.write_text(json.dumps(secrets), "utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._write({**self._read(), f"{service}\n{username}": password})

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._read()
        if secrets.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("no such password")
        self._write(secrets)

    def names(self) -> list[str]:
        return [key.split("\n", 1)[1] for key in self._read() if key.startswith(f"{SERVICE}\n")]


# -- finding leaks -------------------------------------------------------------------------


def needles(token: str) -> list[str]:
    """The token and pieces of it a partial leak would show (the keyring stores long tokens
    in parts; a log line may be cut)."""
    return [token, token[:32], token[-32:], token[len(token) // 2 : len(token) // 2 + 32]]


@dataclass
class Evidence:
    """Everything the application wrote or showed, to search for tokens."""

    files: dict[str, bytes] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)

    def add_text(self, where: str, text: str) -> None:
        self.texts[where] = self.texts.get(where, "") + text + "\n"

    def leaks(self, tokens: list[str]) -> list[str]:
        found = []
        for token in tokens:
            for piece in needles(token):
                encoded = (piece.encode("utf-8"), piece.encode("utf-16-le"))
                found += [f"{where}: {piece[:12]}…" for where, data in self.files.items()
                          if any(form in data for form in encoded)]  # fmt: skip
                found += [f"{where}: {piece[:12]}…" for where, text in self.texts.items()
                          if piece in text or any(form in text.encode("utf-8", "surrogatepass")
                                                  for form in encoded)]  # fmt: skip
        return sorted(set(found))


def files_under(folder: Path) -> dict[str, bytes]:
    return {str(path): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def test_the_leak_search_finds_a_planted_token() -> None:
    """The search below can fail: a token planted anywhere, in either encoding, is found."""
    token = "plant-ÄΩ-" + uuid.uuid4().hex * 4
    for evidence in (
        Evidence(files={"config": b"{" + token.encode("utf-16-le") + b"}"}),
        Evidence(files={"config": token[-40:].encode("utf-8")}),
        Evidence(texts={"title": f"Certificate — {token[:32]}"}),
        Evidence(texts={"log": f"DEBUG set {token[len(token) // 2 :]}"}),
    ):
        assert evidence.leaks([token]), evidence
    assert Evidence(files={"a": b"nothing"}, texts={"b": token[:8]}).leaks([token]) == []


# -- the keyring ---------------------------------------------------------------------------


def secret_service() -> KeyringBackend | None:
    """The Secret Service keyring if one answers (an entry written, read back, deleted), and
    only the throw-away one of `make test`: never the person's own."""
    import gc

    if not os.environ.get("NBWSS_GUI_TEST_KEYRING"):
        return None
    import warnings

    with warnings.catch_warnings():
        # keyring leaves a D-Bus socket open when it gives up: let it go here, quietly.
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            from keyring.backends import SecretService

            SecretService.Keyring.priority  # noqa: B018 - raises when no daemon answers
            backend = SecretService.Keyring()
            name = f"probe-{uuid.uuid4().hex}"
            backend.set_password(SERVICE, name, "probe-value")
            ok = backend.get_password(SERVICE, name) == "probe-value"
            backend.delete_password(SERVICE, name)
        except Exception:
            ok = False
        gc.collect()
    return backend if ok else None


@dataclass
class SharedKeyring:
    """The keyring this process and the children use; `env` puts the children on it."""

    backend: KeyringBackend
    env: dict[str, str]

    def names(self, endpoint_ids: list[str]) -> list[str]:
        """The keyring entries left for these endpoints (whole tokens or parts)."""
        left = []
        for endpoint_id in endpoint_ids:
            for name in [endpoint_id, *(f"{endpoint_id}#{i}" for i in range(1, 12))]:
                if self.backend.get_password(SERVICE, name) is not None:
                    left.append(name)
        return left


@pytest.fixture
def shared_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SharedKeyring]:
    import keyring

    backend = secret_service()
    env: dict[str, str] = {}
    if backend is None:
        if REQUIRED:
            pytest.fail("NBWSS_GUI_REQUIRE_REAL_KEYRING=1 but no Secret Service answers")
        store = tmp_path / "keyring" / "secrets.json"
        store.parent.mkdir()
        monkeypatch.setenv(FAKE_KEYRING_FILE_ENV, str(store))
        backend = FileKeyring()
        env = {
            FAKE_KEYRING_FILE_ENV: str(store),
            "PYTHON_KEYRING_BACKEND": f"{__name__}.FileKeyring",
        }
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield SharedKeyring(backend, env)
    finally:
        keyring.set_keyring(previous)


# -- the command line ----------------------------------------------------------------------


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


class Cli:
    """Runs `python -m nbwss_gui` on the test's config folder and keyring, logging at DEBUG."""

    def __init__(self, config_dir: Path, site_dir: Path, keyring_env: dict[str, str]) -> None:
        self.config_dir = config_dir
        path = [str(site_dir), str(ROOT), str(ROOT / "tests"), os.environ.get("PYTHONPATH")]
        self.env = {
            **os.environ,
            **keyring_env,
            "NBWSS_GUI_CONFIG_DIR": str(config_dir),
            # The children's log files, in the folder the search covers.
            "NBWSS_GUI_LOG_DIR": str(config_dir / "logs"),
            "PYTHONPATH": os.pathsep.join(p for p in path if p),
        }
        self.runs: list[tuple[tuple[str, ...], Run]] = []

    def __call__(self, *args: str) -> Run:
        done = subprocess.run(
            [sys.executable, "-m", "nbwss_gui", "--log-level", "DEBUG", *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env=self.env,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
        run = Run(done.returncode, done.stdout, done.stderr)
        self.runs.append((args, run))
        return run


@pytest.fixture
def cli(_isolated_dirs: Path, tmp_path: Path, shared_keyring: SharedKeyring) -> Cli:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, "utf-8")
    return Cli(_isolated_dirs, site, shared_keyring.env)


# -- the Qt event loop ---------------------------------------------------------------------
# The same session loop as tests/qt/conftest.py's (kept on the application object there),
# for this folder cannot see that folder's fixtures.


@pytest.fixture(scope="session")
def _session_qloop(qapp: Any) -> Iterator[Any]:
    import asyncio

    import qasync

    kept = getattr(qapp, "_test_session_loop", None)
    if kept is None:
        loop = qasync.QEventLoop(qapp, already_running=True)
        asyncio.events._set_running_loop(None)
        executor = qasync.QThreadExecutor(4)
        loop.set_default_executor(executor)
        kept = (loop, executor)
        qapp._test_session_loop = kept
    yield kept[0]
    # Once, by whichever of the two fixtures ends first.
    if getattr(qapp, "_test_session_loop", None) is not None:
        qapp._test_session_loop = None
        kept[1].shutdown(wait=True)


@pytest.fixture
def qloop(_session_qloop: Any, qtbot: Any) -> Iterator[Any]:
    import asyncio

    loop = _session_qloop
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    try:
        yield loop
    finally:
        leftovers = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in leftovers:
            task.cancel()
        if leftovers:
            qtbot.waitUntil(lambda: all(task.done() for task in leftovers), timeout=CLEANUP_MS)
        asyncio.events._set_running_loop(None)


@pytest.fixture
def run_coro(qloop: Any, qtbot: Any) -> Callable[..., Any]:
    def run(coro: Coroutine[Any, Any, Any], timeout: int = 60_000) -> Any:
        task = qloop.create_task(coro)
        try:
            qtbot.waitUntil(task.done, timeout=timeout)
        except BaseException:
            task.cancel()
            qtbot.waitUntil(task.done, timeout=CLEANUP_MS)
            raise
        return task.result()

    return run


# -- the whole path ------------------------------------------------------------------------


def make_token(kind: str) -> str:
    """Distinctive, with non-ASCII text, and long enough to be stored in several parts."""
    return f"LEAKCANARY-{kind}-{uuid.uuid4().hex}-ÄÖÜ-ßΩ-€-" + uuid.uuid4().hex * 70


def endpoint_file(folder: Path, name: str, token: str, port: int) -> Path:
    path = folder / f"{name}.json"
    document = {
        "token": token,
        "priority": 1,
        "groupId": f"leak-{name}",
        "hostName": "127.0.0.1",
        "url": f"wss://127.0.0.1:{port}/{name}",
    }
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


class TitleWatch:
    """Every window title and status bar message the application shows, as it shows them."""

    def __init__(self, app: Any) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QWidget

        self.seen: list[str] = []
        seen = self.seen

        class Watch(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.WindowTitleChange and isinstance(watched, QWidget):
                    seen.append(watched.windowTitle())
                return False

        self._watch = Watch()
        self._app = app
        app.installEventFilter(self._watch)

    def snapshot(self) -> None:
        from PySide6.QtWidgets import QApplication, QMainWindow

        for widget in QApplication.topLevelWidgets():
            self.seen.append(widget.windowTitle())
            if isinstance(widget, QMainWindow):
                self.seen.append(widget.statusBar().currentMessage())

    def follow_status(self, window: Any) -> None:
        window.statusBar().messageChanged.connect(self.seen.append)

    def close(self) -> None:
        self._app.removeEventFilter(self._watch)


@contextlib.asynccontextmanager
async def provider(https_server: Any, body: bytes) -> Any:
    from aiohttp import web

    async def details(_request: web.Request) -> web.Response:
        return web.Response(body=body, content_type="application/json")

    async with https_server([web.get("/details", details)]) as base:
        yield f"{base}/details"


def test_no_token_leaks_through_the_window_or_the_command_line(
    *,
    qtbot: Any,
    qapp: Any,
    run_coro: Callable[..., Any],
    server_cert: Any,
    https_server: Any,
    ca_file: Path,
    cli: Cli,
    shared_keyring: SharedKeyring,
    _isolated_dirs: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    tokens = {kind: make_token(kind) for kind in ("window-file", "window-url", "cli", "cli-url")}
    sources = tmp_path / "sources"
    sources.mkdir()
    entered: list[Any] = []

    def enter(manager: Any) -> Any:
        value = run_coro(manager.__aenter__())
        entered.append(manager)
        return value

    titles = TitleWatch(qapp)
    added: list[str] = []
    try:
        server = enter(CloudServer(server_cert))
        window_file = endpoint_file(sources, "window-file", tokens["window-file"], server.port)
        body = endpoint_file(sources, "window-url", tokens["window-url"], server.port).read_bytes()
        window_url = enter(provider(https_server, body))
        window, window_ids = drive_the_window(
            qtbot, titles, ca_file=ca_file, path=window_file, provider_url=window_url
        )
        added += window_ids
        assert window.registry is not None
        titles.snapshot()

        # The command line sees what the window saved, and removes it.
        table = cli("list")
        assert table.code == 0, table.stderr
        assert "window-url" in table.stdout and window_ids[1][:12] in table.stdout
        run = cli("remove", "--yes", window_ids[1])
        assert run.code == 0, run.stderr

        cli_file = endpoint_file(sources, "cli", tokens["cli"], server.port)
        check = cli("check", str(cli_file))
        assert check.code == 0, check.stderr
        check = cli("check", "--json", str(cli_file))
        assert check.code == 0, check.stderr
        run = cli("add", str(cli_file))
        assert run.code == 0, run.stderr
        added.append(run.stdout.strip())
        cli_body = endpoint_file(sources, "cli-url", tokens["cli-url"], server.port).read_bytes()
        cli_url = enter(provider(https_server, cli_body))
        # The provider answers on this loop: the child runs on a thread meanwhile.
        run = run_coro(to_thread(cli, "add", cli_url, "--ca-file", str(ca_file)))
        assert run.code == 0, run.stderr
        added.append(run.stdout.strip())
        listing = cli("list", "--json")
        assert listing.code == 0, listing.stderr
        assert {e["id"] for e in json.loads(listing.stdout)["endpoints"]} == set(added[2:])
        assert cli("deactivate", added[2]).code == 0
        assert cli("list").code == 0
        run = cli("remove", "--yes", *added[2:])
        assert run.code == 0, run.stderr
        assert json.loads(cli("list", "--json").stdout)["endpoints"] == []
        assert shared_keyring.names(added) == []
        added.clear()
        titles.snapshot()
        window.close()
    finally:
        titles.close()
        for manager in reversed(entered):
            run_coro(manager.__aexit__(None, None, None))
        for endpoint_id in added:
            cli("remove", "--yes", endpoint_id)

    evidence = Evidence(files=files_under(_isolated_dirs.parent))
    assert any(name.endswith("endpoints.json") for name in evidence.files)
    evidence.add_text("log records (this process)", caplog.text)
    for record in caplog.records:
        evidence.add_text("log record arguments", repr(record.args))
    for args, run in cli.runs:
        evidence.add_text(f"nbwss-gui {args[0]} stdout", run.stdout)
        evidence.add_text(f"nbwss-gui {args[0]} stderr (DEBUG log)", run.stderr)
    evidence.add_text("window titles and status messages", "\n".join(titles.seen))
    # The searches had something to search: the children did log at DEBUG.
    assert any("DEBUG" in run.stderr for _, run in cli.runs)
    assert any("WebSocket Servers" in title for title in titles.seen)
    assert evidence.leaks(list(tokens.values())) == []


async def to_thread(function: Callable[..., Any], *args: Any) -> Any:
    import asyncio

    return await asyncio.to_thread(function, *args)


def drive_the_window(
    qtbot: Any, titles: TitleWatch, *, ca_file: Path, path: Path, provider_url: str
) -> tuple[Any, list[str]]:
    """Start the window as the application does, add an endpoint from a file and one from a
    provider URL with the New dialog, validate, view the token, deactivate, activate, and
    remove the first. The window and the ids added (the second is still registered)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from nbwss_gui import app
    from nbwss_gui.ui.servers_window.main_window import MainWindow

    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    window = MainWindow(ca_file=str(ca_file))
    qtbot.addWidget(window)
    titles.follow_status(window)
    loaded = app.read_list(window)
    assert loaded is not None
    window.show()
    qtbot.waitExposed(window)
    app.attach_registry(window, loaded)
    ids = [
        add_with_the_dialog(qtbot, window, path=path),
        add_with_the_dialog(qtbot, window, url=provider_url),
    ]
    assert window.model.index_of(ids[0]).isValid() and window.model.index_of(ids[1]).isValid()
    titles.snapshot()

    # Validate again, then View token (the token shows in its field, on request only).
    window.select_endpoint(ids[0])
    focus_the_list(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_V, ctrl_shift)
    qtbot.waitUntil(lambda: window.commands.certificate_dialog is not None, timeout=WAIT_MS)
    certificate = window.commands.certificate_dialog
    qtbot.waitExposed(certificate)
    assert certificate.view.text("trusted") == f"the extra CA file {ca_file}"
    titles.snapshot()
    certificate.close()
    focus_the_list(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_T, ctrl_shift)
    qtbot.waitUntil(lambda: window.commands.token_dialog is not None, timeout=WAIT_MS)
    token_dialog = window.commands.token_dialog
    qtbot.waitExposed(token_dialog)
    token_dialog.show_button.click()
    assert token_dialog.shown
    titles.snapshot()
    token_dialog.close()

    # Deactivate and activate again, from the keyboard.
    focus_the_list(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_D, ctrl_shift)
    qtbot.waitUntil(lambda: not window.registry.get(ids[0]).activated)
    qtbot.keyClick(window.view, Qt.Key.Key_A, ctrl_shift)
    qtbot.waitUntil(lambda: window.registry.get(ids[0]).activated)

    # Remove, confirmed.
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    box = window.commands.confirm_box
    assert isinstance(box, QMessageBox)
    titles.snapshot()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not window.model.index_of(ids[0]).isValid(), timeout=WAIT_MS)
    return window, ids


def focus_the_list(qtbot: Any, window: Any) -> None:
    """The window active and its list focused, as after a click on it: shortcuts go there."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()


def add_with_the_dialog(
    qtbot: Any, window: Any, *, path: Path | None = None, url: str | None = None
) -> str:
    """New…, the source typed in, Validate, Add Host; the new endpoint's id."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from nbwss_gui.ui.server_dialog.endpoint_dialog import EndpointDialog

    left = Qt.MouseButton.LeftButton
    focus_the_list(qtbot, window)
    assert window.new_action.isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [dialog] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, EndpointDialog) and w.isVisible()
    ]
    qtbot.waitExposed(dialog)
    if path is not None:
        qtbot.keyClicks(dialog.path_edit, str(path))
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.details() is not None, timeout=WAIT_MS)
    else:
        assert url is not None
        qtbot.mouseClick(dialog.url_radio, left)
        qtbot.keyClicks(dialog.url_edit, url)
    qtbot.waitUntil(lambda: dialog.step_task is None, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.validate_button, left)
    qtbot.waitUntil(dialog.add_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.view_button, left)  # View shows the token inline, then hide it
    qtbot.mouseClick(dialog.view_button, left)
    with qtbot.waitSignal(dialog.endpointAdded, timeout=WAIT_MS) as added:
        qtbot.mouseClick(dialog.add_button, left)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    endpoint_id: str = added.args[0]
    return endpoint_id
