"""The shape of an endpoint file: one object, the five keys, no more, no less (SPEC §2.2)."""

from __future__ import annotations

import json
import re

import pytest

from nbwss_gui.domain.checker import CheckResult, check_bytes
from nbwss_gui.domain.endpoint import KEYS
from nbwss_gui.domain.problems import Code, Problem, Severity

GOOD = {
    "token": "tok-0123456789abcdef",
    "priority": 1,
    "groupId": "group-a",
    "hostName": "example.com",
    "url": "wss://example.com/ws",
}


def of(result: CheckResult, code: Code) -> list[Problem]:
    return [p for p in result.problems if p.code is code]


def test_the_good_file_has_no_problem(endpoint_file) -> None:
    result = check_bytes(endpoint_file().data)
    assert result.ok
    assert result.problems == ()
    assert result.endpoint is not None
    assert result.endpoint.to_public()["groupId"] == "group-a"


def test_keys_may_come_in_any_order(members_file) -> None:
    members = [(key, json.dumps(GOOD[key])) for key in reversed(KEYS)]
    result = check_bytes(members_file(members).data)
    assert result.ok, result.problems
    assert result.endpoint is not None
    assert result.endpoint.priority == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (json.dumps([GOOD, GOOD]), 2),
        (json.dumps([GOOD, GOOD, {**GOOD, "priority": 2}]), 3),
        (json.dumps([GOOD]), 1),
    ],
    ids=["two", "three", "one"],
)
def test_top_level_array_says_a_file_defines_one_endpoint(text: str, count: int) -> None:
    result = check_bytes(text.encode())
    assert not result.ok
    (problem,) = result.errors
    assert problem.code is Code.MULTIPLE_ENDPOINTS
    assert (problem.line, problem.column) == (1, 1)
    assert "single endpoint" in problem.message
    assert re.search(rf"\b{count} endpoint", problem.message), problem.message


@pytest.mark.parametrize(
    ("text", "kind"),
    [('"wss://example.com/"', "string"), ("42", "number"), ("null", "null"), ("true", "true")],
)
def test_top_level_scalar_is_not_an_object(text: str, kind: str) -> None:
    result = check_bytes(text.encode())
    (problem,) = result.errors
    assert problem.code is Code.NOT_AN_OBJECT
    assert (problem.line, problem.column) == (1, 1)
    assert "object" in problem.message
    assert kind in problem.message


def test_nested_endpoints_are_counted(members_file) -> None:
    members = [("primary", json.dumps(GOOD)), ("backup", json.dumps(GOOD))]
    layout = members_file(members)
    result = check_bytes(layout.data)
    assert not result.ok
    problem = of(result, Code.MULTIPLE_ENDPOINTS)[0]
    assert problem.severity is Severity.ERROR
    assert (problem.line, problem.column) == layout.key_at("primary")
    assert "single endpoint" in problem.message
    assert re.search(r"\b2\b", problem.message)
    assert '"primary"' in problem.message


def test_an_endpoint_nested_in_an_endpoint_counts_both(endpoint_file) -> None:
    layout = endpoint_file(extra=[("backup", json.dumps({**GOOD, "priority": 2}))])
    result = check_bytes(layout.data)
    assert not result.ok
    (problem,) = of(result, Code.MULTIPLE_ENDPOINTS)
    assert (problem.line, problem.column) == layout.key_at("backup")
    assert re.search(r"\b2\b", problem.message)


def test_endpoints_deep_inside_an_array_member_are_counted(members_file) -> None:
    listed = json.dumps({"list": [GOOD, {"inner": [GOOD, GOOD]}]})
    result = check_bytes(members_file([("servers", listed)]).data)
    (problem,) = of(result, Code.MULTIPLE_ENDPOINTS)
    assert re.search(r"\b3\b", problem.message), problem.message


@pytest.mark.parametrize("key", KEYS)
def test_each_missing_key_is_one_error(endpoint_file, key: str) -> None:
    result = check_bytes(endpoint_file(drop=[key]).data)
    assert not result.ok
    (problem,) = result.errors
    assert problem.code is Code.MISSING_KEY
    assert problem.field == key
    assert problem.line is None
    assert f'"{key}"' in problem.message
    assert "missing" in problem.message


def test_empty_object_misses_all_five_keys() -> None:
    result = check_bytes(b"{}")
    assert [(p.code, p.field) for p in result.errors] == [(Code.MISSING_KEY, k) for k in KEYS]


@pytest.mark.parametrize(
    ("key", "suggestion"),
    [
        ("hostname", "hostName"),
        ("Token", "token"),
        ("URL", "url"),
        ("groupid", "groupId"),
        ("prority", "priority"),
        ("hostNme", "hostName"),
    ],
)
def test_near_miss_key_gets_a_suggestion(endpoint_file, key: str, suggestion: str) -> None:
    layout = endpoint_file(extra=[(key, '"x"')])
    result = check_bytes(layout.data)
    assert not result.ok
    (problem,) = result.errors
    assert problem.code is Code.UNKNOWN_KEY
    assert (problem.line, problem.column) == layout.key_at(key)
    assert f'"{key}"' in problem.message
    assert f'did you mean "{suggestion}"' in problem.message


