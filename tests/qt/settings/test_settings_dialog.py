"""The Settings dialog: editors, import/export of real files, keyboard, layout at large text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nbwss_gui.domain.problems import Severity
from nbwss_gui.domain.properties import import_properties
from nbwss_gui.domain.proxy import ProxyMode
from nbwss_gui.domain.settings import DEFAULTS, SPECS, Settings
from nbwss_gui.ui.settings.settings_dialog import TITLE, SettingsDialog

START = DEFAULTS.with_(keepalive_rate=45.0, max_pong_miss=4, fail_back=True).with_unknown(
    {"site.note": "primary A"}
)
GOOD_FILE = """\
# nbwss.properties from the primary server
connectionInfo.period=120
keepAlive.scheduledRate=15
exception.ignoreDecoder=true
nbwss.future.option=on
"""
BAD_FILE = """\
connectionInfo.period=120
keepAlive.scheduledRate=abc
keepAlive.maxPongMissAllowed=0
exception.ignoreDecoder=yes
keepalive.scheduledrate=10
connectionInfo.period=90
"""


@pytest.fixture
def dialog(qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(START)
    qtbot.addWidget(dialog)
    return dialog


def shown(qtbot: QtBot, dialog: SettingsDialog) -> SettingsDialog:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def write(tmp_path: Path, text: str, name: str = "nbwss.properties") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_dialog_shows_the_settings_it_was_given(dialog: SettingsDialog) -> None:
    assert dialog.windowTitle() == TITLE
    assert dialog.editor("keepAlive.scheduledRate").value() == 45
    assert dialog.editor("keepAlive.scheduledRate").suffix() == " s"
    assert dialog.editor("notification.sendTimeout").suffix() == " ms"
    assert dialog.editor("keepAlive.maxPongMissAllowed").value() == 4
    assert dialog.editor("nbwssgui.failBack").isChecked()
    assert not dialog.editor("exception.ignoreDecoder").isChecked()
    assert dialog.editor("nbwssgui.caFile").text() == ""
    assert dialog.unknown_label.text() == "site.note = primary A"
    assert not dialog.unknown_box.isHidden()
    assert dialog.settings() == START
    assert dialog.unknown() == {"site.note": "primary A"}
    assert dialog.mapping() == START.to_mapping()


def test_every_setting_has_an_editor_with_a_name_and_a_tooltip(dialog: SettingsDialog) -> None:
    for spec in SPECS:
        editor = dialog.editor(spec.key)
        assert editor.accessibleName(), spec.key
        assert spec.key in editor.toolTip()
        assert spec.describe() in editor.toolTip()
        if isinstance(editor, QSpinBox):
            assert (editor.minimum(), editor.maximum()) == (spec.minimum, spec.maximum)


def test_every_control_has_an_accessible_name(dialog: SettingsDialog) -> None:
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit):
        if isinstance(widget.parent(), QSpinBox | QLineEdit):
            continue  # parts of a spin box or line edit, which carry the name
        assert widget.accessibleName(), widget


def test_mnemonics_are_unique(dialog: SettingsDialog) -> None:
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    letters = [m.lower() for text in texts for m in re.findall(r"&(\w)", text)]
    assert len(letters) >= 14
    assert len(letters) == len(set(letters)), sorted(letters)


def test_the_edited_values_come_back(dialog: SettingsDialog) -> None:
    dialog.editor("connectionInfo.period").setValue(300)
    dialog.editor("notification.sendTimeout").setValue(1500)
    dialog.editor("exception.ignoreDecoder").setChecked(True)
    dialog.editor("nbwssgui.caFile").setText("  /etc/ssl/extra.pem ")
    got = dialog.settings()
    assert got == START.with_(
        connection_period=300.0,
        notification_send_timeout_ms=1500,
        ignore_decoder=True,
        ca_file="/etc/ssl/extra.pem",
    )
    assert isinstance(got.connection_period, float)
    assert dialog.mapping()["nbwssgui.caFile"] == "/etc/ssl/extra.pem"
    assert dialog.mapping()["site.note"] == "primary A"


def test_import_applies_a_good_file_and_lists_what_it_kept(
    qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path, artifacts_dir: Path
) -> None:
    shown(qtbot, dialog)
    assert dialog.import_file(write(tmp_path, GOOD_FILE))
    got = dialog.settings()
    assert got.connection_period == 120.0
    assert got.keepalive_rate == 15.0
    assert got.ignore_decoder is True
    # Not in the file: kept as they were.
    assert got.max_pong_miss == 4 and got.fail_back is True
    assert dialog.unknown() == {"site.note": "primary A", "nbwss.future.option": "on"}
    assert "nbwss.future.option = on" in dialog.unknown_label.text()
    rows = dialog.import_problems.rows()
    assert rows[0].severity is None
    assert rows[0].text().startswith("Imported 3 settings from nbwss.properties.")
    assert [(r.severity, r.text()) for r in rows[1:]] == [
        (Severity.WARNING, "Warning at line 5: nbwss.future.option: unknown key, kept as is")
    ]
    assert dialog.import_problems.isVisible()


def test_import_with_errors_changes_nothing_and_says_why(
    qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path, artifacts_dir: Path
) -> None:
    shown(qtbot, dialog)
    assert not dialog.import_file(write(tmp_path, BAD_FILE))
    assert dialog.settings() == START
    assert dialog.unknown() == {"site.note": "primary A"}
    rows = dialog.import_problems.rows()
    texts = [row.text() for row in rows]
    assert texts[0].startswith("Error: nothing was imported from nbwss.properties: it has 3 errors")
    assert texts[1:] == [
        "Error at line 2: keepAlive.scheduledRate must be a whole number of seconds from 1 to "
        '3600, not "abc"',
        "Error at line 3: keepAlive.maxPongMissAllowed must be a whole number from 1 to 100, "
        'not "0"',
        'Error at line 4: exception.ignoreDecoder must be true or false, not "yes"',
        "Warning at line 5: keepalive.scheduledrate: unknown key, kept as is "
        "(did you mean keepAlive.scheduledRate?)",
        "Warning at line 6: connectionInfo.period is given again (first on line 1); "
        "this last value counts",
    ]
    severities = [row.severity for row in rows]
    assert severities == [Severity.ERROR] * 4 + [Severity.WARNING] * 2
    # Errors and warnings look different, beyond colour: the word, the icon, bold for errors.
    assert rows[1].label.font().bold() and not rows[4].label.font().bold()
    assert dialog.import_problems.isVisible()
    qtbot.wait(50)
    dialog.grab().save(str(artifacts_dir / "settings-dialog-import-problems.png"))


def test_import_of_a_missing_file(dialog: SettingsDialog, tmp_path: Path) -> None:
    assert not dialog.import_file(tmp_path / "nope.properties")
    [text] = dialog.import_problems.texts()
    assert text.startswith("Error: could not read ")
    assert "No such file" in text and text.endswith("Nothing was imported.")
    assert dialog.settings() == START


def test_import_of_a_file_that_is_not_a_properties_file(
    dialog: SettingsDialog, tmp_path: Path
) -> None:
    path = tmp_path / "photo.properties"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert not dialog.import_file(path)
    assert dialog.settings() == START
    assert dialog.import_problems.rows()[0].severity is Severity.ERROR


def test_many_problems_are_cut_short(dialog: SettingsDialog, tmp_path: Path) -> None:
    text = (
        "".join(f"keepAlive.scheduledRate{i}=1\n" for i in range(100)) + "nbwssgui.failBack=maybe\n"
    )
    assert not dialog.import_file(write(tmp_path, text))
    texts = dialog.import_problems.texts()
    assert len(texts) == 1 + 40 + 1
    assert texts[-1] == "… and 61 more problems not shown."


def test_export_writes_a_file_that_imports_back(dialog: SettingsDialog, tmp_path: Path) -> None:
    dialog.editor("notification.scheduledRate").setValue(9)
    path = tmp_path / "out.properties"
    assert dialog.export_file(path)
    result = import_properties(path.read_bytes())
    assert result.ok
    assert result.settings == START.with_(notification_rate=9.0)
    assert dialog.import_problems.texts() == [f"Exported the settings to {path}."]


def test_export_to_a_folder_says_it_could_not_write(dialog: SettingsDialog, tmp_path: Path) -> None:
    assert not dialog.export_file(tmp_path)
    [text] = dialog.import_problems.texts()
    assert text.startswith(f"Error: could not write {tmp_path}: ")


def test_restore_defaults_keeps_the_other_keys(dialog: SettingsDialog) -> None:
    dialog.editor("nbwssgui.caFile").setText("/etc/ca.pem")
    dialog.restore_defaults()
    assert dialog.settings() == DEFAULTS.with_unknown({"site.note": "primary A"})


def test_a_relative_ca_file_keeps_the_dialog_open(qtbot: QtBot, dialog: SettingsDialog) -> None:
    shown(qtbot, dialog)
    dialog.editor("nbwssgui.caFile").setText("certs/ca.pem")
    dialog.ok_button.click()
    assert dialog.isVisible()
    [row] = dialog.ca_problems.rows()
    assert row.severity is Severity.ERROR
    assert row.text() == (
        "Error: this must be the absolute path of a PEM file of CA certificates, or empty for none."
    )
    assert not dialog.export_file(Path("unused.properties"))
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.editor("nbwssgui.caFile"))


def test_a_missing_ca_file_is_a_warning_only(
    qtbot: QtBot, dialog: SettingsDialog, tmp_path: Path
) -> None:
    shown(qtbot, dialog)
    dialog.editor("nbwssgui.caFile").setText(str(tmp_path / "missing.pem"))
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    [row] = dialog.ca_problems.rows()
    assert row.severity is Severity.WARNING
    assert dialog.settings().ca_file == str(tmp_path / "missing.pem")


def test_an_existing_ca_file_has_no_problem(dialog: SettingsDialog, tmp_path: Path) -> None:
    pem = tmp_path / "ca.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\n")
    dialog.editor("nbwssgui.caFile").setText(str(pem))
    assert dialog.check_ca_file()
    assert dialog.ca_problems.texts() == []


def test_the_buttons_open_file_dialogs(
    dialog: SettingsDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write(tmp_path, GOOD_FILE)
    target = tmp_path / "exported.properties"
    pem = tmp_path / "ca.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.import_button.click()
    assert dialog.settings().connection_period == 120.0
    dialog.export_button.click()
    assert import_properties(target.read_bytes()).settings == dialog.settings()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pem), ""))
    dialog.ca_browse_button.click()
    assert dialog.settings().ca_file == str(pem)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    dialog.import_button.click()  # cancelled: nothing happens
    assert dialog.settings().ca_file == str(pem)


def test_cancel_and_escape_reject(qtbot: QtBot, dialog: SettingsDialog) -> None:
    shown(qtbot, dialog)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.editor("connectionInfo.period"), Qt.Key.Key_Escape)


def test_keyboard_only(qtbot: QtBot, dialog: SettingsDialog) -> None:
    shown(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    ping = dialog.editor("keepAlive.scheduledRate")
    qtbot.waitUntil(lambda: dialog.focusWidget() is ping)
    qtbot.keyClick(ping, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(ping, "20")
    qtbot.keyClick(ping, Qt.Key.Key_Up)
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.editor("nbwssgui.failBack").isChecked())
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.settings() == START.with_(keepalive_rate=21.0, fail_back=False)


def test_tab_reaches_every_control_in_order(qtbot: QtBot, dialog: SettingsDialog) -> None:
    shown(qtbot, dialog)
    # The manual proxy's fields take part only when a manual proxy is chosen.
    modes = dialog.proxy_section.mode_box
    modes.setCurrentIndex(modes.findData(ProxyMode.MANUAL))
    first = dialog.editor("nbwssgui.connectTimeout")
    first.setFocus()
    qtbot.waitUntil(lambda: dialog.focusWidget() is first)
    seen: list[QWidget] = []
    for _ in range(30):
        widget = dialog.focusWidget()
        if widget in seen:
            break
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    editors = [dialog.editor(spec.key) for spec in SPECS]
    for widget in [*editors, dialog.ca_browse_button, dialog.import_button, dialog.ok_button]:
        assert widget in seen, widget.accessibleName()
    keys = [
        "nbwssgui.connectTimeout",
        "nbwssgui.caFile",
        "keepAlive.scheduledRate",
        "notification.scheduledRate",
    ]
    positions = [seen.index(dialog.editor(key)) for key in keys]
    assert positions == sorted(positions)


@pytest.fixture
def big_font(qapp: QApplication) -> Iterator[QFont]:
    previous = QFont(qapp.font())
    font = QFont(previous)
    font.setPointSizeF(previous.pointSizeF() * 2)
    qapp.setFont(font)
    try:
        yield font
    finally:
        qapp.setFont(previous)


def test_the_layout_holds_at_double_text_size(
    qtbot: QtBot, big_font: QFont, tmp_path: Path, artifacts_dir: Path
) -> None:
    dialog = SettingsDialog(START)
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    qtbot.wait(50)
    dialog.grab().save(str(artifacts_dir / "settings-dialog-200-percent.png"))
    checked = 0
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(
            widget, QSpinBox | QLineEdit | QCheckBox | QAbstractButton
        ):
            continue
        if isinstance(widget.parent(), QSpinBox | QLineEdit):
            continue
        hint = widget.sizeHint()
        assert widget.width() >= hint.width(), widget.accessibleName()
        assert widget.height() >= hint.height(), widget.accessibleName()
        checked += 1
    assert checked >= 15
    spin = dialog.editor("notification.sendTimeout")
    assert spin.font().pointSizeF() == pytest.approx(big_font.pointSizeF())
    buttons = [dialog.import_button, dialog.export_button, dialog.defaults_button, dialog.ok_button,
               dialog.cancel_button]  # fmt: skip
    for index, first in enumerate(buttons):
        for second in buttons[index + 1 :]:
            assert not first.geometry().intersects(second.geometry())


def test_screenshot(qtbot: QtBot, artifacts_dir: Path) -> None:
    dialog = SettingsDialog(START.with_(ca_file="/etc/ssl/certs/corporate-ca.pem"))
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    qtbot.wait(50)
    dialog.grab().save(str(artifacts_dir / "settings-dialog.png"))
    assert dialog.settings() == START.with_(ca_file="/etc/ssl/certs/corporate-ca.pem")


def test_settings_built_in_code_with_short_intervals_show_rounded(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(keepalive_rate=0.05))
    qtbot.addWidget(dialog)
    assert dialog.editor("keepAlive.scheduledRate").value() == 1
