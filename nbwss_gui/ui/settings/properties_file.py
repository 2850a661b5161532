"""Reading and writing an `nbwss.properties` file for the Settings dialog, with the words it
shows under the form: every problem, and a summary that says what was (or was not) done."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from nbwss_gui.domain.problems import Severity
from nbwss_gui.domain.properties import MAX_PROPERTIES_BYTES, export_properties, import_properties
from nbwss_gui.domain.settings import SPEC_BY_KEY, Settings, SettingsProblem
from nbwss_gui.ui.server_dialog.problem_view import severity_word
from nbwss_gui.ui.widgets.translation import say

# More would only bury the first ones; the file has to be fixed anyway.
MAX_SHOWN_PROBLEMS = 40
Entry = tuple[Severity | None, str]


def problem_entry(problem: SettingsProblem) -> Entry:
    where = problem.where()
    place = (
        QCoreApplication.translate("PropertiesFile", " at {where}").format(where=where)
        if where
        else ""
    )
    return problem.severity, f"{severity_word(problem.severity)}{place}: {say(problem.message)}"


@dataclass(frozen=True, slots=True)
class Imported:
    """The settings a file gives (None: nothing is taken from it) and what to show."""

    settings: Settings | None
    entries: list[Entry] = field(default_factory=list)


def read_properties(path: str | os.PathLike[str], base: Settings) -> Imported:
    """`base` with a file's values; with any error in the file, nothing."""
    name = Path(path).name
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_PROPERTIES_BYTES + 1)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return Imported(
            None,
            [
                (
                    Severity.ERROR,
                    QCoreApplication.translate(
                        "PropertiesFile",
                        "Error: could not read {path}: {reason}. Nothing was imported.",
                    ).format(path=path, reason=reason),
                )
            ],
        )
    result = import_properties(data, base)
    entries = [problem_entry(problem) for problem in result.problems]
    if len(entries) > MAX_SHOWN_PROBLEMS:
        hidden = len(entries) - MAX_SHOWN_PROBLEMS
        entries = entries[:MAX_SHOWN_PROBLEMS]
        entries.append(
            (
                Severity.WARNING,
                QCoreApplication.translate(
                    "PropertiesFile", "… and {count} more problems not shown."
                ).format(count=hidden),
            )
        )
    if not result.ok:
        count = len(result.errors)
        errors = (
            QCoreApplication.translate("PropertiesFile", "1 error")
            if count == 1
            else QCoreApplication.translate("PropertiesFile", "{count} errors").format(count=count)
        )
        summary = (
            Severity.ERROR,
            QCoreApplication.translate(
                "PropertiesFile",
                "Error: nothing was imported from {name}: it has {errors}, listed below. "
                "Fix the file and import it again.",
            ).format(name=name, errors=errors),
        )
        return Imported(None, [summary, *entries])
    count = len(result.found)
    settings = (
        QCoreApplication.translate("PropertiesFile", "1 setting")
        if count == 1
        else QCoreApplication.translate("PropertiesFile", "{count} settings").format(count=count)
    )
    text = QCoreApplication.translate("PropertiesFile", "Imported {settings} from {name}.").format(
        settings=settings, name=name
    )
    if count < len(SPEC_BY_KEY):
        text += QCoreApplication.translate(
            "PropertiesFile", " Settings the file does not mention keep their values."
        )
    text += QCoreApplication.translate("PropertiesFile", " Press OK to keep the imported values.")
    return Imported(result.settings, [(None, text), *entries])


def write_properties(path: str | os.PathLike[str], settings: Settings) -> Entry:
    """Write the settings (never a password: there is none in them); what to show."""
    try:
        data = export_properties(settings)
        with open(path, "wb") as stream:
            stream.write(data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        words = QCoreApplication.translate(
            "PropertiesFile", "Error: could not write {path}: {reason}."
        )
        return Severity.ERROR, words.format(path=path, reason=reason)
    words = QCoreApplication.translate("PropertiesFile", "Exported the settings to {path}.")
    return None, words.format(path=path)