def test_unrelated_unknown_key_lists_the_real_keys(endpoint_file) -> None:
    layout = endpoint_file(extra=[("description", '"primary site"')])
    (problem,) = check_bytes(layout.data).errors
    assert problem.code is Code.UNKNOWN_KEY
    assert (problem.line, problem.column) == layout.key_at("description")
    assert "did you mean" not in problem.message
    for key in KEYS:
        assert key in problem.message


def test_misspelt_key_is_unknown_and_the_real_one_missing(endpoint_file) -> None:
    layout = endpoint_file(drop=["hostName"], extra=[("hostname", '"example.com"')])
    result = check_bytes(layout.data)
    assert sorted(p.code for p in result.errors) == sorted([Code.UNKNOWN_KEY, Code.MISSING_KEY])
    assert of(result, Code.MISSING_KEY)[0].field == "hostName"


def test_key_given_twice_is_an_error_at_the_second(endpoint_file) -> None:
    layout = endpoint_file(extra=[("token", '"another-token-value"')])
    result = check_bytes(layout.data)
    assert not result.ok
    (problem,) = result.errors
    assert problem.code is Code.DUPLICATE_KEY
    assert problem.field == "token"
    assert (problem.line, problem.column) == layout.key_at("token", 1)
    assert "first on line 2" in problem.message
    assert "another-token-value" not in problem.message


def test_unknown_key_given_twice_is_a_duplicate(endpoint_file) -> None:
    layout = endpoint_file(extra=[("note", '"a"'), ("note", '"b"')])
    result = check_bytes(layout.data)
    (duplicate,) = of(result, Code.DUPLICATE_KEY)
    assert (duplicate.line, duplicate.column) == layout.key_at("note", 1)
    assert len(of(result, Code.UNKNOWN_KEY)) == 1


def test_groupID_is_read_as_groupId_with_a_warning(members_file) -> None:
    members = [(k if k != "groupId" else "groupID", json.dumps(v)) for k, v in GOOD.items()]
    layout = members_file(members)
    result = check_bytes(layout.data)
    assert result.ok, result.problems
    assert result.endpoint is not None
    assert result.endpoint.group_id == "group-a"
    (problem,) = result.problems
    assert problem.code is Code.GROUPID_SPELLING
    assert problem.severity is Severity.WARNING
    assert problem.field == "groupId"
    assert (problem.line, problem.column) == layout.key_at("groupID")
    assert '"groupId"' in problem.message


def test_groupID_beside_groupId_is_a_duplicate(endpoint_file) -> None:
    layout = endpoint_file(extra=[("groupID", '"group-b"')])
    result = check_bytes(layout.data)
    assert not result.ok
    (duplicate,) = of(result, Code.DUPLICATE_KEY)
    assert duplicate.field == "groupId"
    assert (duplicate.line, duplicate.column) == layout.key_at("groupID")


def test_groupID_value_goes_through_the_groupId_rules(members_file) -> None:
    members = [(k, json.dumps(v)) for k, v in GOOD.items() if k != "groupId"]
    layout = members_file([*members, ("groupID", '""')])
    result = check_bytes(layout.data)
    assert not result.ok
    (problem,) = result.errors
    assert problem.code is Code.EMPTY_VALUE
    assert problem.field == "groupId"
    assert (problem.line, problem.column) == layout.value_at("groupID")


def test_too_many_problems_of_one_kind_are_capped_with_a_count(endpoint_file) -> None:
    extra = [(f"extra{i}", "0") for i in range(130)]
    result = check_bytes(endpoint_file(extra=extra).data)
    assert not result.ok
    unknown = of(result, Code.UNKNOWN_KEY)
    assert 1 <= len(unknown) < 130
    (cap,) = of(result, Code.TOO_MANY_PROBLEMS)
    assert cap.severity is Severity.WARNING
    assert str(130 - len(unknown)) in cap.message
    assert len(result.problems) < 60


def test_many_apostrophes_are_capped_too() -> None:
    result = check_bytes(b"'" * 1000)
    shown = of(result, Code.APOSTROPHE)
    assert 1 <= len(shown) < 1000
    (cap,) = of(result, Code.TOO_MANY_PROBLEMS)
    assert str(1000 - len(shown)) in cap.message


def test_problems_come_in_reading_order(endpoint_file) -> None:
    layout = endpoint_file(
        raw_values={"priority": '"1"'}, url="ws://example.com/", extra=[("zzz", "1")]
    )
    result = check_bytes(layout.data)
    placed = [(p.line, p.column) for p in result.problems if p.line is not None]
    assert placed == sorted(placed)
    assert len(placed) == 3
