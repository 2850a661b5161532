"""How the command line prints problems: like a compiler, one per line; and how it writes
what input chose (file names, keys) without ever failing to encode it."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterable
from typing import Any

from nbwss_gui.cli.language import say
from nbwss_gui.domain.problems import Problem
from nbwss_gui.domain.words import translate


def format_problem(source: str, problem: Problem) -> str:
    """`source:line:col: severity: message [code]`, the form editors and CI logs understand:
    the message in the commands' language, the severity and the code in English."""
    where = source
    if problem.line is not None:
        where += f":{problem.line}:{problem.column or 1}"
    suffix = ""
    if problem.offset is not None:
        at = translate("Problems", "(at byte {offset})").fill(offset=problem.offset)
        suffix = f" {say(at)}"
    message = say(problem.message)
    return f"{where}: {problem.severity.value}: {message}{suffix} [{problem.code.value}]"


def format_problems(source: str, problems: Iterable[Problem]) -> list[str]:
    return [format_problem(source, p) for p in problems]


# Half a surrogate pair: in a key (from a \\u escape) or a file name the OS could not decode.
# No encoding can write it, so it is written as its JSON escape.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def printable(text: str) -> str:
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def safe_streams() -> None:
    """Make stdout and stderr write what they cannot encode as escapes, never raise."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def write_json(document: Any) -> None:
    """Print `document` as one complete JSON text, whatever characters its strings hold."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding in ("utf8", "utf8sig"):
        # Surrogates can only stand inside JSON strings, where their escape means the same.
        text = printable(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        text = json.dumps(document, indent=2, ensure_ascii=True)
    print(text)
