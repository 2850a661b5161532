"""`nbwss-gui check` over hostile files, as a subprocess: never a traceback, and with --json
always one complete JSON document with a result per source, whatever one file did."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nbwss_gui.cli.check import outcome_to_json
from nbwss_gui.cli.output import format_problems, printable
from nbwss_gui.services.sources import read_file_details

ROOT = Path(__file__).resolve().parents[2]
GOOD = (ROOT / "tests/data/endpoints/valid-basic.json").read_bytes()
GOOD_TEXT = GOOD.decode("utf-8")


def hostile_files(folder: Path) -> dict[str, bytes]:
    deep = 30_000
    return {
        "key-lone-escape.json": b'{"\\udfaa": 1}',
        "value-lone-escape.json": GOOD_TEXT.replace('"GROUP', '"\\ud800GROUP', 1).encode(),
        "key-raw-surrogate.json": b'{"\xed\xa0\x80": 1}',
        "value-raw-surrogate.json": GOOD.replace(b'"GROUP', b'"\xed\xbf\xbfGROUP', 1),
        "bom-utf8.json": b"\xef\xbb\xbf" + GOOD,
        "bom-utf16le.json": b"\xff\xfe" + GOOD_TEXT.encode("utf-16-le"),
        "bom-utf16be.json": b"\xfe\xff" + GOOD_TEXT.encode("utf-16-be"),
        "bom-utf32le.json": b"\xff\xfe\x00\x00" + GOOD_TEXT.encode("utf-32-le"),
        "bom-utf32be.json": b"\x00\x00\xfe\xff" + GOOD_TEXT.encode("utf-32-be"),
        "utf16-no-bom.json": GOOD_TEXT.encode("utf-16-le"),
        "utf16-lone-surrogate.json": b"\xff\xfe" + '{"a'.encode("utf-16-le") + b"\x00\xd8",
        "latin1.json": GOOD_TEXT.replace("GROUP", "GRÖUP").encode("latin-1"),
        "nul-bytes.json": GOOD.replace(b"{", b"{\x00", 1),
        "deep-within-limit.json": b"[" * deep + b"]" * deep,
        "deep-100000.json": b"[" * 100_000 + b"]" * 100_000,
        "deep-object.json": b'{"a":' * 10_000 + b"1" + b"}" * 10_000,
        "empty-array.json": b"[]",
        "good.json": GOOD,
    }


def write_sources(folder: Path) -> list[str]:
    sources = []
    for name, data in hostile_files(folder).items():
        path = folder / name
        path.write_bytes(data)
        sources.append(str(path))
    fifo = folder / "fifo.json"
    os.mkfifo(fifo)
    undecodable = os.fsencode(folder) + b"/name-\xff.json"
    with open(undecodable, "wb") as handle:
        handle.write(GOOD)
    return [
        *sources,
        str(fifo),
        str(folder),
        "/dev/null",
        "/dev/zero",
        os.fsdecode(undecodable),
        str(folder / "missing.json"),
    ]


def run_check(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "nbwss_gui", "check", *args],
        capture_output=True,
        timeout=60,
        env=env,
        cwd=ROOT,
        check=False,
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_one_batch_of_hostile_files_gives_one_complete_document(tmp_path: Path) -> None:
    sources = write_sources(tmp_path)
    run = run_check("--json", *sources)
    assert b"Traceback" not in run.stderr, run.stderr.decode("utf-8", "replace")
    document = json.loads(run.stdout)
    results = document["results"]
    assert len(results) == len(sources)
    assert run.returncode == 2  # some could not be checked (FIFO, folder, devices, missing)
    by_name = {Path(r["source"]).name: r for r in results}
    assert by_name["good.json"]["status"] == "valid"
    assert by_name["bom-utf8.json"]["status"] == "valid"
    assert by_name["bom-utf16le.json"]["status"] == "valid"
    assert by_name["key-lone-escape.json"]["status"] == "invalid"
    assert "\\udfaa" in by_name["key-lone-escape.json"]["problems"][0]["message"]
    for name in ("fifo.json", "null", "zero"):
        assert by_name[name]["status"] == "error"
        assert "not a file" in by_name[name]["error"]["message"]
    assert by_name[tmp_path.name]["status"] == "error"
    for name in ("deep-within-limit.json", "deep-100000.json", "empty-array.json"):
        assert by_name[name]["status"] == "invalid"
    counts = document["summary"]
    assert sum(counts.values()) == len(sources)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_the_same_batch_as_text_prints_no_traceback(tmp_path: Path) -> None:
    sources = write_sources(tmp_path)
    run = run_check(*sources)
    assert b"Traceback" not in run.stderr
    assert run.returncode == 2
    assert b"\\udfaa" in run.stdout
    assert b"good.json: valid" in run.stdout


@pytest.mark.parametrize("value", ["nan", "0", "-1", "inf", "-inf", "1e9", "soon"])
def test_a_timeout_that_is_not_a_sane_number_of_seconds_is_refused(value: str) -> None:
    run = run_check("--timeout", value, "x.json")
    assert run.returncode == 2
    assert b"--timeout" in run.stderr
    assert b"Traceback" not in run.stderr


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000))
def test_any_bytes_give_a_verdict_that_prints(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzzed.json"
    path.write_bytes(data)
    outcome = read_file_details(path)
    assert outcome.result is not None
    # The --json path and the text path both, encoded as a terminal would.
    printable(json.dumps(outcome_to_json(outcome), ensure_ascii=False)).encode("utf-8")
    for line in format_problems("fuzzed.json", outcome.result.problems):
        printable(line).encode("utf-8")
