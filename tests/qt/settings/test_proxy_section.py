"""Settings > Proxy: the mode, the manual proxy, its password (for the keyring), the bypass
list; what is wrong said under the section, OK held back until it is fixed; the mnemonics."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from nbwss_gui.domain.proxy import ProxyMode
from nbwss_gui.domain.settings import DEFAULTS, Settings
from nbwss_gui.ui.settings.settings_dialog import SettingsDialog

MANUAL = DEFAULTS.with_(
    proxy_mode=ProxyMode.MANUAL, proxy_url="http://proxy.corp.example:3128", proxy_user="alice",
    no_proxy=".corp.example, 10.0.0.0/8",
)  # fmt: skip


def open_dialog(qtbot: QtBot, settings: Settings = DEFAULTS) -> SettingsDialog:
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def choose(dialog: SettingsDialog, mode: ProxyMode) -> None:
    box = dialog.proxy_section.mode_box
    box.setCurrentIndex(box.findData(mode.value))


def test_the_default_is_the_system_settings_and_the_manual_fields_wait(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    section = dialog.proxy_section
    assert section.mode() is ProxyMode.SYSTEM
    assert not section.address_edit.isEnabled()
    choose(dialog, ProxyMode.MANUAL)
    assert section.address_edit.isEnabled() and section.password_edit.isEnabled()
    assert "HTTPS_PROXY" in section.mode_box.toolTip() and "PAC" in section.mode_box.toolTip()


def test_a_manual_proxy_round_trips_and_its_password_is_handed_out(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, MANUAL)
    assert dialog.settings() == MANUAL
    assert dialog.proxy_password() == ""  # nothing saved, nothing typed
    dialog.proxy_section.show_saved_password()
    assert dialog.proxy_password() is None  # the saved one stays
    qtbot.keyClicks(dialog.proxy_section.password_edit, "x")
    dialog.proxy_section.password_edit.setText("typed-secret")
    assert dialog.proxy_password() == "typed-secret"
    assert "typed-secret" not in str(dialog.mapping())


def test_a_manual_proxy_without_an_address_holds_ok_back(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    choose(dialog, ProxyMode.MANUAL)
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    shown = dialog.proxy_section.problem_list.texts()
    assert any("give the manual proxy's address" in text for text in shown), shown
    assert dialog.focusWidget() is dialog.proxy_section.address_edit
    for bad, words in [
        ("socks5://proxy:1080", "only http:// proxies"),
        ("http://bob:pw@proxy:3128", "do not put the proxy password in the address"),
    ]:
        dialog.proxy_section.address_edit.setText(bad)
        dialog.ok_button.click()
        texts = dialog.proxy_section.problem_list.texts()
        assert any(words in text for text in texts), texts
    dialog.proxy_section.address_edit.setText("proxy.corp.example:8080")
    dialog.proxy_section.bypass_edit.setText("10.0.0.0/33")
    dialog.ok_button.click()
    texts = dialog.proxy_section.problem_list.texts()
    assert any("not a CIDR range" in text for text in texts), texts
    dialog.proxy_section.bypass_edit.setText(".corp.example")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.settings().proxy_url == "http://proxy.corp.example:8080"


def test_mnemonics_reach_the_ca_file_and_the_proxy(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.focusWidget() is dialog.editor("nbwssgui.connectTimeout")
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.ca_edit)
    qtbot.keyClick(dialog, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.proxy_section.mode_box)


def test_notifications_can_be_switched_off(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    box = dialog.editor("nbwssgui.notifications")
    assert box.isChecked()
    box.setChecked(False)
    assert dialog.settings().notifications is False
    assert dialog.mapping()["nbwssgui.notifications"] == "false"


def test_screenshot_with_a_manual_proxy(qtbot: QtBot, artifacts_dir: Path) -> None:
    dialog = open_dialog(qtbot, MANUAL)
    dialog.proxy_section.show_saved_password()
    qtbot.wait(30)
    dialog.grab().save(str(artifacts_dir / "settings-proxy-manual.png"))
