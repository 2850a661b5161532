"""The window's language: Qt's own words (OK, Cancel, the file dialog) and ours.

English is the source language and needs no file. Another language comes from the `--language`
option, else from the system's locale; its translations are `.qm` files compiled from the
`.ts` sources in `resources/translations/` (`make translations`), shipped in the package.
The command line reads the same translations through gettext (cli/language.py): it must not
load Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from nbwss_gui.domain.words import Words

# Compiled translations ship as nbwss_gui_<language>.qm in this package.
PACKAGE = "nbwss_gui.resources.translations"
PREFIX = "nbwss_gui_"
SOURCE_LANGUAGE = "en"
# The translators installed, so that they can be taken out again (a language switch, tests).
_installed: list[QTranslator] = []


@dataclass(frozen=True, slots=True)
class LanguageChoice:
    """The language the window speaks, and why another one asked for is not (None: fine)."""

    language: str
    warning: str | None = None


def available_languages() -> list[str]:
    """The languages with a compiled translation in the package, English first."""
    from importlib import resources

    found = []
    try:
        for entry in resources.files(PACKAGE).iterdir():
            name = entry.name
            if name.startswith(PREFIX) and name.endswith(".qm"):
                found.append(name[len(PREFIX) : -len(".qm")])
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        pass
    return [SOURCE_LANGUAGE, *sorted(found)]


def install_translations(app: QCoreApplication, requested: str | None = None) -> LanguageChoice:
    """Install the translators for `requested` (a code such as "de" or "de_DE"), or for the
    system's language when None. Falls back to English; says why when one was asked for."""
    wanted = requested or QLocale.system().name()
    base = wanted.replace("-", "_").split("_")[0].lower()
    if base in ("", "c", "posix", SOURCE_LANGUAGE):
        return LanguageChoice(SOURCE_LANGUAGE)
    ours = _our_file(base)
    if ours is None:
        warning = None
        if requested:
            names = ", ".join(available_languages())
            warning = (
                f"nbwss-gui: there is no {requested!r} translation; the window speaks English "
                f"(languages: {names})."
            )
        return LanguageChoice(SOURCE_LANGUAGE, warning)
    translators = []
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{base}", folder):
        translators.append(qt_own)
    mine = QTranslator(app)
    if not mine.load(ours):
        return LanguageChoice(
            SOURCE_LANGUAGE,
            f"nbwss-gui: the {base!r} translation file is damaged; the window speaks English.",
        )
    translators.append(mine)
    remove_translations(app)
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
    return LanguageChoice(base)


def remove_translations(app: QCoreApplication) -> None:
    """Back to English: take out the translators install_translations put in."""
    while _installed:
        app.removeTranslator(_installed.pop())


def _our_file(language: str) -> str | None:
    """The path of our compiled translation for `language`, if the package has one (the
    package is a folder on disk: installed, editable, or the one-folder build). English,
    the source language, needs none: importlib.resources is loaded only for another."""
    from importlib import resources

    try:
        entry = resources.files(PACKAGE).joinpath(f"{PREFIX}{language}.qm")
        return str(entry) if entry.is_file() else None
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError, OSError):
        return None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` where it is defined (a module's constant);
    translate it where it is shown, with that context's tr()."""
    del context
    return text


def say(text: str) -> str:
    """`text` in the window's language: the domain's and the services' `Words` are translated
    from their template (and their values in turn); any other text is shown as it is."""
    if not isinstance(text, Words):
        return text
    return text.render(_translated_template)


def _translated_template(words: Words) -> str:
    if not words.context:
        return words.template
    return QCoreApplication.translate(words.context, words.template)
