"""What the translation tests check in a dialog shown in another language, shared by them:
which English texts must not show, what a dialog shows and says, its mnemonics, and whether a
text is cut off at a larger text size. The `german` fixture is in tests/qt/conftest.py."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "nbwss_gui_de.ts"
# English words a German text has no use for: what is left of an unwrapped English string.
# A piece of a source text this long is English enough to look for inside a longer text.
FRAGMENT_CHARS = 8
ENGLISH_WORDS = re.compile(r"\b(the|and|is|are|of|with|from|not|to|was|were|it)\b", re.IGNORECASE)


@cache
def _messages() -> tuple[tuple[str, str], ...]:
    """Every (English source, German) pair of the catalogue, read once."""
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
    return [text for text in texts if text in whole or any(piece in text for piece in pieces)]


def english_patterns() -> list[re.Pattern[str]]:
    """The English sources whose German differs, as patterns matching what they become once
    their {placeholders} are filled in."""
    patterns = []
    for source in english_words():
        parts = re.split(r"\{\w+\}", source)
        if not "".join(parts).strip(" .,:;()\n"):
            continue  # only placeholders and punctuation
        patterns.append(re.compile("(?s)" + ".+?".join(re.escape(part) for part in parts)))
    return patterns


def shown_in_english(texts: Iterable[str], ignore: Iterable[str] = ()) -> list[str]:
    """The texts that are (or are made from) an English source, or that still read as English;
    each `ignore` part (values, words other code makes) is taken out of a text first."""
    patterns = english_patterns()
    parts = sorted((part for part in ignore if part), key=len, reverse=True)
    found = []
    for text in texts:
        rest = text
        for part in parts:
            rest = rest.replace(part, "")
        if not rest.strip():
            continue
        made_from = any(pattern.fullmatch(text) or pattern.fullmatch(rest) for pattern in patterns)
        if made_from or ENGLISH_WORDS.search(rest):
            found.append(text)
    return found


def visible_texts(dialog: QWidget, *, extras: bool = False) -> list[str]:
    """The title and what labels, buttons, group boxes and combo boxes show; with `extras`,
    also placeholder texts, the headers and rows of tree views, tooltips and accessible names
    (a screen reader says them)."""
    texts = [dialog.windowTitle()]
    if extras:
        texts += [dialog.accessibleName(), dialog.toolTip()]
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if not extras:
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTreeWidget):
            texts += tree_texts(widget)
    return [text for text in texts if text.strip()]


def tree_texts(tree: QTreeWidget) -> list[str]:
    header = tree.headerItem()
    texts = [header.text(column) for column in range(tree.columnCount())]

    def walk(item: QTreeWidgetItem) -> None:
        for column in range(tree.columnCount()):
            texts.extend((item.text(column), item.toolTip(column)))
        for index in range(item.childCount()):
            child = item.child(index)
            if child is not None:
                walk(child)

    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item is not None:
            walk(item)
    return texts


def mnemonic_letters(texts: Iterable[str]) -> Counter[str]:
    return Counter(
        match.group(1).lower()
        for text in texts
        for match in re.finditer(r"&([^&\s])", text.replace("&&", ""))
    )


def repeated_mnemonics(texts: Iterable[str]) -> list[str]:
    return [letter for letter, count in mnemonic_letters(texts).items() if count > 1]


def cut_off(dialog: QWidget) -> tuple[list[str], int]:
    """The visible one-line labels and buttons narrower than their text wants, and how many
    were checked. Word-wrapped labels are as wide as the layout gives them, by design."""
    cut, checked = [], 0
    for widget in dialog.findChildren(QWidget):
        wraps = isinstance(widget, QLabel) and widget.wordWrap()
        shown_text = isinstance(widget, QLabel | QAbstractButton) and widget.text()
        if shown_text and not wraps and widget.isVisible():
            checked += 1
            if widget.width() < widget.sizeHint().width():
                cut.append(widget.text())
    return cut, checked


def squeezed(dialog: QWidget) -> list[str]:
    """The visible word-wrapped labels lower than their lines need at their width."""
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.text()
        and label.height() < label.heightForWidth(label.width())
    ]


@contextmanager
def double_text_size(qapp: QApplication) -> Iterator[None]:
    previous = QFont(qapp.font())
    font = QFont(previous)
    font.setPointSizeF(previous.pointSizeF() * 2)
    qapp.setFont(font)
    try:
        yield
    finally:
        qapp.setFont(previous)
