"""The command line's language: Python's `gettext`, over the same catalogue as the window's.

The window speaks through Qt's translators; the commands must not load Qt (they run on
headless servers and start in a fraction of its import time), so they read the same
translations compiled for gettext: `resources/translations/locale/<language>/LC_MESSAGES/
nbwss_gui.mo`, made from the `.ts` sources by `make translations` (packaging/ts_to_mo.py).
A message is `Words` (domain/words.py) with its context, looked up with `pgettext`; argparse's
own words ("usage: ", "options") are looked up by argparse itself in the same domain.

The language is `--language`, else the environment as gettext reads it (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG); English when no translation fits. What scripts read stays English in
every language: `--json` documents, the compiler-style `error:`/`warning:` and `[code]` of a
problem line, the state names (CONNECTED, ACTIVATED), exit statuses and the log.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from nbwss_gui.domain.words import Words, translate

if TYPE_CHECKING:
    import gettext

# gettext and importlib.resources are imported when a command chooses its language: opening
# the window goes through this module too, and must not pay for them before its first paint.

DOMAIN = "nbwss_gui"
PACKAGE = "nbwss_gui.resources.translations"
SOURCE_LANGUAGE = "en"
# What a language may be called (de, de_DE, de_DE.UTF-8, sr_RS@latin, or a list such as
# de:fr): never a path, since gettext makes one from it.
LANGUAGE_CODE = re.compile(
    r"[A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,8})?(?:\.[A-Za-z0-9_-]+)?(?:@[A-Za-z0-9]+)?"
    r"(?::[A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,8})?(?:\.[A-Za-z0-9_-]+)?(?:@[A-Za-z0-9]+)?)*"
)


class _Spoken:
    """The catalogue the commands speak from (None: English, the source)."""

    catalogue: gettext.NullTranslations | None = None


_spoken = _Spoken()


def locale_folder() -> str | None:
    """The folder holding `<language>/LC_MESSAGES/nbwss_gui.mo`, or None (not built)."""
    from importlib import resources

    try:
        folder = resources.files(PACKAGE).joinpath("locale")
        return str(folder) if folder.is_dir() else None
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError, OSError):
        return None


def available_languages() -> list[str]:
    """The languages the commands can speak, English first."""
    folder = locale_folder()
    found = []
    if folder is not None:
        found = sorted(
            entry.name
            for entry in os.scandir(folder)
            if os.path.isfile(os.path.join(entry.path, "LC_MESSAGES", DOMAIN + ".mo"))
        )
    return [SOURCE_LANGUAGE, *found]


def choose(requested: str | None = None) -> Words | None:
    """Speak `requested` (such as "de" or "de_DE"), or the environment's language when None;
    English when there is no translation for it. Returns why a language asked for is not
    spoken (None: fine)."""
    import gettext

    refusal = None
    if requested:
        code = requested.strip().replace("-", "_")
        if not LANGUAGE_CODE.fullmatch(code):
            refusal = translate(
                "CommandLine",
                "{language} is not a language code such as de or de_DE; the commands speak English",
            ).fill(language=repr(requested))
            code = SOURCE_LANGUAGE
        # argparse asks gettext for its own words, which reads the language from here.
        os.environ["LANGUAGE"] = code
    folder = locale_folder()
    gettext.bindtextdomain(DOMAIN, folder)
    gettext.textdomain(DOMAIN)
    _spoken.catalogue = None
    found = gettext.find(DOMAIN, folder) if folder is not None else None
    if found is None:
        # No catalogue for the language (English among them), or none built.
        base = (requested or "").replace("-", "_").split("_")[0].lower()
        if refusal is None and base and base != SOURCE_LANGUAGE:
            refusal = translate(
                "CommandLine",
                "there is no {language} translation; the commands speak English "
                "(languages: {languages})",
            ).fill(language=repr(requested), languages=", ".join(available_languages()))
        return refusal
    try:
        with open(found, "rb") as stream:
            _spoken.catalogue = gettext.GNUTranslations(stream)
    except Exception:  # a damaged file fails in many ways (OSError, struct.error, Unicode...)
        # Neither these messages nor argparse's may read it: English throughout.
        os.environ["LANGUAGE"] = SOURCE_LANGUAGE
        return translate(
            "CommandLine",
            "the translation file {file} is damaged; the commands speak English",
        ).fill(file=found)
    return refusal


def say(text: str) -> str:
    """`text` in the commands' language: `Words` are translated from their template (and
    their values in turn); any other text is printed as it is."""
    if not isinstance(text, Words):
        return text
    return text.render(_translated_template)


def _translated_template(words: Words) -> str:
    catalogue = _spoken.catalogue
    if catalogue is None or not words.context:
        return words.template
    return catalogue.pgettext(words.context, words.template)
