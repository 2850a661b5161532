"""The config file: atomic saves, unreadable files moved aside, and registered endpoints as JSON."""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.domain.registered import (
    RegisteredEndpoint,
    normalize_fingerprint,
    sort_endpoints,
    url_key,
)
from nbwss_gui.services import paths
from nbwss_gui.services.config import ConfigError, ConfigStore

DETAILS = EndpointDetails(
    token="config-test-token-7c1e",
    priority=2,
    group_id="group-a",
    host_name="cloud.example.com",
    url="wss://cloud.example.com:8443/nbwss",
)
PIN = ":".join(["AB"] * 32)
CORRUPT_NAME = re.compile(r"endpoints\.json\.corrupt-\d{8}T\d{6}Z(-\d+)?")


def endpoint(**changes: Any) -> RegisteredEndpoint:
    entry = RegisteredEndpoint.from_details(DETAILS, pinned_sha256=PIN, now="2026-01-02T03:04:05Z")
    return dataclasses.replace(entry, **changes)


def test_paths_follow_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NBWSS_GUI_CONFIG_DIR", str(tmp_path / "elsewhere"))
    assert paths.config_dir() == tmp_path / "elsewhere"
    assert paths.config_file() == tmp_path / "elsewhere" / "endpoints.json"
    monkeypatch.delenv("NBWSS_GUI_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert paths.config_dir() == tmp_path / "xdg" / "nbwss-gui"


def test_registered_endpoint_json_round_trip_has_no_token() -> None:
    entry = endpoint()
    data = entry.to_json()
    assert RegisteredEndpoint.from_json(data) == entry
    text = json.dumps(data)
    assert DETAILS.token not in text
    assert "token" not in text.lower()
    assert entry.added_at == entry.changed_at == "2026-01-02T03:04:05Z"
    assert re.fullmatch(r"[0-9a-f]{32}", entry.id)
    assert entry.state == "ACTIVATED"


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"token": "leaked"}, "unexpected key 'token'"),
        ({"id": "not-an-id"}, "32 lower-case hex"),
        ({"priority": "1"}, "priority"),
        ({"priority": True}, "priority"),
        ({"activated": "yes"}, "activated"),
        ({"pinnedSha256": "ab:cd"}, "pinnedSha256"),
        ({"url": ""}, "'url'"),
    ],
)
def test_registered_endpoint_from_json_refuses_bad_entries(
    change: dict[str, object], complaint: str
) -> None:
    data = {**endpoint().to_json(), **change}
    with pytest.raises(ValueError, match=re.escape(complaint)):
        RegisteredEndpoint.from_json(data)


def test_replace_helpers_keep_identity_and_stamp_changes() -> None:
    entry = endpoint()
    off = entry.with_activated(False, now="2026-02-01T00:00:00Z")
    assert (off.id, off.added_at, off.activated, off.state) == (
        entry.id,
        entry.added_at,
        False,
        "DEACTIVATED",
    )
    assert off.changed_at == "2026-02-01T00:00:00Z"
    assert off.with_activated(False) is off
    unpinned = entry.with_pin(None, now="2026-03-01T00:00:00Z")
    assert unpinned.pinned_sha256 is None and unpinned.changed_at == "2026-03-01T00:00:00Z"
    moved = entry.with_details(
        EndpointDetails("t", 9, "group-b", "other.example.com", "wss://other.example.com/"),
        pinned_sha256=None,
        activated=True,
    )
    assert (moved.id, moved.added_at, moved.priority, moved.group_id) == (
        entry.id,
        entry.added_at,
        9,
        "group-b",
    )


def test_fingerprints_are_normalized() -> None:
    raw = "ab" * 32
    assert normalize_fingerprint(raw) == PIN
    assert normalize_fingerprint(PIN.lower()) == PIN
    with pytest.raises(ValueError, match="64 hexadecimal digits"):
        normalize_fingerprint("ab" * 31)


def test_url_key_ignores_case_of_scheme_and_host_and_default_port() -> None:
    assert url_key("WSS://Cloud.Example.COM:443/a") == url_key("wss://cloud.example.com/a")
    assert url_key("wss://h.example.com") == url_key("wss://h.example.com/")
    assert url_key("wss://h.example.com/A") != url_key("wss://h.example.com/a")
    assert url_key("wss://h.example.com:8443/") != url_key("wss://h.example.com/")
    assert url_key("wss://[::1]:9000/x") == "wss://[::1]:9000/x"


def test_sort_is_by_group_then_priority_host_url() -> None:
    a = endpoint(id="a" * 32, group_id="g2", priority=0)
    b = endpoint(id="b" * 32, group_id="g1", priority=5, host_name="z.example.com")
    c = endpoint(id="c" * 32, group_id="g1", priority=5, host_name="A.example.com")
    d = endpoint(id="d" * 32, group_id="g1", priority=1)
    assert [e.id[0] for e in sort_endpoints([a, b, c, d])] == ["d", "c", "b", "a"]


