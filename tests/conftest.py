"""Settings for every test: no test touches the real user's files, keyring or screen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
# Set by packaging/with-test-keyring.sh (`make test`): the Secret Service on this D-Bus session
# is a throw-away keyring, which the tests may fill and empty.
TEST_KEYRING_ENV = "NBWSS_GUI_TEST_KEYRING"
REQUIRE_REAL_KEYRING = os.environ.get("NBWSS_GUI_REQUIRE_REAL_KEYRING") == "1"


def pytest_runtest_setup(item: pytest.Item) -> None:
    """A real-keyring test writes entries: never to the person's own keyring."""
    if item.get_closest_marker("realkeyring") is None or os.environ.get(TEST_KEYRING_ENV):
        return
    reason = (
        "writes to a real keyring, so it runs only inside the throw-away one of `make test` "
        "(packaging/with-test-keyring.sh)"
    )
    if REQUIRE_REAL_KEYRING:
        pytest.fail(f"NBWSS_GUI_REQUIRE_REAL_KEYRING=1 but this test {reason}")
    pytest.skip(f"this test {reason}")


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the config, data and log folders at a fresh temporary folder."""
    home = tmp_path / "home"
    config = home / "config"
    config.mkdir(parents=True)
    monkeypatch.setenv("NBWSS_GUI_CONFIG_DIR", str(config))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    # The command line speaks the language gettext finds here first: the tests read English
    # on every desktop, and the German tests ask for German themselves.
    monkeypatch.setenv("LANGUAGE", "en")
    return config


@pytest.fixture
def artifacts_dir() -> Path:
    """Where tests save screenshots and other things for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
