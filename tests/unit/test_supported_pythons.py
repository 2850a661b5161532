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


def test_the_classifiers_name_the_tested_versions_and_are_all_known() -> None:
    from trove_classifiers import classifiers as known

    classifiers = PYPROJECT["project"]["classifiers"]
    unknown = [c for c in classifiers if c not in known]
    assert not unknown, f"PyPI refuses unknown classifiers: {unknown}"
    prefix = "Programming Language :: Python :: "
    named = [
        c.removeprefix(prefix)
        for c in classifiers
        if re.fullmatch(r"\d+\.\d+", c[len(prefix) :]) and c.startswith(prefix)
    ]
    assert named == [f"{major}.{minor}" for major, minor in ci_versions()]
    # PEP 639: the licence is the SPDX expression alone, never a classifier as well.
    assert not [c for c in classifiers if c.startswith("License ::")]
