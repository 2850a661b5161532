"""The vendor's `nbwss.properties` file: the Java `.properties` text format, import and export.

The format first — lines, separators, comments, continuations, escapes, encodings — then the
file as settings. Which keys mean what, and which values are allowed, is settings.py's business.

Reading follows `java.util.Properties.load`: a line ending in an odd number of backslashes
continues on the next one (whose leading white space is dropped); a comment line (`#` or `!`
first) never continues; the key ends at the first unescaped `=`, `:` or white space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from nbwss_gui.domain.problems import Severity
from nbwss_gui.domain.settings import (
    APP_PREFIX,
    DEFAULTS,
    SPECS,
    Pair,
    Settings,
    SettingsCode,
    SettingsProblem,
    apply_pairs,
)
from nbwss_gui.domain.words import translate, words_of

FILE_NAME = "nbwss.properties"
# A properties file is a few hundred bytes; anything this large is not one.
MAX_PROPERTIES_BYTES = 256 * 1024

# Java counts only these three as white space in a properties file.
WHITESPACE = " \t\f"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_HEX4 = re.compile(r"[0-9A-Fa-f]{4}")
_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}
_WRITE_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\f": "\\f"}
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True, slots=True)
class Entry:
    """One `key=value` pair, escapes resolved; `line` is where it starts (1-based)."""

    key: str
    value: str
    line: int


@dataclass(frozen=True, slots=True)
class SyntaxIssue:
    """A line that cannot be read at all (Java would refuse the whole file)."""

    line: int
    message: str


def decode(data: bytes) -> tuple[str, str | None]:
    """The text of a properties file and, when it was not UTF-8, a notice saying how it was read.

    UTF-8 with or without a byte-order mark; UTF-16 with one (Windows Notepad's "Unicode");
    anything else is read as ISO-8859-1, the encoding `Properties.load(InputStream)` assumes,
    which maps every byte to a character and so never fails.
    """
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    elif data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            return data.decode("latin-1"), translate(
                "Settings",
                "The file starts like UTF-16 but byte {byte} is not valid UTF-16; "
                "it was read as ISO-8859-1 (Latin-1) instead. Check the values below.",
            ).fill(byte=exc.start)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return data.decode("latin-1"), translate(
            "Settings",
            "The file is not UTF-8 (byte {byte} is not valid UTF-8); it was read as "
            "ISO-8859-1 (Latin-1), as older Java services read it. Check the values below.",
        ).fill(byte=exc.start)


def read(text: str) -> tuple[list[Entry], list[SyntaxIssue]]:
    """Every entry of a properties text, in file order (duplicates included), and what failed."""
    lines = _LINE_BREAK.split(text)
    entries: list[Entry] = []
    issues: list[SyntaxIssue] = []
    index = 0
    while index < len(lines):
        logical = lines[index].lstrip(WHITESPACE)
        number = index + 1
        index += 1
        if not logical or logical[0] in "#!":
            continue
        while _continues(logical):
            logical = logical[:-1]
            if index >= len(lines):
                break
            logical += lines[index].lstrip(WHITESPACE)
            index += 1
        raw_key, raw_value = _split(logical)
        try:
            key = _unescape(raw_key)
            value = _unescape(raw_value)
        except ValueError as exc:
            issues.append(SyntaxIssue(number, words_of(exc)))
            continue
        entries.append(Entry(key, value, number))
    return entries, issues


def _continues(line: str) -> bool:
    trailing = len(line) - len(line.rstrip("\\"))
    return trailing % 2 == 1


def _split(line: str) -> tuple[str, str]:
    """The raw key and raw value of a logical line (escapes still in place)."""
    end = 0
    escaped = False
    while end < len(line):
        char = line[end]
        if not escaped and (char in "=:" or char in WHITESPACE):
            break
        escaped = char == "\\" and not escaped
        end += 1
    start = end
    separator = False
    while start < len(line):
        char = line[start]
        if char not in WHITESPACE:
            if separator or char not in "=:":
                break
            separator = True
        start += 1
    return line[:end], line[start:]


def _unescape(raw: str) -> str:
    if "\\" not in raw:
        return raw
    out: list[str] = []
    index = 0
    while index < len(raw):
        char = raw[index]
        index += 1
        if char != "\\" or index >= len(raw):
            out.append(char)
            continue
        code = raw[index]
        index += 1
        if code == "u":
            digits = raw[index : index + 4]
            if not _HEX4.fullmatch(digits):
                raise ValueError(
                    translate(
                        "Settings",
                        '"\\u{digits}" is not a valid \\uXXXX escape (\\u must be followed by four '
                        "hexadecimal digits)",
                    ).fill(digits=digits)
                )
            out.append(chr(int(digits, 16)))
            index += 4
        else:
            out.append(_ESCAPES.get(code, code))
    return _join_surrogates("".join(out))


def _join_surrogates(text: str) -> str:
    r"""Pairs of \uD8xx\uDCxx escapes are one character (Java strings are UTF-16)."""
    if not any("\ud800" <= char <= "\udfff" for char in text):
        return text
    try:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeDecodeError:
        lone = next(
            f"{ord(char):04X}"
            for index, char in enumerate(text)
            if "\ud800" <= char <= "\udfff" and not _paired(text, index)
        )
        raise ValueError(
            translate(
                "Settings", "\\u{lone} is half of a character (a UTF-16 surrogate without its pair)"
            ).fill(lone=lone)
        ) from None


def _paired(text: str, index: int) -> bool:
    char = text[index]
    if "\ud800" <= char <= "\udbff":
        return index + 1 < len(text) and "\udc00" <= text[index + 1] <= "\udfff"
    return index > 0 and "\ud800" <= text[index - 1] <= "\udbff"


# -- writing -------------------------------------------------------------------------------------


def escape_key(key: str) -> str:
    return _escape(key, key=True)


def escape_value(value: str) -> str:
    return _escape(value, key=False)


def _escape(text: str, *, key: bool) -> str:
    """Pure ASCII, so the file reads the same as UTF-8 and as ISO-8859-1."""
    out: list[str] = []
    for index, char in enumerate(text):
        if char in _WRITE_ESCAPES:
            out.append(_WRITE_ESCAPES[char])
        elif char == " ":
            # Inside a value a space is plain text; only a leading one would be skipped.
            out.append("\\ " if key or index == 0 else " ")
        elif key and char in "=:#!":
            out.append("\\" + char)
        elif " " <= char <= "~":
            out.append(char)
        else:
            out.append(_unicode_escape(char))
    return "".join(out)


def comment(text: str) -> list[str]:
    """`# …` lines for a comment; each line of `text` becomes one, non-ASCII escaped."""
    return [f"# {_ascii(line)}".rstrip() for line in _LINE_BREAK.split(text)]


def _ascii(text: str) -> str:
    return "".join(char if " " <= char <= "~" else _unicode_escape(char) for char in text)


def _unicode_escape(char: str) -> str:
    units = char.encode("utf-16-be", "surrogatepass")
    return "".join(
        f"\\u{int.from_bytes(units[i : i + 2], 'big'):04X}" for i in range(0, len(units), 2)
    )


def write(entries: Iterable[tuple[str, str]]) -> list[str]:
    """`key=value` lines that `read` turns back into the same pairs."""
    return [f"{escape_key(key)}={escape_value(value)}" for key, value in entries]


# -- the file as settings --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SettingsImport:
    """What reading a properties file gave: apply `settings` only when `ok`.

    Keys the file does not mention keep the values they had in the base settings (the
    vendor's own file knows nothing of this application's keys, and must not reset them).
    """

    settings: Settings
    problems: tuple[SettingsProblem, ...]
    # The known keys the file set, in file order.
    found: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def errors(self) -> tuple[SettingsProblem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[SettingsProblem, ...]:
        return tuple(p for p in self.problems if not p.is_error)


def import_properties(data: bytes, base: Settings = DEFAULTS) -> SettingsImport:
    """Read an `nbwss.properties` file over `base`; see `SettingsImport`."""
    if len(data) > MAX_PROPERTIES_BYTES:
        problem = SettingsProblem(
            SettingsCode.TOO_LARGE,
            translate(
                "Settings",
                "The file is {count} bytes; a settings file is at most {most} KiB. Is it "
                "an {file} file?",
            ).fill(count=f"{len(data):,}", most=MAX_PROPERTIES_BYTES // 1024, file=FILE_NAME),
        )
        return SettingsImport(base, (problem,))
    text, notice = decode(data)
    entries, issues = read(text)
    problems: list[SettingsProblem] = []
    if notice:
        problems.append(SettingsProblem(SettingsCode.ENCODING, notice, Severity.WARNING))
    problems.extend(
        SettingsProblem(SettingsCode.SYNTAX, issue.message, line=issue.line) for issue in issues
    )
    pairs = (Pair(entry.key, entry.value, entry.line) for entry in entries)
    settings, found_problems, found = apply_pairs(pairs, base)
    problems.extend(found_problems)
    if not found and not issues:
        problems.append(
            SettingsProblem(
                SettingsCode.NO_SETTINGS,
                translate(
                    "Settings",
                    "The file sets none of the settings (such as {key}); nothing was "
                    "imported. Is it an {file} file?",
                ).fill(key=SPECS[0].key, file=FILE_NAME),
            )
        )
    problems.sort(key=lambda p: p.line or 0)
    return SettingsImport(settings, tuple(problems), found)


def export_properties(settings: Settings, *, header: str | None = None) -> bytes:
    """An `nbwss.properties` file: every known key with a comment, then the unknown ones.

    ASCII only (other characters as \\uXXXX), so UTF-8 and ISO-8859-1 readers agree.
    Raises ValueError for a value the file cannot hold (see `Settings.to_mapping`).
    """
    mapping = settings.to_mapping()
    lines = comment(
        header
        or f"{FILE_NAME} - NetBackup WebSocket Service settings.\n"
        "Written by nbwss-gui; lines starting with # are comments."
    )
    for spec in SPECS:
        if spec.key == f"{APP_PREFIX}connectTimeout":
            lines += ["", *comment("Settings of nbwss-gui itself (not of NetBackup).")]
        lines += ["", *comment(spec.describe())]
        lines += write([(spec.key, mapping[spec.key])])
    if settings.unknown:
        lines += ["", *comment("Other keys, kept as they came.")]
        lines += write(settings.unknown)
    return ("\n".join(lines) + "\n").encode("ascii")
