"""Checking endpoint details: bytes in, the endpoint or every problem out (SPEC §2).

Valid details take a fast path through the C JSON decoder; anything doubtful is read again
by the walker, which knows where each key and value stands, so every problem gets its place.
"""

from __future__ import annotations

import bisect
import difflib
import heapq
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from operator import itemgetter

from nbwss_gui.domain import jsontext
from nbwss_gui.domain.endpoint import KEYS, PRIORITY_MAX, EndpointDetails
from nbwss_gui.domain.fields import (
    FIELD_RULES,
    Finding,
    JsonObject,
    check_group_id,
    check_host_name,
    check_token,
    check_url_and_host,
    host_mismatch,
    json_type,
)
from nbwss_gui.domain.problems import CheckerError, Code, Problem, Severity
from nbwss_gui.domain.words import Words, translate

GROUP_ID_ALIAS = "groupID"
MAX_PER_CODE = 50
_KNOWN = frozenset(KEYS)
_ENDPOINTISH = frozenset((*KEYS, GROUP_ID_ALIAS))
_LOWER_KEYS = {key.lower(): key for key in KEYS}
_FIELD_COUNT = len(KEYS)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_keys_of = itemgetter(0)
_values_of = itemgetter(1)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The endpoint, when the details have no error, and every problem found."""

    endpoint: EndpointDetails | None
    problems: tuple[Problem, ...]
    # When the details have an error: the fields (JSON key, value) that have none, so that
    # what is right can be shown beside what is wrong. Empty otherwise (`endpoint` has them).
    # Kept out of repr(): a valid token is among them, and a repr can reach a log.
    valid_fields: tuple[tuple[str, object], ...] = field(default=(), repr=False)

    @property
    def ok(self) -> bool:
        return self.endpoint is not None

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)


def check_bytes(data: bytes) -> CheckResult:
    """Check endpoint details as they come from a file or a provider URL."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise CheckerError(f"check_bytes needs bytes, not {type(data).__name__}")
    try:
        text, problem = jsontext.decode_bytes(bytes(data))
        if text is None:
            assert problem is not None
            return CheckResult(None, (problem,))
        return _fast(text) or _slow(text)
    except CheckerError:
        raise
    except Exception as exc:  # a bug: never let it look like something else
        raise CheckerError(f"internal error while checking: {type(exc).__name__}") from exc


def check_text(text: str) -> CheckResult:
    """Check endpoint details that are already text (a pasted snippet, say)."""
    if not isinstance(text, str):
        raise CheckerError(f"check_text needs str, not {type(text).__name__}")
    try:
        return check_bytes(text.encode("utf-8", "surrogatepass"))
    except UnicodeEncodeError as exc:  # pragma: no cover - surrogatepass encodes every str
        raise CheckerError("text cannot be encoded") from exc


def _fast(text: str) -> CheckResult | None:
    """The result for plainly valid details, or None to have the walker look closer.

    It must give exactly what _slow gives, or None: it only ever answers "valid, no problem".
    """
    if "'" in text or jsontext.APOSTROPHE_ESCAPE in text:
        return None
    try:
        value = jsontext.decode_plain(text)
    except (ValueError, RecursionError):
        return None
    if type(value) is not JsonObject or len(value) != _FIELD_COUNT:
        return None
    fields = dict(value)
    if len(fields) != _FIELD_COUNT or not _KNOWN.issuperset(fields):
        return None
    priority = fields["priority"]
    # Exactly what check_priority accepts; NaN (a float here) is for the walker to report.
    if type(priority) is not int or not 0 <= priority <= PRIORITY_MAX:
        return None
    token, group_id, host_name = fields["token"], fields["groupId"], fields["hostName"]
    if check_token(token) or check_group_id(group_id) or check_host_name(host_name):
        return None
    findings, url_host = check_url_and_host(fields["url"])
    if findings or host_mismatch(host_name, url_host):  # type: ignore[arg-type]
        return None
    return CheckResult(_endpoint(fields), ())


def _endpoint(fields: dict[str, object]) -> EndpointDetails:
    return EndpointDetails(
        token=fields["token"],  # type: ignore[arg-type]
        priority=fields["priority"],  # type: ignore[arg-type]
        group_id=fields["groupId"],  # type: ignore[arg-type]
        host_name=fields["hostName"],  # type: ignore[arg-type]
        url=fields["url"],  # type: ignore[arg-type]
    )


