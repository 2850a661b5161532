"""The German catalogue: every message translated, and each translation fills the same
{placeholders} as its English source (a wrong name would fall back to English on screen)."""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("*.ts"))


def placeholders(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


def test_there_is_a_catalogue() -> None:
    assert [path.name for path in CATALOGUES] == ["nbwss_gui_de.ts"]


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    wrong = []
    for path in CATALOGUES:
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                assert translation is not None
                text = translation.text or ""
                if translation.get("type") == "unfinished" or not text:
                    wrong.append(f"{path.name} {name}: untranslated {source!r}")
                elif placeholders(text) != placeholders(source):
                    wrong.append(f"{path.name} {name}: placeholders differ in {source!r}")
    assert wrong == []