def test_missing_file_loads_empty(tmp_path: Path) -> None:
    loaded = ConfigStore(tmp_path / "endpoints.json").load()
    assert loaded.endpoints == [] and loaded.settings == {} and loaded.moved_aside is None


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    store = ConfigStore(tmp_path / "sub" / "endpoints.json")
    entries = [endpoint(), endpoint(id="e" * 32, url="wss://x.example.com/", activated=False)]
    store.save(entries, {"keepAlive.scheduledRate": "15"})
    loaded = ConfigStore(store.path).load()
    assert loaded.endpoints == entries
    assert loaded.settings == {"keepAlive.scheduledRate": "15"}
    assert loaded.moved_aside is None
    document = json.loads(store.path.read_text("utf-8"))
    assert document["formatVersion"] == 1
    assert DETAILS.token not in store.path.read_text("utf-8")


def test_atomic_save_leaves_no_temp_files(tmp_path: Path) -> None:
    folder = tmp_path / "cfg"
    store = ConfigStore(folder / "endpoints.json")
    for round_ in range(5):
        store.save([endpoint(priority=round_)], {})
    assert sorted(p.name for p in folder.iterdir()) == ["endpoints.json"]
    assert ConfigStore(store.path).load().endpoints[0].priority == 4
    if os.name == "posix":
        assert store.path.stat().st_mode & 0o077 == 0


def test_failed_save_cleans_up_its_temp_file_and_keeps_the_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "cfg"
    store = ConfigStore(folder / "endpoints.json")
    # A non-empty folder where the file should be: the rename fails, for root too.
    store.path.mkdir(parents=True)
    (store.path / "keep").write_text("x")
    with pytest.raises(ConfigError, match="could not be written") as caught:
        store.save([endpoint()], {})
    assert "Nothing was saved" in caught.value.message
    assert sorted(p.name for p in folder.iterdir()) == ["endpoints.json"]
    assert (store.path / "keep").read_text() == "x"


def test_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a regular file where the config folder should be")
    store = ConfigStore(blocker / "endpoints.json")
    assert store.load().endpoints == []
    with pytest.raises(ConfigError) as caught:
        store.save([endpoint()], {})
    assert str(blocker) in caught.value.message
    assert "cannot be created" in caught.value.message
    assert blocker.read_text().startswith("a regular file")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[]", "not a JSON object"),
        (b'{"formatVersion": 99, "endpoints": []}', "formatVersion is 99"),
        (b'{"formatVersion": 1, "endpoints": {}}', "'endpoints' is not a list"),
        (b'{"formatVersion": 1, "endpoints": [], "settings": {"a": 1}}', "'settings'"),
        (b'{"formatVersion": 1, "endpoints": [{"id": "x"}]}', "32 lower-case hex"),
    ],
)
def test_unreadable_file_is_moved_aside_with_its_bytes(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "endpoints.json"
    path.write_bytes(content)
    loaded = ConfigStore(path).load()
    assert loaded.endpoints == []
    assert loaded.moved_aside is not None
    assert CORRUPT_NAME.fullmatch(loaded.moved_aside.name)
    assert loaded.moved_aside.parent == tmp_path
    assert loaded.moved_aside.read_bytes() == content
    assert not path.exists()
    assert loaded.reason is not None and reason in loaded.reason


def test_duplicate_ids_are_a_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "endpoints.json"
    ConfigStore(path).save([endpoint()], {})
    document = json.loads(path.read_text())
    document["endpoints"] *= 2
    path.write_text(json.dumps(document))
    loaded = ConfigStore(path).load()
    assert loaded.moved_aside is not None and loaded.reason == "two endpoints have the same id"


def test_a_second_corrupt_file_in_the_same_second_does_not_overwrite_the_first(
    tmp_path: Path,
) -> None:
    path = tmp_path / "endpoints.json"
    moved = []
    for content in (b"first", b"second", b"third"):
        path.write_bytes(content)
        result = ConfigStore(path).load().moved_aside
        assert result is not None
        moved.append(result)
    assert len(set(moved)) == 3
    assert sorted(p.read_bytes() for p in moved) == [b"first", b"second", b"third"]


def test_unreadable_file_that_cannot_be_moved_is_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "endpoints.json"
    path.write_bytes(b"{broken")
    store = ConfigStore(path)

    # A read-only folder would do, but not for root, who runs these tests in CI.
    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    with pytest.raises(ConfigError, match="could not be moved aside") as caught:
        store.load()
    monkeypatch.undo()
    assert "Permission denied" in caught.value.message
    assert path.read_bytes() == b"{broken"


def test_a_save_removes_the_temp_files_cut_off_saves_left_but_not_fresh_ones(
    tmp_path: Path,
) -> None:
    store = ConfigStore(tmp_path / "endpoints.json")
    old = tmp_path / ".endpoints.json.abc123.tmp"
    fresh = tmp_path / ".endpoints.json.def456.tmp"  # another process saving right now
    other = tmp_path / ".notes.txt.zzz.tmp"
    for path in (old, fresh, other):
        path.write_bytes(b"{half")
    long_ago = os.path.getmtime(old) - 3600
    os.utime(old, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    store.save([], {})
    assert not old.exists()
    assert fresh.exists() and other.exists()
    assert store.load().endpoints == []
