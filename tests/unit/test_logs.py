"""The log file and its redaction: no token reaches a log line, whatever form it takes."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus, urlencode

import pytest

from nbwss_gui.services import logs

TOKEN = 'tok/EN+with spaces&symbols="quoted"\\back-é-€-0123456789abcdef'
PLAIN_TOKEN = "sandbox-Zm9vYmFyYmF6cXV4cXV1eA"


@pytest.fixture(autouse=True)
def _clean_logging() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    yield
    logs.remove_handlers()
    logs.SECRETS.clear()
    root.setLevel(level)


def read_log(path: Path) -> str:
    logs.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_goes_to_the_folder_named_by_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "logs here"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    path = logs.setup_logging("INFO")
    assert path == folder / logs.LOG_FILE_NAME == logs.log_file()
    logging.getLogger("nbwss_gui.test").info("hello %s", "world")
    assert "INFO     nbwss_gui.test: hello world" in read_log(path)


def test_without_the_variable_the_log_goes_to_the_platforms_user_log_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(logs.LOG_DIR_ENV, raising=False)
    path = logs.setup_logging()
    assert path is not None
    # The tests' XDG folders are under tmp_path (tests/conftest.py), so is the log.
    assert path.is_relative_to(tmp_path)
    assert path.parent.name.lower() in ("log", "logs")


def test_the_level_is_set_by_name_in_any_case(tmp_path: Path) -> None:
    path = logs.setup_logging("warning", directory=tmp_path)
    assert path is not None
    log = logging.getLogger("nbwss_gui.test")
    log.info("not written")
    log.warning("written")
    assert logs.set_level("Debug") == logging.DEBUG
    log.debug("now written too")
    text = read_log(path)
    assert "not written" not in text
    assert "written" in text
    assert "now written too" in text


@pytest.mark.parametrize("name", ["verbose", "", "10", "NOTSET"])
def test_an_unknown_level_name_is_refused_with_the_names_that_exist(name: str) -> None:
    with pytest.raises(ValueError, match="DEBUG, INFO, WARNING, ERROR, CRITICAL"):
        logs.parse_level(name)


def test_a_second_setup_replaces_the_first(tmp_path: Path) -> None:
    logs.setup_logging(directory=tmp_path / "one")
    second = logs.setup_logging(directory=tmp_path / "two", console=True)
    own = [h for h in logging.getLogger().handlers if isinstance(h, logs._OwnHandler)]
    assert len(own) == 2  # the new file and the console, not the old file
    assert second is not None
    logging.getLogger("nbwss_gui.test").warning("only in two")
    assert "only in two" in read_log(second)
    assert "only in two" not in read_log(tmp_path / "one" / logs.LOG_FILE_NAME)


def test_a_file_in_place_of_the_folder_falls_back_to_standard_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert logs.setup_logging(directory=blocker) is None
    logging.getLogger("nbwss_gui.test").error("still said")
    err = capsys.readouterr().err
    assert "Logging to standard error only" in err
    assert "still said" in err


def test_the_file_rotates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 4096)
    path = logs.setup_logging(directory=tmp_path)
    assert path is not None
    log = logging.getLogger("nbwss_gui.test")
    for number in range(400):
        log.info("line %04d %s", number, "x" * 40)
    logs.flush()
    assert path.with_name(f"{path.name}.1").exists()
    assert path.stat().st_size <= 4096
    tail = logs.read_tail(path, 6000)
    assert tail.endswith("x" * 40 + "\n")
    assert "line 0399" in tail
    # A partial first line is dropped: every line is whole.
    assert all(line.startswith("20") for line in tail.splitlines())


# -- redaction -----------------------------------------------------------------------------


@pytest.fixture
def logged(tmp_path: Path) -> Iterator[tuple[logging.Logger, Path]]:
    path = logs.setup_logging("DEBUG", directory=tmp_path)
    assert path is not None
    yield logging.getLogger("nbwss_gui.test"), path


def forms_of(token: str) -> list[str]:
    escaped = json.dumps(token)[1:-1]
    return [
        token,
        quote(token, safe=""),
        quote_plus(token),
        escaped,
        json.dumps(token, ensure_ascii=False)[1:-1],
        json.dumps(escaped)[1:-1],
        repr(token)[1:-1],
    ]


def test_a_registered_token_is_redacted_in_the_message_and_its_arguments(
    logged: tuple[logging.Logger, Path],
) -> None:
    log, path = logged
    logs.add_secret(TOKEN)
    log.info("token is " + TOKEN)
    log.info("token is %s", TOKEN)
    log.info("payload %r", {"payload": {"key": TOKEN}})
    log.info("url %s", f"wss://h/?{urlencode({'auth': TOKEN})}")
    log.info("json %s", json.dumps({"k": TOKEN}))
    log.info("twice %s", json.dumps(json.dumps({"k": TOKEN})))
    log.info("ascii %s", json.dumps({"k": TOKEN}, ensure_ascii=False))
    text = read_log(path)
    for form in forms_of(TOKEN):
        assert form not in text, form
    assert text.count(logs.REDACTED) == 7


def test_a_token_is_redacted_in_the_exception_and_the_stack(
    logged: tuple[logging.Logger, Path],
) -> None:
    log, path = logged
    logs.add_secret(PLAIN_TOKEN)
    try:
        try:
            raise KeyError(PLAIN_TOKEN)
        except KeyError as inner:
            raise RuntimeError(f"could not use {PLAIN_TOKEN}") from inner
    except RuntimeError:
        log.exception("failed")
    log.warning("here", stack_info=True, extra={"unused": PLAIN_TOKEN})
    text = read_log(path)
    assert PLAIN_TOKEN not in text
    assert "RuntimeError: could not use <redacted>" in text
    assert "KeyError: '<redacted>'" in text
    assert "Stack (most recent call last)" in text


def test_each_handler_keeps_the_record_redacted_for_the_next(
    logged: tuple[logging.Logger, Path],
) -> None:
    log, _ = logged
    logs.add_secret(PLAIN_TOKEN)
    seen: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record)

    keeper = Keep()
    keeper.setFormatter(logging.Formatter("%(message)s"))
    logging.getLogger().addHandler(keeper)
    try:
        try:
            raise ValueError(PLAIN_TOKEN)
        except ValueError:
            log.exception("with %s", PLAIN_TOKEN)
    finally:
        logging.getLogger().removeHandler(keeper)
    assert PLAIN_TOKEN not in keeper.format(seen[0])
    assert seen[0].exc_info is None


def test_a_token_pair_is_redacted_without_registering_the_token(
    logged: tuple[logging.Logger, Path],
) -> None:
    log, path = logged
    secret = 'never-registered-"quoted"-secret'
    message = json.dumps({"version": "1.0", "payload": {"token": secret}})
    log.info("sent %s", message)
    log.info("as a string %s", json.dumps(message))
    log.info("as a repr %r", {"token": "also-never-registered"})
    log.info("camel %s", json.dumps({"accessToken": "camel-secret", "tokenLength": 12}))
    log.info("query wss://h/nbwss?token=query-secret&x=1")
    text = read_log(path)
    for leaked in ("never-registered", "also-never-registered", "camel-secret", "query-secret"):
        assert leaked not in text
    assert '"tokenLength": 12' in text
    assert "&x=1" in text


def test_a_forgotten_token_is_no_longer_hidden_once_every_holder_forgot_it() -> None:
    logs.add_secret(PLAIN_TOKEN)
    logs.add_secret(PLAIN_TOKEN)
    logs.forget_secret(PLAIN_TOKEN)
    assert PLAIN_TOKEN not in logs.redact(f"x {PLAIN_TOKEN} y")
    logs.forget_secret(PLAIN_TOKEN)
    assert PLAIN_TOKEN in logs.redact(f"x {PLAIN_TOKEN} y")
    logs.forget_secret("never added")  # no error


def test_a_very_short_token_is_hidden_only_as_a_whole_word() -> None:
    logs.add_secret("ab1")
    assert logs.redact("token ab1 here; cab123 stays") == "token <redacted> here; cab123 stays"


def test_extra_secrets_are_hidden_for_one_call_only() -> None:
    assert logs.redact(f"a {PLAIN_TOKEN} b", [PLAIN_TOKEN]) == "a <redacted> b"
    assert PLAIN_TOKEN in logs.redact(f"a {PLAIN_TOKEN} b")


def test_a_message_that_cannot_be_formatted_keeps_its_line_and_hides_its_arguments(
    logged: tuple[logging.Logger, Path],
) -> None:
    log, path = logged
    logs.add_secret(PLAIN_TOKEN)
    wrong = "two %s %s"  # one argument short
    log.info(wrong, PLAIN_TOKEN)
    text = read_log(path)
    assert "two %s %s (arguments:" in text
    assert PLAIN_TOKEN not in text


def test_redaction_holds_while_other_threads_add_and_forget_tokens(
    logged: tuple[logging.Logger, Path],
) -> None:
    log, path = logged
    logs.add_secret(PLAIN_TOKEN)
    stop = threading.Event()

    def churn() -> None:
        number = 0
        while not stop.is_set():
            logs.add_secret(f"churn-token-{number}")
            logs.forget_secret(f"churn-token-{number}")
            number += 1

    worker = threading.Thread(target=churn)
    worker.start()
    try:
        for _ in range(300):
            log.info("value %s", PLAIN_TOKEN)
    finally:
        stop.set()
        worker.join()
    text = read_log(path)
    assert PLAIN_TOKEN not in text
    assert text.count(logs.REDACTED) == 300


def test_the_tail_of_the_log_is_redacted_again(tmp_path: Path) -> None:
    path = tmp_path / "old.log"
    # Written before the token was known to this process.
    path.write_text(f"line one\nconnect with {PLAIN_TOKEN}\n", encoding="utf-8")
    logs.add_secret(PLAIN_TOKEN)
    assert logs.read_tail(path) == "line one\nconnect with <redacted>\n"
    assert logs.read_tail(tmp_path / "missing.log") == ""


def test_the_console_handler_redacts_too(capsys: pytest.CaptureFixture[str]) -> None:
    logs.setup_logging("INFO", directory=None, console=True)
    logs.add_secret(PLAIN_TOKEN)
    logging.getLogger("nbwss_gui.test").info("to the console %s", PLAIN_TOKEN)
    err = capsys.readouterr().err
    assert "to the console <redacted>" in err


def test_overlapping_tokens_are_both_hidden_whole() -> None:
    logs.add_secret("abcdef-first")
    logs.add_secret("first-and-second")
    assert logs.redact("[abcdef-first-and-second]") == "[<redacted>]"
    assert logs.redact("[first-and-second abcdef-first]") == "[<redacted> <redacted>]"


def test_a_thousand_tokens_are_added_forgotten_and_hidden_quickly() -> None:
    tokens = [f"sandbox-{number:04d}-{'k' * 24}" for number in range(1000)]
    started = time.perf_counter()
    for token in tokens:
        logs.add_secret(token)
    line = f"connected {tokens[0]} then {tokens[999]} and {quote(tokens[500], safe='')}"
    assert logs.redact(line) == "connected <redacted> then <redacted> and <redacted>"
    for token in tokens:
        logs.forget_secret(token)
    # One pattern rebuilt per token would take tens of seconds here.
    assert time.perf_counter() - started < 2.0
    assert len(logs.SECRETS) == 0
    assert logs.redact(line) == line
