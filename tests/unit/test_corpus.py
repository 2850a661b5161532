"""The endpoint-file corpus and the bundled examples, checked against their manifests.

tests/data/endpoints/manifest.json says, for each file, whether it is valid and which
problems it has (code, severity, line/column or byte offset). The expectations were written
from SPEC §2.1/§2.2 by reading each file, so a mismatch is a checker bug until shown otherwise.
"""

from __future__ import annotations

import importlib.resources
import json
import re
from pathlib import Path
from typing import Any

import pytest

from nbwss_gui.domain.checker import CheckResult, check_bytes
from nbwss_gui.domain.endpoint import KEYS
from nbwss_gui.domain.problems import Code, Problem, Severity

CORPUS = Path(__file__).resolve().parents[1] / "data" / "endpoints"
MANIFEST_NAME = "manifest.json"
MANIFEST: dict[str, dict[str, Any]] = json.loads(
    (CORPUS / MANIFEST_NAME).read_text(encoding="utf-8")
)["files"]

# Codes no endpoint file can produce.
NOT_IN_CORPUS = {
    # Set by the certificate checks (SPEC §3.3) once an endpoint is contacted.
    Code.CERT_EXPIRING,
}

EXAMPLES_PACKAGE = "nbwss_gui.resources.examples"


def _problem(code: str, line: int | None = None, column: int | None = None, **kw: Any) -> dict:
    return {"code": code, "severity": "error", "line": line, "column": column, **kw}


def _warning(code: str, line: int | None = None, column: int | None = None) -> dict:
    return {"code": code, "severity": "warning", "line": line, "column": column}


# The examples shipped in the wheel (resources/examples), written the same way as the manifest.
EXAMPLES: dict[str, dict[str, Any]] = {
    "good-primary.json": {"valid": True, "problems": []},
    "good-secondary.json": {"valid": True, "problems": []},
    "bad-apostrophe.json": {"valid": False, "problems": [_problem("apostrophe", 4, 25)]},
    "bad-ws-url.json": {
        "valid": False,
        "problems": [_problem("url-ws", 6, 10, says="ws:// is not supported")],
    },
    "bad-types.json": {
        "valid": False,
        "problems": [
            _problem("wrong-type", 3, 15, says="remove the quotes"),
            _problem("wrong-type", 4, 14),
        ],
    },
    "warning-groupID.json": {"valid": True, "problems": [_warning("groupid-spelling", 4, 3)]},
}


def _key(problem: dict[str, Any] | Problem) -> tuple[str, str, int, int, int]:
    """A sortable form of a problem: code, severity and position (-1 where there is none)."""
    if isinstance(problem, Problem):
        code, severity = problem.code.value, problem.severity.value
        line, column, offset = problem.line, problem.column, problem.offset
    else:
        code, severity = problem["code"], problem["severity"]
        line, column, offset = problem["line"], problem["column"], problem.get("offset")
    return (
        code,
        severity,
        -1 if line is None else line,
        -1 if column is None else column,
        -1 if offset is None else offset,
    )


def _assert_matches(result: CheckResult, expected: dict[str, Any]) -> None:
    got = sorted(_key(p) for p in result.problems)
    want = sorted(_key(p) for p in expected["problems"])
    assert got == want, "\n".join(f"{p.where()} {p.code} {p.message}" for p in result.problems)
    assert result.ok is expected["valid"]
    assert (result.endpoint is not None) is expected["valid"]
    for problem in expected["problems"]:
        if "says" in problem:
            messages = [p.message for p in result.problems if p.code.value == problem["code"]]
            assert any(problem["says"] in m for m in messages), messages


def _assert_well_formed(result: CheckResult) -> None:
    for problem in result.problems:
        assert problem.message.strip()
        assert problem.field is None or problem.field in KEYS
        assert isinstance(problem.severity, Severity)
        if problem.line is not None:
            assert problem.line >= 1 and problem.column is not None and problem.column >= 1


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_corpus_file_gives_the_expected_problems(name: str) -> None:
    result = check_bytes((CORPUS / name).read_bytes())
    _assert_matches(result, MANIFEST[name])
    _assert_well_formed(result)


def test_every_corpus_file_is_in_the_manifest_and_back() -> None:
    on_disk = {p.name for p in CORPUS.iterdir() if p.name != MANIFEST_NAME}
    assert on_disk == set(MANIFEST)
    assert len(on_disk) >= 40


