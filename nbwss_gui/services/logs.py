"""The log file, and the filter that keeps tokens out of every log line (SPEC §5).

Logs go to a rotating file in the user's log folder (platformdirs; `$NBWSS_GUI_LOG_DIR` when
set, for tests and portable use). Every handler installed here carries a `RedactingFilter`:
whatever a message says, the tokens this process knows of (`add_secret`) are replaced with
`<redacted>` in the final text, the exception text and the stack, together with the forms a
token takes inside a URL, a JSON document or a Python repr; and any `"token": "..."` pair is
redacted even when its value was never registered.
"""

from __future__ import annotations

import collections
import json
import logging
import logging.handlers
import os
import re
import sys
import threading
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote, quote_plus

from nbwss_gui.services.log_levels import level_name

APP_NAME = "nbwss-gui"
LOG_DIR_ENV = "NBWSS_GUI_LOG_DIR"
LOG_FILE_NAME = "nbwss-gui.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 4
DEFAULT_LEVEL = "INFO"
REDACTED = "<redacted>"
# A token shorter than this is hidden only where it stands as a whole word: hiding every
# occurrence of two letters anywhere would leave the log unreadable.
MIN_SUBSTRING_LENGTH = 4
FILE_FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
CONSOLE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# `"token": "..."` (JSON), `'token': '...'` (a Python repr), `\"token\": \"...\"` (JSON inside a
# JSON string) and `token=...` (a URL query), for any key that ends in "token".
_KEY = r"[A-Za-z0-9_.-]*token"
_GENERIC_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(rf'(?i)("{_KEY}"\s*:\s*")(?:[^"\\]|\\.)*(")'),
    re.compile(rf"(?i)('{_KEY}'\s*:\s*')(?:[^'\\]|\\.)*(')"),
    re.compile(rf'(?i)(\\"{_KEY}\\"\s*:\s*\\")(?:[^"\\]|\\\\(?:\\["\\]|[^"\\]))*(\\")'),
    re.compile(rf"(?i)([?&;]{_KEY}=)[^&#\s\"'<>]*()"),
)


def secret_forms(token: str) -> set[str]:
    """The ways `token` can be written in a log line: as is, URL-encoded, JSON- and
    repr-escaped (once and twice, for JSON carried inside a JSON string)."""
    if not token:
        return set()
    forms = {token, quote(token), quote(token, safe=""), quote_plus(token, safe="")}
    forms |= {_lower_hex(f) for f in list(forms)}
    for ensure_ascii in (True, False):
        escaped = json.dumps(token, ensure_ascii=ensure_ascii)[1:-1]
        forms.add(escaped)
        forms.add(json.dumps(escaped, ensure_ascii=ensure_ascii)[1:-1])
    forms.add(repr(token)[1:-1])
    forms.add(token.encode("unicode_escape").decode("ascii"))
    forms.discard("")
    return forms


def _lower_hex(text: str) -> str:
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), text)


