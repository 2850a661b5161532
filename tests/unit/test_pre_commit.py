"""`.pre-commit-config.yaml` runs the checks `make test` runs, from the same environment."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_pre_commit_runs_the_checks_of_make_test() -> None:
    """Each command of `make lint typecheck` is a hook of .pre-commit-config.yaml."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    hooks = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    entries = re.findall(r"^\s+entry: \.venv/bin/python -m (.+)$", hooks, re.M)
    for command in ("ruff check .", "ruff format --check .", "mypy nbwss_gui"):
        assert f"$(PY) -m {command}\n" in makefile, command
        tool_and_options = command.removesuffix(" .")
        assert any(entry.startswith(tool_and_options) for entry in entries), command
