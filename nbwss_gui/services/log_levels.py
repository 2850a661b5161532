"""The names `--log-level` takes, in a module of its own: the command line reads them before
the window opens, without loading the logging set-up (services.logs) on that path."""

from __future__ import annotations

LEVEL_NAMES: tuple[str, ...] = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def level_name(name: str) -> str:
    """The level named `name`, in capitals (any case, WARN for WARNING); ValueError says which
    names exist."""
    upper = name.strip().upper()
    if upper == "WARN":
        upper = "WARNING"
    if upper not in LEVEL_NAMES:
        raise ValueError(f"unknown log level {name!r}; use one of {', '.join(LEVEL_NAMES)}")
    return upper