class _Problems:
    """Collects problems in order, at most MAX_PER_CODE of each code."""

    def __init__(self, text: str) -> None:
        self.items: list[Problem] = []
        self.per_code: Counter[Code] = Counter()
        self.positions = jsontext.Positions(text)

    def full(self, code: Code) -> bool:
        return self.per_code[code] >= MAX_PER_CODE

    def add(
        self,
        code: Code,
        message: Words,
        severity: Severity = Severity.ERROR,
        field: str | None = None,
        at: int | None = None,
    ) -> None:
        self.per_code[code] += 1
        if self.per_code[code] > MAX_PER_CODE:
            return
        line = column = None
        if at is not None:
            line, column = self.positions.at(at)
        self.items.append(Problem(code, message, severity, field, line, column))

    def add_findings(self, findings: tuple[Finding, ...], field: str, at: int | None) -> None:
        for code, message, severity in findings:
            self.add(code, message, severity, field, at)

    def result(
        self, endpoint: EndpointDetails | None, fields: Mapping[str, object] | None = None
    ) -> CheckResult:
        items = list(self.items)
        for code, count in self.per_code.items():
            if count > MAX_PER_CODE:
                words = translate("Problems", "…and {count} more {code} problems").fill(
                    count=count - MAX_PER_CODE, code=code.value
                )
                items.append(Problem(Code.TOO_MANY_PROBLEMS, words, Severity.WARNING))
        items.sort(key=_order)
        if any(p.severity is Severity.ERROR for p in items):
            endpoint = None
        valid: tuple[tuple[str, object], ...] = ()
        if endpoint is None and fields:
            spoilt = {p.field for p in items if p.is_error}
            valid = tuple((k, v) for k, v in fields.items() if k in _KNOWN and k not in spoilt)
        return CheckResult(endpoint, tuple(items), valid)


def _order(problem: Problem) -> tuple[int, int, int]:
    if problem.line is None:
        return (1 if problem.code is not Code.TOO_MANY_PROBLEMS else 2, 0, 0)
    return (0, problem.line, problem.column or 0)


_APOSTROPHE_MESSAGE = translate(
    "Problems",
    "an apostrophe (') is not allowed anywhere in endpoint details; "
    'use double quotes (") around keys and strings',
)
_ESCAPED_APOSTROPHE_MESSAGE = translate(
    "Problems",
    "\\u0027 is an apostrophe (') written as an escape, and an apostrophe is not allowed "
    "anywhere in endpoint details, escaped or not; remove it",
)
# What the JSON reader says about a syntax error, in words a translation can replace (another
# text, from a later Python, is shown as it is).
_JSON_ERRORS = {
    "Expecting value": translate("Problems", "Expecting value"),
    "Expecting ',' delimiter": translate("Problems", "Expecting ',' delimiter"),
    "Expecting ':' delimiter": translate("Problems", "Expecting ':' delimiter"),
    "Expecting property name enclosed in double quotes": translate(
        "Problems", "Expecting property name enclosed in double quotes"
    ),
    "Extra data": translate("Problems", "Extra data"),
    "Extra data after the JSON value": translate("Problems", "Extra data after the JSON value"),
    "Unterminated string starting at": translate("Problems", "Unterminated string starting at"),
    "Invalid \\escape": translate("Problems", "Invalid \\escape"),
    "Invalid \\uXXXX escape": translate("Problems", "Invalid \\uXXXX escape"),
    "Illegal trailing comma before end of object": translate(
        "Problems", "Illegal trailing comma before end of object"
    ),
    "Illegal trailing comma before end of array": translate(
        "Problems", "Illegal trailing comma before end of array"
    ),
}


def _slow(text: str) -> CheckResult:
    found = _Problems(text)
    walked = jsontext.walk(text)
    quotes = _report_apostrophes(found, text, walked.members)
    if walked.too_deep:
        found.add(
            Code.NESTING_TOO_DEEP, translate("Problems", "the JSON is nested too deeply to read")
        )
        return found.result(None)
    if walked.error is not None:
        if walked.error_at not in quotes:  # an apostrophe there already says what is wrong
            found.add(Code.JSON_SYNTAX, _syntax_message(text, walked), at=walked.error_at)
        return found.result(None)
    literals, count = jsontext.non_finite_literals(text, MAX_PER_CODE)
    for at, literal in literals:
        found.add(
            Code.NON_FINITE_NUMBER,
            translate("Problems", "{literal} is not a JSON number; write a whole number").fill(
                literal=literal
            ),
            field=_member_at(walked.members, at),
            at=at,
        )
    found.per_code[Code.NON_FINITE_NUMBER] += count - len(literals)
    if walked.members is None:
        # Point at the value itself, which may follow blank lines.
        start = len(text) - len(text.lstrip(" \t\r\n"))
        _not_an_object(found, walked.other, start)
        return found.result(None)
    return _check_members(found, walked.members)


