"""The endpoint details value: immutable, and its token never shown (SPEC §2.1, §5)."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle

import pytest

from nbwss_gui.domain.checker import check_bytes
from nbwss_gui.domain.endpoint import KEYS, EndpointDetails

TOKEN = "Zq7-secret-token-0123456789-ABCDEF"


def details(**changes: object) -> EndpointDetails:
    values: dict[str, object] = {
        "token": TOKEN,
        "priority": 3,
        "group_id": "group-a",
        "host_name": "example.com",
        "url": "wss://example.com/ws",
    }
    values.update(changes)
    return EndpointDetails(**values)  # type: ignore[arg-type]


def test_keys_are_the_five_vendor_keys_in_order() -> None:
    assert KEYS == ("token", "priority", "groupId", "hostName", "url")


@pytest.mark.parametrize("name", ["token", "priority", "group_id", "host_name", "url"])
def test_fields_cannot_be_changed(name: str) -> None:
    value = details()
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, name, "changed")
    assert value == details()


def test_no_new_attributes_can_be_added() -> None:
    value = details()
    with pytest.raises((AttributeError, TypeError)):
        value.extra = 1  # type: ignore[attr-defined]


def test_equal_details_are_equal_and_hash_alike() -> None:
    assert details() == details()
    assert hash(details()) == hash(details())
    assert details() != details(priority=4)
    assert details() != details(token=TOKEN + "x")


def test_replace_gives_a_new_value() -> None:
    value = details()
    moved = dataclasses.replace(value, priority=9)
    assert moved.priority == 9
    assert value.priority == 3
    assert moved.token == TOKEN


def test_repr_and_str_hide_the_token() -> None:
    value = details()
    for shown in (
        repr(value),
        str(value),
        f"{value}",
        f"{value!r}",
        repr([value]),
        repr({1: value}),
    ):
        assert TOKEN not in shown
        assert "secret" not in shown
    assert f"<{len(TOKEN)} characters>" in repr(value)
    assert "example.com" in repr(value)


def test_repr_hides_a_token_that_looks_like_other_text() -> None:
    value = details(token="wss://example.com/ws-token-value")
    assert "ws-token-value" not in repr(value)


def test_to_public_leaves_the_token_out() -> None:
    public = details().to_public()
    assert public == {
        "tokenLength": len(TOKEN),
        "priority": 3,
        "groupId": "group-a",
        "hostName": "example.com",
        "url": "wss://example.com/ws",
    }
    assert TOKEN not in json.dumps(public)
    assert "token" not in public


def test_copies_keep_the_token_and_still_hide_it() -> None:
    value = details()
    for copied in (copy.copy(value), copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
        assert copied == value
        assert copied.token == TOKEN
        assert TOKEN not in repr(copied)


def test_checked_endpoint_hides_its_token_too() -> None:
    data = json.dumps(
        {
            "token": TOKEN,
            "priority": 0,
            "groupId": "g",
            "hostName": "example.com",
            "url": "wss://example.com/",
        }
    ).encode()
    result = check_bytes(data)
    assert result.endpoint is not None
    assert result.endpoint.token == TOKEN
    assert TOKEN not in repr(result)
    assert TOKEN not in repr(result.endpoint)
    assert TOKEN not in json.dumps(result.endpoint.to_public())
