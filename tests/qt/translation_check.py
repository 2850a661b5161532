"""What the tests of the German window share: the English source texts of the .ts whose German
differs (none of them may show), the texts a widget shows, and its mnemonic letters.

The `german` fixture (tests/qt/conftest.py) installs the translation for one test."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QWidget

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "nbwss_gui_de.ts"
# A piece of a source text this long is English enough to look for inside a longer text.
FRAGMENT_CHARS = 8


@cache
def _messages() -> tuple[tuple[str, str], ...]:
    found = []
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        assert translation, f"untranslated in {TS_FILE.name}: {source!r}"
        found.append((source, translation))
    return tuple(found)


def english_words() -> set[str]:
    """The English source texts whose German differs: none of them may show in German."""
    return {source for source, translation in _messages() if translation != source}


@cache
def english_fragments() -> frozenset[str]:
    """The pieces between the {placeholders} and markup of those texts, for texts made of
    several messages (a details pane, a tooltip): pieces German uses too are left out."""
    german = [translation for _, translation in _messages()]
    pieces = set()
    for source in english_words():
        plain = re.sub(r"<[^>]+>", "\n", source.replace("&", ""))
        for part in re.split(r"\{\w+\}|\n", plain):
            piece = part.strip(" .,:;()—•…")
            if len(piece) >= FRAGMENT_CHARS and not any(piece in text for text in german):
                pieces.add(piece)
    return frozenset(pieces)


def english_in(texts: Iterable[str]) -> list[str]:
    """The texts that are an English source, or hold a piece of one."""
    whole = english_words()
    pieces = english_fragments()
    left = []
    for text in texts:
        if text in whole or any(piece in text for piece in pieces):
            left.append(text)
    return left


def visible_texts(dialog: QWidget) -> list[str]:
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [text for text in texts if text.strip()]


def mnemonics(texts: Iterable[str]) -> Counter[str]:
    """How many times each mnemonic letter (after "&") is taken among `texts`."""
    return Counter(
        match.group(1).lower()
        for text in texts
        for match in re.finditer(r"&([^&\s])", text.replace("&&", ""))
    )


def taken_twice(texts: Iterable[str]) -> list[str]:
    return [letter for letter, count in mnemonics(texts).items() if count > 1]