class SecretRegistry:
    """The tokens this process holds, to be hidden wherever they would be written.

    A token added twice (two endpoints sharing it) stays until it is forgotten twice. Adding
    and forgetting cost the same with a thousand tokens as with one (no pattern is rebuilt),
    and redacting costs one pass over the text. Safe to use from any thread.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: collections.Counter[str] = collections.Counter()
        # Every form of every token, by its first MIN_SUBSTRING_LENGTH characters, longest
        # first; and how many tokens have each form.
        self._by_prefix: dict[str, list[str]] = {}
        self._form_counts: collections.Counter[str] = collections.Counter()
        # Forms shorter than that, hidden only as whole words.
        self._short_forms: collections.Counter[str] = collections.Counter()
        self._short_pattern: re.Pattern[str] | None = None

    def add(self, token: str) -> None:
        if not token:
            return
        with self._lock:
            self._counts[token] += 1
            if self._counts[token] == 1:
                self._change(secret_forms(token), +1)

    def forget(self, token: str) -> None:
        with self._lock:
            if self._counts.get(token, 0) <= 0:
                return
            self._counts[token] -= 1
            if self._counts[token] == 0:
                del self._counts[token]
                self._change(secret_forms(token), -1)

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()
            self._by_prefix.clear()
            self._form_counts.clear()
            self._short_forms.clear()
            self._short_pattern = None

    def __len__(self) -> int:
        return len(self._counts)

    def _change(self, forms: set[str], step: int) -> None:
        short_changed = False
        for form in forms:
            if len(form) < MIN_SUBSTRING_LENGTH:
                self._short_forms[form] += step
                if self._short_forms[form] <= 0:
                    del self._short_forms[form]
                short_changed = True
                continue
            self._form_counts[form] += step
            prefix = form[:MIN_SUBSTRING_LENGTH]
            if self._form_counts[form] == 1 and step > 0:
                bucket = self._by_prefix.setdefault(prefix, [])
                bucket.append(form)
                bucket.sort(key=len, reverse=True)
            elif self._form_counts[form] <= 0:
                del self._form_counts[form]
                bucket = self._by_prefix[prefix]
                bucket.remove(form)
                if not bucket:
                    del self._by_prefix[prefix]
        if short_changed:
            self._short_pattern = _whole_words(self._short_forms)

    def redact(self, text: str, extra: Iterable[str] = ()) -> str:
        """`text` with every known token (and every one in `extra`) and every token pair
        replaced with <redacted>."""
        with self._lock:
            known = list(self._counts)
        extra = [t for t in extra if t and t not in known]
        if extra:
            scratch = SecretRegistry()
            for token in [*known, *extra]:
                scratch.add(token)
            return scratch.redact(text)
        with self._lock:
            if self._by_prefix:
                text = _replace_spans(text, _spans(text, self._by_prefix))
            if self._short_pattern is not None:
                text = self._short_pattern.sub(REDACTED, text)
        for generic in _GENERIC_PATTERNS:
            text = generic.sub(rf"\g<1>{REDACTED}\g<2>", text)
        return text


def _spans(text: str, by_prefix: dict[str, list[str]]) -> list[tuple[int, int]]:
    """Where forms occur in `text`, overlapping occurrences merged: when one token's form
    begins inside another's, both go whole."""
    spans: list[tuple[int, int]] = []
    get = by_prefix.get
    width = MIN_SUBSTRING_LENGTH
    start, end = -1, -1
    for index in range(len(text) - width + 1):
        candidates = get(text[index : index + width])
        if not candidates:
            continue
        for form in candidates:
            if text.startswith(form, index):
                stop = index + len(form)
                if index <= end:
                    end = max(end, stop)
                else:
                    if end >= 0:
                        spans.append((start, end))
                    start, end = index, stop
                break
    if end >= 0:
        spans.append((start, end))
    return spans


