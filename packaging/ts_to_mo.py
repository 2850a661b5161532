"""Compile a Qt Linguist catalogue (.ts) into the gettext catalogue (.mo) the command line reads.

One catalogue per language, for every face: translators edit `resources/translations/*.ts`
(in Qt Linguist or any editor); `make translations` compiles it twice — with `pyside6-lrelease`
into the `.qm` the window loads, and with this script into the `.mo` the command line loads
through Python's own `gettext`, which cannot import Qt. Each message keeps its context as the
gettext context (`pgettext`), except the messages of the `argparse` context: those are the
argparse module's own words ("usage: ", "options"), which it looks up without a context.

Unfinished, obsolete and empty translations are left out, so gettext falls back to the
English for them — as Qt does.

Run:  python packaging/ts_to_mo.py resources/translations/nbwss_gui_de.ts OUT.mo
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

# The context whose messages argparse asks gettext for without one.
NO_CONTEXT = "argparse"
SKIPPED_TYPES = {"unfinished", "obsolete", "vanished"}


def catalogue(ts_file: Path) -> Catalog:
    # Our own catalogue, from the source tree: not untrusted input.
    root = ET.parse(ts_file).getroot()  # noqa: S314
    language = root.get("language") or ts_file.stem.rsplit("_", 1)[-1]
    result = Catalog(locale=language.replace("-", "_"), domain="nbwss_gui", charset="utf-8")
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if not source or translation is None or not translation.text:
                continue
            if translation.get("type") in SKIPPED_TYPES:
                continue
            result.add(source, translation.text, context=None if name == NO_CONTEXT else name)
    return result


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: ts_to_mo.py SOURCE.ts OUT.mo", file=sys.stderr)
        return 2
    source, out = Path(argv[0]), Path(argv[1])
    compiled = catalogue(source)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    with partial.open("wb") as stream:
        write_mo(stream, compiled)
    partial.replace(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