def _report_apostrophes(
    found: _Problems, text: str, members: tuple[jsontext.Member, ...] | None
) -> set[int]:
    """Report each apostrophe, written or escaped as \\u0027, against the field whose key or
    value holds it; return where the written ones are."""
    owner = _Owner(members)
    quotes: set[int] = set()
    escapes = jsontext.escaped_apostrophes(text)
    written = ((at, False) for at in jsontext.apostrophes(text))
    for at, escaped in heapq.merge(written, ((at, True) for at in escapes)):
        if found.full(Code.APOSTROPHE):
            # Count the rest without placing them: at most MAX_PER_CODE are shown.
            found.per_code[Code.APOSTROPHE] += (
                text.count("'", at) + len(escapes) - bisect.bisect_left(escapes, at)
            )
            break
        if not escaped:
            quotes.add(at)
        found.add(
            Code.APOSTROPHE,
            _ESCAPED_APOSTROPHE_MESSAGE if escaped else _APOSTROPHE_MESSAGE,
            field=owner.field_at(at),
            at=at,
        )
    return quotes


class _Owner:
    """Which endpoint field's key or value holds a position (None between them, or when the
    text could not be read as an object)."""

    def __init__(self, members: tuple[jsontext.Member, ...] | None) -> None:
        self._members = members or ()
        # Built at the first apostrophe: most files have none.
        self._starts: list[int] | None = None

    def field_at(self, at: int) -> str | None:
        if self._starts is None:
            self._starts = [m.key_at for m in self._members]
        index = bisect.bisect_right(self._starts, at) - 1
        if index < 0:
            return None
        member = self._members[index]
        inside = at < member.key_end or member.value_at <= at < member.value_end
        key = "groupId" if member.key == GROUP_ID_ALIAS else member.key
        return key if inside and key in _KNOWN else None


def _member_at(members: tuple[jsontext.Member, ...] | None, at: int) -> str | None:
    """The endpoint field whose value holds the character at `at`, if it is one."""
    owner = None
    for member in members or ():
        if member.value_at > at:
            break
        owner = member.key
    return owner if owner in KEYS else None


def _syntax_message(text: str, walked: jsontext.Walk) -> Words:
    at = walked.error_at
    error = walked.error or ""
    said = _JSON_ERRORS.get(error, error)
    if at >= len(text.rstrip(" \t\r\n")):
        return translate("Problems", "not valid JSON: the text ends too soon ({error})").fill(
            error=said
        )
    if error.startswith("Invalid control character"):
        if text[at] in "\r\n":
            return translate(
                "Problems",
                'not valid JSON: a string is not closed (no " before the end of the line)',
            )
        return translate(
            "Problems",
            "not valid JSON: the control character {character} must be written "
            "as an escape (such as \\t or \\u0009) inside a string",
        ).fill(character=f"U+{ord(text[at]):04X}")
    return translate("Problems", "not valid JSON: {error}").fill(error=said)


def _not_an_object(found: _Problems, value: object, at: int) -> None:
    if isinstance(value, list):
        count = sum(1 for _ in _endpoint_objects(value))
        if count == 0:
            if not value:
                message = translate(
                    "Problems",
                    "a file must define a single endpoint as one JSON object {{…}}, but this one "
                    "holds no endpoint (an empty array)",
                )
            else:
                message = translate(
                    "Problems",
                    "a file must define a single endpoint as one JSON object {{…}}, but this one "
                    "holds no endpoint (an array, with no endpoint in it)",
                )
            found.add(Code.MULTIPLE_ENDPOINTS, message, at=at)
            return
        if count == 1:
            message = translate(
                "Problems",
                "a file must define a single endpoint as one JSON object {{…}}, but this one "
                "holds an array with 1 endpoint object",
            )
        else:
            message = translate(
                "Problems",
                "a file must define a single endpoint as one JSON object {{…}}, but this one "
                "holds an array with {count} endpoint objects",
            ).fill(count=count)
        found.add(Code.MULTIPLE_ENDPOINTS, message, at=at)
    else:
        found.add(
            Code.NOT_AN_OBJECT,
            translate(
                "Problems",
                "a file must hold one JSON object {{…}} defining an endpoint, not {type}",
            ).fill(type=json_type(value)),
            at=at,
        )


