"""Where the application keeps its files (SPEC §5)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "nbwss-gui"
CONFIG_DIR_ENV = "NBWSS_GUI_CONFIG_DIR"
CONFIG_FILE_NAME = "endpoints.json"


def config_dir() -> Path:
    """$NBWSS_GUI_CONFIG_DIR when set (tests, demo mode, portable use), else the platform's."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    # platformdirs is small, but only the default path needs it.
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    return config_dir() / CONFIG_FILE_NAME
