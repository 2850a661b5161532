"""The Python versions the project claims are the ones `.ci/run` tests, and no others."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def ci_versions() -> list[tuple[int, int]]:
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    match = re.search(r'^PYTHON_VERSIONS="([^"]+)"$', text, re.M)
    assert match, ".ci/run names the Python versions it tests in PYTHON_VERSIONS"
    versions = [tuple(int(part) for part in word.split(".")) for word in match.group(1).split()]
    assert versions == sorted(versions)
    return [(major, minor) for major, minor in versions]


def test_requires_python_admits_exactly_the_ci_versions() -> None:
    allowed = SpecifierSet(PYPROJECT["project"]["requires-python"])
    tested = ci_versions()
    for major, minor in tested:
        assert allowed.contains(f"{major}.{minor}.0"), f"{major}.{minor} is tested"
    # Consecutive minor versions, and nothing beside them.
    assert [minor for _, minor in tested] == list(range(tested[0][1], tested[-1][1] + 1))
    major, lowest = tested[0]
    assert not allowed.contains(f"{major}.{lowest - 1}.99")
    assert not allowed.contains(f"{major}.{tested[-1][1] + 1}.0"), "only tested versions"


def test_the_tools_check_against_the_oldest_tested_version() -> None:
    major, minor = ci_versions()[0]
    assert PYPROJECT["tool"]["ruff"]["target-version"] == f"py{major}{minor}"
    assert PYPROJECT["tool"]["mypy"]["python_version"] == f"{major}.{minor}"
