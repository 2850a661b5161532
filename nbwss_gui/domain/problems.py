"""Problems found in endpoint details: what, where, and how serious."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TypeVar

from nbwss_gui.domain.words import words_from_json

T = TypeVar("T")


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Code(enum.StrEnum):
    """Stable problem codes. They appear in `check --json` output: never rename one."""

    # The bytes and the JSON text
    EMPTY_FILE = "empty-file"
    TOO_LARGE = "too-large"
    ENCODING = "encoding"
    APOSTROPHE = "apostrophe"
    JSON_SYNTAX = "json-syntax"
    NESTING_TOO_DEEP = "nesting-too-deep"
    NON_FINITE_NUMBER = "non-finite-number"
    NUMBER_TOO_LONG = "number-too-long"
    INVALID_UNICODE = "invalid-unicode"
    # The shape
    NOT_AN_OBJECT = "not-an-object"
    MULTIPLE_ENDPOINTS = "multiple-endpoints"
    MISSING_KEY = "missing-key"
    UNKNOWN_KEY = "unknown-key"
    DUPLICATE_KEY = "duplicate-key"
    GROUPID_SPELLING = "groupid-spelling"
    TOO_MANY_PROBLEMS = "too-many-problems"
    # The fields
    WRONG_TYPE = "wrong-type"
    EMPTY_VALUE = "empty-value"
    TOKEN_WHITESPACE = "token-whitespace"  # noqa: S105 - a problem code, not a secret
    PRIORITY_NOT_WHOLE = "priority-not-whole"
    PRIORITY_RANGE = "priority-range"
    TOO_LONG = "too-long"
    CONTROL_CHARACTER = "control-character"
    HOSTNAME_INVALID = "hostname-invalid"
    URL_WS = "url-ws"
    URL_SCHEME = "url-scheme"
    URL_INVALID = "url-invalid"
    URL_NO_HOST = "url-no-host"
    URL_HOST_INVALID = "url-host-invalid"
    URL_PORT = "url-port"
    URL_USERINFO = "url-userinfo"
    URL_WHITESPACE = "url-whitespace"
    URL_FRAGMENT = "url-fragment"
    # Across fields
    HOSTNAME_MISMATCH = "hostname-mismatch"
    CERT_EXPIRING = "cert-expiring"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or worth a look) in endpoint details.

    `line` and `column` are 1-based and count characters of the decoded text; `offset` is a
    0-based byte offset, given where the problem is in the bytes themselves (encoding).
    """

    code: Code
    message: str
    severity: Severity = Severity.ERROR
    field: str | None = None
    line: int | None = None
    column: int | None = None
    offset: int | None = None

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def where(self) -> str:
        """`line:col`, `byte N`, or an empty string."""
        if self.line is not None:
            return f"{self.line}:{self.column}" if self.column is not None else f"{self.line}"
        if self.offset is not None:
            return f"byte {self.offset}"
        return ""

    @classmethod
    def from_json(cls, item: object) -> Problem | None:
        """A problem as `to_json` wrote it (the profile's owner answers with these); None when
        it is not one."""
        if not isinstance(item, dict):
            return None
        try:
            return cls(
                Code(item["code"]),
                # The owner's words, in this process's language; its English when they do
                # not say the same.
                words_from_json(item.get("words"), str(item["message"])),
                Severity(item["severity"]),
                field=_optional(item.get("field"), str),
                line=_optional(item.get("line"), int),
                column=_optional(item.get("column"), int),
                offset=_optional(item.get("offset"), int),
            )
        except (KeyError, ValueError):
            return None

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code.value,
            "severity": self.severity.value,
            "field": self.field,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "offset": self.offset,
        }


class CheckerError(Exception):
    """The checker could not do its job (a bug, or input of the wrong Python type).

    Bad endpoint details are never reported this way: they are `Problem`s.
    """


def _optional(value: object, kind: type[T]) -> T | None:
    return value if isinstance(value, kind) and not isinstance(value, bool) else None
