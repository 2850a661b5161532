"""The command line's gettext catalogue: compiled from the same .ts as the window's .qm, with
every translated message in it, argparse's own words where argparse looks for them, and the
commands speaking the language asked for (cli/language.py)."""

from __future__ import annotations

import argparse
import gettext
import inspect
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nbwss_gui.cli import language
from nbwss_gui.cli.argparse_words import ARGPARSE_WORDS
from nbwss_gui.domain.words import translate

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "translations" / "nbwss_gui_de.ts"
COMPILED = ROOT / "resources" / "translations" / "locale" / "de" / "LC_MESSAGES" / "nbwss_gui.mo"
# argparse's own placeholders: %(name)s, %(name)r, %s, %r.
PERCENT = re.compile(r"%\([a-z_]+\)[sr]|%[sr]")


def translated_messages() -> list[tuple[str, str, str]]:
    """(context, source, German) of every finished message of the German .ts."""
    found = []
    for context in ET.parse(SOURCE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") is None and translation.text:
                found.append((name, message.findtext("source") or "", translation.text))
    return found


def test_the_compiled_catalogue_holds_every_translated_message() -> None:
    assert COMPILED.is_file(), "not compiled: run make translations (make test does)"
    with COMPILED.open("rb") as stream:
        catalogue = gettext.GNUTranslations(stream)
    messages = translated_messages()
    assert len(messages) > 1000
    wrong = []
    for context, source, german in messages:
        found = (
            catalogue.gettext(source)
            if context == "argparse"
            else catalogue.pgettext(context, source)
        )
        if found != german:
            wrong.append((context, source))
    assert wrong == []


def test_argparse_words_are_the_running_pythons_own() -> None:
    """A Python whose argparse says "usage: " differently would show it in English: this fails
    first, on that Python."""
    code = inspect.getsource(argparse)
    missing = [
        str(words)
        for words in ARGPARSE_WORDS
        if repr(str(words)) not in code and repr(str(words)).replace("'", '"') not in code
    ]
    assert missing == [], f"argparse of Python {sys.version_info[:2]} no longer says {missing}"


def test_argparse_translations_keep_its_placeholders() -> None:
    wrong = [
        source
        for context, source, german in translated_messages()
        if context == "argparse"
        and sorted(PERCENT.findall(source)) != sorted(PERCENT.findall(german))
    ]
    assert wrong == []
    # Every argparse word is in the catalogue (none left for a later lupdate to find).
    sources = {source for context, source, _ in translated_messages() if context == "argparse"}
    assert {str(words) for words in ARGPARSE_WORDS} == sources


def test_help_texts_hold_no_stray_percent_sign() -> None:
    """argparse %-formats every option's help: a lone % in a translation would crash --help."""
    wrong = [
        (context, source)
        for context, source, german in translated_messages()
        if context.endswith(("Command", "Commands", "CommandLine", "ProxyOptions"))
        and german.count("%") != source.count("%")
    ]
    assert wrong == []


def test_words_are_said_in_the_language_chosen(german: None) -> None:
    refused = translate("RegistryCommands", "Removed {endpoint}.").fill(
        endpoint=translate("RegistryCommands", "{id} {host} ({url}), group {group}").fill(
            id="0123abcd", host="cloud-a", url="wss://a.example/x", group="g1"
        )
    )
    assert language.say(refused) == "Entfernt: 0123abcd cloud-a (wss://a.example/x), Gruppe g1."
    # A domain message, translated in the same catalogue as the window's.
    assert language.say(translate("ConnectionState", "CONNECTED")) == "VERBUNDEN"
    # Text that is not Words (a URL, a value) is said as it is.
    assert language.say("wss://a.example/x") == "wss://a.example/x"
    # argparse finds its own words in the same domain.
    assert gettext.gettext("usage: ") == "Aufruf: "


def test_english_when_no_translation_fits(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        monkeypatch.delenv("LANGUAGE", raising=False)
        refusal = language.choose("tlh")
        assert refusal is not None
        assert str(refusal) == (
            "there is no 'tlh' translation; the commands speak English (languages: en, de)"
        )
        assert language.say(translate("ConnectionState", "CONNECTED")) == "CONNECTED"
        # English itself, and the C locale, are no refusal.
        monkeypatch.setenv("LANGUAGE", "C")
        assert language.choose() is None
        assert language.say(translate("ConnectionState", "CONNECTED")) == "CONNECTED"
        assert language.choose("en") is None
    finally:
        monkeypatch.setenv("LANGUAGE", "en")
        language.choose()


def test_the_environment_chooses_as_gettext_does(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        monkeypatch.delenv("LANGUAGE", raising=False)
        monkeypatch.delenv("LC_ALL", raising=False)
        monkeypatch.delenv("LC_MESSAGES", raising=False)
        monkeypatch.setenv("LANG", "de_AT.UTF-8")
        assert language.choose() is None
        assert language.say(translate("ConnectionState", "CONNECTED")) == "VERBUNDEN"
    finally:
        monkeypatch.setenv("LANGUAGE", "en")
        language.choose()
    assert language.say(translate("ConnectionState", "CONNECTED")) == "CONNECTED"


def test_the_languages_are_listed() -> None:
    assert language.available_languages() == ["en", "de"]


@pytest.mark.parametrize("asked", ["../../../etc/x", "de/../../x", "de DE", "", "x" * 40])
def test_a_language_that_is_no_language_code_is_refused(
    monkeypatch: pytest.MonkeyPatch, asked: str
) -> None:
    """gettext makes a path of the language: nothing but a code reaches it."""
    try:
        monkeypatch.setenv("LANGUAGE", "en")
        refusal = language.choose(asked)
        if not asked:
            assert refusal is None  # nothing asked: the environment's (here: English)
        else:
            assert refusal is not None
            assert "is not a language code such as de or de_DE" in refusal
            assert language.os.environ["LANGUAGE"] == "en"
        assert language.say(translate("ConnectionState", "CONNECTED")) == "CONNECTED"
    finally:
        monkeypatch.setenv("LANGUAGE", "en")
        language.choose()


@pytest.mark.parametrize("asked", ["de", "de_DE", "de-DE", "de_DE.UTF-8", "de_AT@euro", "de:fr"])
def test_language_codes_as_people_write_them(monkeypatch: pytest.MonkeyPatch, asked: str) -> None:
    try:
        assert language.choose(asked) is None
        assert language.say(translate("ConnectionState", "CONNECTED")) == "VERBUNDEN"
    finally:
        monkeypatch.setenv("LANGUAGE", "en")
        language.choose()


@pytest.mark.parametrize(
    "content", [b"", b"not a catalogue at all", b"\xde\x12\x04\x95" + b"\0" * 9]
)
def test_a_damaged_catalogue_is_said_and_english_spoken_throughout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: bytes
) -> None:
    damaged = tmp_path / "de" / "LC_MESSAGES" / "nbwss_gui.mo"
    damaged.parent.mkdir(parents=True)
    damaged.write_bytes(content)
    monkeypatch.setattr(language, "locale_folder", lambda: str(tmp_path))
    try:
        refusal = language.choose("de")
        assert refusal is not None
        assert str(refusal) == (
            f"the translation file {damaged} is damaged; the commands speak English"
        )
        assert language.say(translate("ConnectionState", "CONNECTED")) == "CONNECTED"
        # argparse, which reads the same domain itself, does not trip over it either.
        assert gettext.gettext("usage: ") == "usage: "
    finally:
        monkeypatch.undo()
        monkeypatch.setenv("LANGUAGE", "en")
        language.choose()
