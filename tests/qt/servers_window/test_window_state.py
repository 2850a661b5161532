"""The window opens as its user left it, per profile: size, columns, toolbar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nbwss_gui.ui.servers_window.columns import Column
from nbwss_gui.ui.servers_window.main_window import MainWindow
from nbwss_gui.ui.servers_window.window_state import state_file


def test_size_and_columns_come_back_after_a_restart(qtbot: Any, tmp_path: Path) -> None:
    path = state_file(tmp_path)
    first = MainWindow()
    qtbot.addWidget(first)
    assert first.restore_layout(path) is False  # nothing kept yet: the default layout
    first.show()
    qtbot.waitExposed(first)
    first.resize(700, 450)
    first.view.setColumnWidth(Column.URL, 333)
    first.close()
    assert path.is_file()

    second = MainWindow()
    qtbot.addWidget(second)
    assert second.restore_layout(path) is True
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (700, 450)
    assert second.view.columnWidth(Column.URL) == 333
    second.close()


def test_a_damaged_state_file_gives_the_default_layout(qtbot: Any, tmp_path: Path) -> None:
    path = state_file(tmp_path)
    path.write_bytes(b"\xff\xfe not an ini file [[[\n\x00")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.restore_layout(path) is False
    assert window.size() == window.default_size()


def test_the_default_size_fits_the_screen(qtbot: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    available = window.screen().availableGeometry().size()
    assert window.width() <= available.width() and window.height() <= available.height()
    assert window.width() >= min(1200, int(available.width() * 0.9))


def test_the_empty_list_says_what_to_do(qtbot: Any, artifacts_dir: Path) -> None:
    from nbwss_gui.ui.servers_window.main_window import EMPTY_HINT

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_endpoints([])
    assert window.view.hint == EMPTY_HINT
    window.grab().save(str(artifacts_dir / "window-empty.png"))


def test_the_status_bar_says_where_the_tokens_go(qtbot: Any, qloop: Any, registry: Any) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_registry(registry)
    window.show_keyring()
    qtbot.waitUntil(lambda: not window.keyring_label.isHidden(), timeout=5_000)
    assert window.keyring_label.text().startswith("Tokens: ")


def test_the_status_bar_says_when_no_token_can_be_saved(
    qtbot: Any, qloop: Any, config_path: Path
) -> None:
    import keyring
    from keyring.backends import fail

    from nbwss_gui.services.config import ConfigStore
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.services.secrets import TokenStore

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.set_registry(Registry(ConfigStore(config_path), TokenStore()))
        window.show_keyring()
        qtbot.waitUntil(lambda: not window.keyring_label.isHidden(), timeout=5_000)
        assert window.keyring_label.text() == "No keyring: endpoints cannot be added"
    finally:
        keyring.set_keyring(previous)
