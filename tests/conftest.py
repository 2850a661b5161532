"""Settings for every test: no test touches the real user's files, keyring or screen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


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
    return config


@pytest.fixture
def artifacts_dir() -> Path:
    """Where tests save screenshots and other things for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
