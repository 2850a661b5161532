"""The diagnostics bundle (SPEC §6.4): what it holds, and that no token is in it."""

from __future__ import annotations

import dataclasses
import json
import logging
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest

from nbwss_gui import __version__
from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.services import diagnostics, logs
from nbwss_gui.services.config import ConfigStore
from nbwss_gui.services.diagnostics import DiagnosticsError, export_diagnostics

# Known to the process (registered), passed for this export only, and never told to anyone.
REGISTERED = "registered-token/+&=é€-0123456789abcdefghij"
PASSED = "passed-token-ZYXWVUTSRQPONMLKJIHGFEDCBA"
UNTOLD = "untold-token-only-seen-as-a-json-pair"
TOKENS = (REGISTERED, PASSED, UNTOLD)
MEMBERS = {
    "README.txt",
    "system.json",
    "config.json",
    "events.json",
    "certificates.json",
    "log-tail.txt",
}


@dataclasses.dataclass
class FakeCertificate:
    subject: str
    sha256: str


@pytest.fixture(autouse=True)
def _clean_logging() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    yield
    logs.remove_handlers()
    logs.SECRETS.clear()
    root.setLevel(level)


def endpoint(number: int) -> RegisteredEndpoint:
    return RegisteredEndpoint.from_json(
        {
            "id": f"{number:032x}",
            "priority": number,
            "groupId": "east",
            "hostName": "cloud.example",
            "url": f"wss://cloud.example/nbwss/{number}",
            "activated": True,
            "pinnedSha256": None,
            "addedAt": "2026-01-01T00:00:00Z",
            "changedAt": "2026-01-01T00:00:00Z",
        }
    )


def encodings_of(token: str) -> list[bytes]:
    """The byte strings a token could appear as in a file of the bundle."""
    texts = {
        token,
        quote(token, safe=""),
        quote_plus(token),
        json.dumps(token)[1:-1],
        json.dumps(token, ensure_ascii=False)[1:-1],
    }
    found: list[bytes] = []
    for text in texts:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append(text.encode(encoding))
    return found


def make_bundle(tmp_path: Path, config_text: str | None = None) -> Path:
    log_path = logs.setup_logging("DEBUG", directory=tmp_path / "logs")
    assert log_path is not None
    # A line written before this process knew the token: only the export's redaction can
    # keep it out.
    with log_path.open("a", encoding="utf-8") as raw:
        raw.write(f"2026-01-01 00:00:00,000 INFO     old: connected with {REGISTERED}\n")
        raw.write(f"2026-01-01 00:00:01,000 INFO     old: sent {json.dumps({'token': UNTOLD})}\n")
    logs.add_secret(REGISTERED)
    logging.getLogger("nbwss_gui.test").info("marker line %s", REGISTERED)

    config = tmp_path / "config" / "endpoints.json"
    ConfigStore(config).save([endpoint(1), endpoint(2)], {"connectionInfo.period": "60"})
    if config_text is None:
        document = json.loads(config.read_text(encoding="utf-8"))
        document["endpoints"][0]["token"] = UNTOLD  # never written by the app: scrubbed anyway
        document["endpoints"][1]["tokenLength"] = 42
        config.write_text(json.dumps(document), encoding="utf-8")
    else:
        config.write_text(config_text, encoding="utf-8")

    target = tmp_path / "out" / "bundle.zip"
    target.parent.mkdir()
    return export_diagnostics(
        target,
        keyring_backend="SecretService Keyring (priority: 5)",
        config_path=config,
        events=[
            {"at": "2026-01-01T00:00:00Z", "endpoint": "east-1", "state": "CONNECTING"},
            {"at": datetime(2026, 1, 1, tzinfo=UTC), "error": f"rejected {REGISTERED}"},
            f"url wss://h/?auth={quote(REGISTERED, safe='')}",
            f"passed {PASSED}",
            {"payload": {"token": UNTOLD}},
        ],
        certificates=[FakeCertificate(subject=f"CN={PASSED}", sha256="AB:CD")],
        log_path=log_path,
        extra={"qtPlatform": "offscreen", "sessionToken": UNTOLD},
        secrets=[PASSED],
        now=datetime(2026, 11, 28, 5, 4, 10, tzinfo=UTC),
    )