def _replace_spans(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    parts: list[str] = []
    position = 0
    for start, end in spans:
        parts += [text[position:start], REDACTED]
        position = end
    parts.append(text[position:])
    return "".join(parts)


def _whole_words(forms: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted(forms, key=len, reverse=True)
    if not ordered:
        return None
    return re.compile("|".join(rf"(?<!\w){re.escape(f)}(?!\w)" for f in ordered))


SECRETS = SecretRegistry()


def add_secret(token: str) -> None:
    """Hide `token` in every log line and diagnostics bundle from now on."""
    SECRETS.add(token)


def forget_secret(token: str) -> None:
    SECRETS.forget(token)


def redact(text: str, extra: Iterable[str] = ()) -> str:
    """`text` with the known tokens (and those in `extra`) replaced with <redacted>."""
    return SECRETS.redact(text, extra)


class RedactingFilter(logging.Filter):
    """Rewrites each record so that its message, exception and stack text hold no token.

    The record's arguments are merged into the message first, so a token passed as an
    argument (or inside one, such as a dict or an exception) is caught like any other text.
    """

    def __init__(self, registry: SecretRegistry | None = None) -> None:
        super().__init__()
        self.registry = registry or SECRETS

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the line, nor leak its args
            message = f"{record.msg!s} (arguments: {record.args!r})"
        record.msg = self.registry.redact(message)
        record.args = None
        if record.exc_info and record.exc_info[0] is not None:
            if not record.exc_text:
                record.exc_text = logging.Formatter().formatException(record.exc_info)
            # The raw exception goes: a handler could otherwise format it afresh.
            record.exc_info = None
        if record.exc_text:
            record.exc_text = self.registry.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.registry.redact(record.stack_info)
        return True


def log_dir() -> Path:
    """$NBWSS_GUI_LOG_DIR when set, else the platform's user log folder."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def parse_level(name: str) -> int:
    """The logging level named `name` (any case); ValueError says which names exist."""
    return logging.getLevelNamesMapping()[level_name(name)]


def set_level(name: str) -> int:
    """Set the application's log level by name (`--log-level`); the level's number."""
    level = parse_level(name)
    logging.getLogger().setLevel(level)
    return level


class _OwnHandler:
    """Marks the handlers this module installed, so that a second setup replaces them."""


class _FileHandler(logging.handlers.RotatingFileHandler, _OwnHandler):
    pass


class _ConsoleHandler(logging.StreamHandler, _OwnHandler):  # type: ignore[type-arg]
    pass


def setup_logging(
    level: str = DEFAULT_LEVEL,
    *,
    directory: Path | None = None,
    console: bool = False,
    console_level: str | None = None,
    file: bool = True,
) -> Path | None:
    """Log to the rotating file (and to standard error when `console`), tokens redacted;
    with `file` False, to standard error only.

    Returns the log file, or None when there is none or its folder cannot be used: then
    warnings and errors go to standard error instead, and one line says why. Calling it again
    replaces what the previous call installed.
    """
    root = logging.getLogger()
    numeric = parse_level(level)
    remove_handlers()
    root.setLevel(numeric)
    path: Path | None = None
    problem: str | None = None
    if not file:
        # Standard error only (the commands: one rotating file has one writer, the window).
        _add(root, _console(console_level or level))
        return None
    folder = directory if directory is not None else log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        file_handler = _FileHandler(
            folder / LOG_FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as exc:
        problem = f"the log folder {folder} cannot be used ({exc.strerror or exc})"
    else:
        path = folder / LOG_FILE_NAME
        file_handler.setFormatter(logging.Formatter(FILE_FORMAT))
        _add(root, file_handler)
    if console or path is None:
        # Asked for: as told, else all the root lets through; a fallback: warnings and up.
        fallback = None if console else "WARNING"
        _add(root, _console(console_level if console_level is not None else fallback))
    if problem is not None:
        logging.getLogger(__name__).warning("Logging to standard error only: %s.", problem)
    return path


def _console(level: str | None = "WARNING") -> logging.Handler:
    """A handler to standard error, from `level` on (None: whatever the root lets through)."""
    stream = _ConsoleHandler(sys.stderr)
    stream.setFormatter(logging.Formatter(CONSOLE_FORMAT, datefmt="%H:%M:%S"))
    if level is not None:
        stream.setLevel(parse_level(level))
    return stream


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)


def remove_handlers() -> None:
    """Take away (and close) the handlers `setup_logging` installed."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _OwnHandler):
            root.removeHandler(handler)
            handler.close()


def flush() -> None:
    """Write out what the installed handlers hold, before the log is read or copied."""
    for handler in logging.getLogger().handlers:
        handler.flush()


def read_tail(path: Path, max_bytes: int = 256 * 1024) -> str:
    """The last `max_bytes` of the log, from the rotated file before it when the current one
    is shorter; redacted again (older lines were written before a token was known)."""
    chunks: list[bytes] = []
    wanted = max_bytes
    cut = False
    for candidate in (path, path.with_name(f"{path.name}.1")):
        if wanted <= 0:
            break
        try:
            with candidate.open("rb") as handle:
                size = handle.seek(0, os.SEEK_END)
                start = max(0, size - wanted)
                handle.seek(start)
                data = handle.read(wanted)
        except OSError:
            continue
        chunks.insert(0, data)
        wanted -= len(data)
        cut = start > 0
    text = b"".join(chunks).decode("utf-8", errors="replace")
    if cut:
        text = text.partition("\n")[2]  # the first line is only its end
    return redact(text)
