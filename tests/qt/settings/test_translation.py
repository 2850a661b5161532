"""The window in German: Settings says every word in German with unique mnemonics, keeps its
values, and lays out at double text size; an unknown language falls back to English with one
line saying why; `--language` reaches the window; the commands stay English."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from translation_checks import (
    ROOT,
    cut_off,
    double_text_size,
    english_words,
    mnemonic_letters,
    visible_texts,
)

from nbwss_gui import app as app_module
from nbwss_gui.domain.proxy import ProxyMode
from nbwss_gui.domain.settings import Settings
from nbwss_gui.ui.settings.settings_dialog import SettingsDialog
from nbwss_gui.ui.widgets.translation import available_languages, install_translations

START = Settings(
    connect_timeout=12.0,
    proxy_mode=ProxyMode.MANUAL,
    proxy_url="http://proxy.example:3128",
    proxy_user="backup",
    no_proxy=".corp.example",
)


def shown(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def test_settings_speaks_german_with_unique_mnemonics(
    qtbot: QtBot, german: None, artifacts_dir: Path
) -> None:
    dialog = SettingsDialog(START)
    shown(qtbot, dialog)
    texts = visible_texts(dialog)
    assert dialog.windowTitle() == "Einstellungen"
    english = english_words()
    left = [text for text in texts if text in english]
    assert left == [], "shown in English"
    # Qt's own buttons come from Qt's German catalogue.
    assert dialog.cancel_button.text().replace("&", "") == "Abbrechen"
    letters = mnemonic_letters(texts)
    assert [letter for letter, count in letters.items() if count > 1] == []
    assert len(letters) >= 19  # every caption and button of the dialog has one
    # The values are the same in any language.
    assert dialog.settings() == START
    qtbot.wait(50)  # the layout settles after the first show, as in the English screenshot
    scroll = dialog.scroll_area
    assert not scroll.horizontalScrollBar().isVisible(), "nothing is cut off at the right"
    dialog.grab().save(str(artifacts_dir / "settings-dialog-de.png"))


def test_a_problem_under_the_proxy_section_is_said_in_german(qtbot: QtBot, german: None) -> None:
    dialog = SettingsDialog(START.with_(proxy_url=None))
    shown(qtbot, dialog)
    assert not dialog.proxy_section.show_problems()
    assert dialog.proxy_section.problem_list.texts() == [
        "Fehler: Geben Sie die Adresse des manuellen Proxys an, http://host:port."
    ]


def test_german_at_double_text_size_cuts_nothing_off(
    qtbot: QtBot, german: None, qapp: QApplication, artifacts_dir: Path
) -> None:
    with double_text_size(qapp):
        dialog = SettingsDialog(START)
        shown(qtbot, dialog)
        qtbot.wait(50)
        dialog.grab().save(str(artifacts_dir / "settings-dialog-de-200-percent.png"))
        cut, checked = cut_off(dialog)
        assert cut == []
        assert checked >= 20


def test_an_unknown_language_falls_back_to_english_saying_why(qapp: QApplication) -> None:
    assert available_languages() == ["en", "de"]
    choice = install_translations(qapp, "xx")
    assert choice.language == "en"
    assert choice.warning == (
        "nbwss-gui: there is no 'xx' translation; the window speaks English (languages: en, de)."
    )
    assert install_translations(qapp, "en").warning is None
    assert install_translations(qapp, "C").language == "en"


def run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        app_module.EXIT_AFTER_PAINT_ENV: "1",
        "NBWSS_GUI_CONFIG_DIR": str(tmp_path / "config"),
        "NBWSS_GUI_LOG_DIR": str(tmp_path / "logs"),
    }
    return subprocess.run(
        [sys.executable, "-m", "nbwss_gui", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def test_the_language_option_reaches_the_window(tmp_path: Path) -> None:
    done = run("--language", "de", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "logs" / "nbwss-gui.log").read_text(encoding="utf-8")
    assert "language de" in log
    unknown = run("--language", "tlh", tmp_path=tmp_path)
    assert unknown.returncode == 0, unknown.stderr
    assert "there is no 'tlh' translation; the window speaks English" in unknown.stderr