def test_no_token_appears_anywhere_in_the_bundle(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    raw = bundle.read_bytes()
    with zipfile.ZipFile(bundle) as archive:
        assert set(archive.namelist()) == MEMBERS
        contents = {name: archive.read(name) for name in archive.namelist()}
    for token in TOKENS:
        for encoded in encodings_of(token):
            assert encoded not in raw
            for name, data in contents.items():
                assert encoded not in data, (token, name)
    assert b"marker line <redacted>" in contents["log-tail.txt"]
    assert b"connected with <redacted>" in contents["log-tail.txt"]


def test_the_bundle_says_what_support_needs(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    with zipfile.ZipFile(bundle) as archive:
        system = json.loads(archive.read("system.json"))
        config = json.loads(archive.read("config.json"))
        events = json.loads(archive.read("events.json"))
        certificates = json.loads(archive.read("certificates.json"))
        readme = archive.read("README.txt").decode("utf-8")
        infos = archive.infolist()
    assert system["formatVersion"] == 1
    assert system["createdAt"] == "2026-11-28T05:04:10Z"
    versions = system["versions"]
    assert versions["nbwss-gui"] == __version__
    for library in ("Python", "PySide6", "websockets", "aiohttp", "keyring", "cryptography"):
        assert versions[library] not in ("", "not installed"), library
    assert system["keyringBackend"] == "SecretService Keyring (priority: 5)"
    assert system["platform"]["system"]
    assert system["extra"] == {"qtPlatform": "offscreen", "sessionToken": "<redacted>"}
    endpoints = config["content"]["endpoints"]
    assert [e["url"] for e in endpoints] == [
        "wss://cloud.example/nbwss/1",
        "wss://cloud.example/nbwss/2",
    ]
    assert endpoints[0]["token"] == "<redacted>"
    assert endpoints[1]["tokenLength"] == 42
    assert config["content"]["settings"] == {"connectionInfo.period": "60"}
    assert len(events) == 5
    assert events[0]["state"] == "CONNECTING"
    assert events[1]["at"].startswith("2026-01-01 00:00:00")
    assert certificates == [{"subject": "CN=<redacted>", "sha256": "AB:CD"}]
    assert __version__ in readme
    assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in infos)


def test_a_config_file_that_is_not_json_is_kept_as_text_without_its_token(
    tmp_path: Path,
) -> None:
    broken = '{"endpoints": [{"token": "' + UNTOLD + '", "url": "wss://x"'
    bundle = make_bundle(tmp_path, config_text=broken)
    with zipfile.ZipFile(bundle) as archive:
        config = json.loads(archive.read("config.json"))
    assert config["error"].startswith("not valid JSON")
    assert '"url": "wss://x"' in config["text"]
    assert UNTOLD not in config["text"]


def test_a_missing_config_file_and_log_are_said_so(tmp_path: Path) -> None:
    target = tmp_path / "b.zip"
    export_diagnostics(
        target,
        keyring_backend="fail Keyring",
        config_path=tmp_path / "none.json",
        log_path=tmp_path / "none.log",
    )
    with zipfile.ZipFile(target) as archive:
        config = json.loads(archive.read("config.json"))
        tail = archive.read("log-tail.txt").decode("utf-8")
    assert config["note"] == "the configuration file does not exist"
    assert "empty or cannot be read" in tail


def test_an_existing_bundle_is_replaced_whole_and_no_temporary_file_stays(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "b.zip"
    target.write_bytes(b"old")
    export_diagnostics(target, keyring_backend="x", log_path=tmp_path / "none.log")
    assert zipfile.is_zipfile(target)
    assert sorted(p.name for p in folder.iterdir()) == ["b.zip"]


def test_a_failed_write_leaves_the_previous_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "b.zip"
    target.write_bytes(b"old")
    written: list[str] = []
    original = zipfile.ZipFile.writestr

    def full_disk(self: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes) -> None:
        if written:
            raise OSError(28, "No space left on device")
        written.append(info.filename)
        original(self, info, data)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full_disk)
    with pytest.raises(DiagnosticsError, match="No space left on device"):
        export_diagnostics(target, keyring_backend="x", log_path=tmp_path / "none.log")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in folder.iterdir()) == ["b.zip"]


def test_a_folder_that_does_not_exist_is_refused_in_words(tmp_path: Path) -> None:
    with pytest.raises(DiagnosticsError, match="does not exist"):
        export_diagnostics(tmp_path / "no" / "b.zip", keyring_backend="x")


def test_the_default_file_name_carries_the_time() -> None:
    when = datetime(2026, 11, 28, 5, 4, 10, tzinfo=UTC)
    assert diagnostics.default_file_name(when) == "nbwss-gui-diagnostics-20261128T050410Z.zip"