def test_every_code_appears_in_the_corpus() -> None:
    expected = {
        problem["code"]
        for entry in [*MANIFEST.values(), *EXAMPLES.values()]
        for problem in entry["problems"]
    }
    assert {Code(code) for code in expected} == set(Code) - NOT_IN_CORPUS


def test_manifest_severities_and_validity_agree() -> None:
    for name, entry in {**MANIFEST, **EXAMPLES}.items():
        has_error = any(p["severity"] == "error" for p in entry["problems"])
        assert entry["valid"] is not has_error, name
        for problem in entry["problems"]:
            assert Code(problem["code"]) and Severity(problem["severity"]), name


def _decoded(data: bytes) -> str:
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, "replace")
    return data.decode("utf-8", "replace")


# A token as written: the string after "token" (or a near miss of it) up to its closing quote or
# the end of the line (the vendor's example cuts its token off).
_TOKEN_WRITTEN = re.compile(r'"(?:token|Token|tok[^"]*)"\s*:\s*"((?:[^"\\\r\n]|\\.)*)', re.I)


def _tokens(name: str) -> set[str]:
    """The tokens written in a corpus file (long enough not to match by chance)."""
    data = (CORPUS / name).read_bytes()
    return {t for t in _TOKEN_WRITTEN.findall(_decoded(data)) if len(t) >= 6}


WITH_TOKEN = [name for name in sorted(MANIFEST) if _tokens(name)]


def test_most_corpus_files_carry_a_token() -> None:
    assert len(WITH_TOKEN) >= 90


@pytest.mark.parametrize("name", WITH_TOKEN)
def test_no_problem_message_repeats_the_token(name: str) -> None:
    tokens = _tokens(name)
    result = check_bytes((CORPUS / name).read_bytes())
    for problem in result.problems:
        shown = " ".join(str(v) for v in problem.to_json().values())
        for token in tokens:
            assert token not in shown
            assert token.strip() not in shown
    if result.endpoint is not None:
        assert result.endpoint.token not in repr(result.endpoint)
        assert result.endpoint.token not in json.dumps(result.endpoint.to_public())


def test_the_vendor_example_is_refused_where_its_token_is_cut_off() -> None:
    data = (CORPUS / "vendor-example.json").read_bytes()
    assert b'"token": "MIID4TCCAsmgAwIBAgIEBZCDRzANBgkqhkiG9w0BAQsFADBxMQs\n' in data
    result = check_bytes(data)
    assert [(p.code, p.line) for p in result.problems] == [(Code.JSON_SYNTAX, 2)]


def test_the_largest_allowed_file_is_read_and_one_more_byte_is_refused() -> None:
    at_cap = (CORPUS / "valid-size-at-cap.json").read_bytes()
    over = (CORPUS / "too-large.json").read_bytes()
    assert (len(at_cap), len(over)) == (65536, 65537)
    assert check_bytes(at_cap).ok
    assert [p.code for p in check_bytes(over).problems] == [Code.TOO_LARGE]


def test_the_examples_are_exactly_the_documented_ones() -> None:
    folder = importlib.resources.files(EXAMPLES_PACKAGE)
    names = {item.name for item in folder.iterdir() if item.name.endswith(".json")}
    assert names == set(EXAMPLES)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_example_gives_the_expected_problems(name: str) -> None:
    data = importlib.resources.files(EXAMPLES_PACKAGE).joinpath(name).read_bytes()
    result = check_bytes(data)
    _assert_matches(result, EXAMPLES[name])
    _assert_well_formed(result)
    tokens = _TOKEN_WRITTEN.findall(data.decode("utf-8"))
    assert tokens and all(t.startswith("demo-token-") for t in tokens)
    for problem in result.problems:
        assert not any(t in problem.message for t in tokens)


@pytest.mark.parametrize("name", ["good-primary.json", "good-secondary.json"])
def test_good_examples_dial_loopback(name: str) -> None:
    data = importlib.resources.files(EXAMPLES_PACKAGE).joinpath(name).read_bytes()
    endpoint = check_bytes(data).endpoint
    assert endpoint is not None
    assert endpoint.host_name in {"localhost", "127.0.0.1"}