def _endpoint_objects(value: object) -> list[JsonObject]:
    """Every object nested in `value` (itself included) that has an endpoint key."""
    found: list[JsonObject] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, JsonObject):
            if not _ENDPOINTISH.isdisjoint(map(_keys_of, item)):
                found.append(item)
            stack.extend(map(_values_of, item))
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _check_members(found: _Problems, members: tuple[jsontext.Member, ...]) -> CheckResult:
    # Only arrays and objects can nest an endpoint (JsonObject is a list too).
    nesting = [m for m in members if isinstance(m.value, list) and _endpoint_objects(m.value)]
    own = [m for m in members if m.key in _ENDPOINTISH]
    if nesting:
        count = sum(len(_endpoint_objects(m.value)) for m in nesting) + (1 if own else 0)
        where = ", ".join(f'"{_shown(m.key)}"' for m in nesting[:3])
        if count == 1:
            message = translate(
                "Problems",
                "a file must define a single endpoint as the top-level object; this one defines "
                "1, nested under {where}: move its keys to the top level",
            ).fill(where=where)
        else:
            message = translate(
                "Problems",
                "a file must define a single endpoint, but this one defines {count} "
                "(endpoint objects nested under {where})",
            ).fill(count=count, where=where)
        found.add(Code.MULTIPLE_ENDPOINTS, message, at=nesting[0].key_at)
        if not own:
            return found.result(None)
    skip = {id(m) for m in nesting}
    fields: dict[str, object] = {}
    url_host: str | None = None
    first_at: dict[str, int] = {}
    for member in members:
        key = member.key
        if key == GROUP_ID_ALIAS:
            found.add(
                Code.GROUPID_SPELLING,
                translate(
                    "Problems",
                    'the key is spelled "groupId" (the guide also writes groupID; read as groupId)',
                ),
                Severity.WARNING,
                "groupId",
                member.key_at,
            )
            key = "groupId"
        if key in first_at:
            if found.full(Code.DUPLICATE_KEY):  # counted, not placed: skip the line search
                found.per_code[Code.DUPLICATE_KEY] += 1
                continue
            line, _ = found.positions.at(first_at[key])
            found.add(
                Code.DUPLICATE_KEY,
                translate(
                    "Problems", '"{key}" is given again (first on line {line}); give each key once'
                ).fill(key=_shown(member.key), line=line),
                field=key if key in _KNOWN else None,
                at=member.key_at,
            )
            continue
        first_at[key] = member.key_at
        if key == "url":
            fields[key] = member.value
            findings, url_host = check_url_and_host(member.value)
            found.add_findings(findings, key, member.value_at)
        elif key in _KNOWN:
            fields[key] = member.value
            found.add_findings(FIELD_RULES[key](member.value), key, member.value_at)
        elif id(member) not in skip and not found.full(Code.UNKNOWN_KEY):
            found.add(Code.UNKNOWN_KEY, _unknown_key_message(key), at=member.key_at)
        else:
            found.per_code[Code.UNKNOWN_KEY] += id(member) not in skip
    for key in KEYS:
        if key not in fields:
            found.add(
                Code.MISSING_KEY,
                translate("Problems", '"{key}" is missing').fill(key=key),
                field=key,
            )
    endpoint = None
    if len(fields) == len(KEYS) and not any(p.is_error for p in found.items):
        host_name = fields["hostName"]
        assert isinstance(host_name, str) and url_host is not None
        found.add_findings(host_mismatch(host_name, url_host), "hostName", first_at["hostName"])
        endpoint = _endpoint(fields)
    return found.result(endpoint, fields)


def _shown(key: str) -> str:
    """A key as a message may quote it: half a surrogate pair (from a \\u escape) is no
    character and cannot be printed or encoded, so it is written back as its escape."""
    if key.isascii():
        return key
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", key)


def _unknown_key_message(key: str) -> Words:
    guess_from = key
    key = _shown(key)
    guess = _LOWER_KEYS.get(guess_from.lower()) or next(
        iter(difflib.get_close_matches(guess_from, KEYS, n=1, cutoff=0.75)), None
    )
    if guess is None and guess_from.lower() == GROUP_ID_ALIAS.lower():
        guess = "groupId"
    if guess is not None:
        return translate(
            "Problems", '"{key}" is not an endpoint key; did you mean "{guess}"?'
        ).fill(key=key, guess=guess)
    return translate("Problems", '"{key}" is not an endpoint key (the keys are {keys})').fill(
        key=key, keys=", ".join(KEYS)
    )
