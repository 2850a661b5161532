"""The command line in German, as a user runs it (a real process): the help of every command,
usage errors, refusals, a file's problems, the list — no English left where a person reads,
and English kept where a script reads (`--json`, `error:`, `[code]`, state names)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .secret_service import secret_service_or_skip
from .test_cli_registry import Cli, keyring_entries, write_endpoint

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "nbwss_gui_de.ts"
COMMANDS = ("check", "add", "list", "remove", "activate", "deactivate", "monitor", "sandbox")
CLI_CONTEXTS = {
    "argparse",
    "CommandLine",
    "RegistryCommands",
    "CheckCommand",
    "MonitorCommand",
    "SandboxCommand",
    "SelfTestCommand",
    "ProxyOptions",
    "SandboxExamples",
}


def flat(text: str) -> str:
    """`text` with its line breaks and runs of spaces as single spaces (argparse rewraps)."""
    return " ".join(text.split())


def english_pieces() -> list[str]:
    """The English of the command line's messages, cut at their placeholders, wherever the
    German differs: none of these may be left in German output."""
    pieces = []
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        if context.findtext("name") not in CLI_CONTEXTS:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            german = message.findtext("translation") or ""
            if flat(source) == flat(german):
                continue
            for part in source.replace("{", "}").split("}")[::2]:
                piece = flat(part.split("%")[0])
                # Short pieces ("ID", "commands") could stand in German text by chance.
                if len(piece) >= 18 and piece not in flat(german):
                    pieces.append(piece)
    return pieces


@pytest.fixture
def cli(_isolated_dirs: Path) -> Cli:
    return Cli(_isolated_dirs)


def english_left(text: str) -> list[str]:
    shown = flat(text)
    return [piece for piece in english_pieces() if piece in shown]


def test_the_catalogue_gives_pieces_to_look_for() -> None:
    assert len(english_pieces()) > 80


@pytest.mark.parametrize("command", [None, *COMMANDS, "self-test"])
def test_every_help_is_german(cli: Cli, command: str | None) -> None:
    run = cli("--language", "de", *([command] if command else []), "--help")
    assert run.code == 0, run.stderr
    assert run.stdout.startswith("Aufruf: nbwss-gui")
    assert "Optionen:" in run.stdout
    assert "usage:" not in run.stdout
    assert "show this help message" not in run.stdout
    assert english_left(run.stdout) == []
    if command in ("check", "list", "monitor", "sandbox"):
        # The JSON format stays as scripts read it.
        assert '"formatVersion": 1' in flat(run.stdout)


def test_the_english_is_found_when_left(cli: Cli) -> None:
    """The check above can fail: the English help holds the pieces it looks for."""
    run = cli("--language", "en", "add", "--help")
    assert run.code == 0
    assert len(english_left(run.stdout)) >= 5


def test_usage_errors_are_german(cli: Cli) -> None:
    run = cli("--language", "de", "check", "--timeout", "soon", "a.json")
    assert run.code == 2
    assert "nbwss-gui check: Fehler: Argument --timeout: 'soon' ist keine Anzahl Sekunden" in (
        run.stderr
    )
    run = cli("--language", "de", "monitor", "--once", "--duration", "3")
    assert "nicht erlaubt zusammen mit Argument --once" in run.stderr
    run = cli("--language", "de", "remove")
    assert "die folgenden Argumente sind nötig: ID|URL" in run.stderr
    assert english_left(run.stderr) == []


def test_a_files_problems_in_german_keep_what_editors_read(cli: Cli, tmp_path: Path) -> None:
    token = f"german-token-{uuid.uuid4().hex}"
    path = write_endpoint(tmp_path, "bad", token, url="ws://bad.example.com/", priority="1")
    run = cli("--language", "de", "check", str(path))
    assert run.code == 1
    lines = run.stdout.splitlines()
    assert any(
        line.startswith(f"{path}:")
        and ": error: ws:// wird nicht unterstützt" in line
        and line.endswith("[url-ws]")
        for line in lines
    ), run.stdout
    assert token not in run.stdout + run.stderr
    # --json stays English, in every language.
    document = json.loads(cli("--language", "de", "check", "--json", str(path)).stdout)
    messages = [p["message"] for p in document["results"][0]["problems"]]
    assert any(m.startswith("ws:// is not supported") for m in messages), messages


def test_refusals_and_notices_are_german(cli: Cli) -> None:
    run = cli("--language", "de", "list")
    assert (run.code, run.stdout) == (0, "")
    assert run.stderr.strip() == (
        "Es sind keine Endpunkte registriert. Einen hinzufügen: nbwss-gui add FILE|URL"
    )
    run = cli("--language", "de", "deactivate", "abc")
    assert run.code == 1
    assert run.stderr.strip() == "error: 'abc': geben Sie mindestens 4 Zeichen der ID an"
    run = cli("--language", "de", "remove", "wss://nowhere.example/x", "--yes")
    assert run.stderr.strip() == "error: kein Endpunkt hat die URL wss://nowhere.example/x"


def test_the_system_language_is_the_default(cli: Cli) -> None:
    """No --language: gettext's environment (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG)."""
    german = Cli(cli.config_dir, LANGUAGE="", LC_ALL="", LC_MESSAGES="", LANG="de_DE.UTF-8")
    assert german("list").stderr.startswith("Es sind keine Endpunkte registriert.")
    english = Cli(cli.config_dir, LANGUAGE="", LC_ALL="C.UTF-8", LANG="de_DE.UTF-8")
    assert english("list").stderr.startswith("No endpoints are registered.")


def test_a_language_without_a_translation_is_said_and_english_spoken(cli: Cli) -> None:
    run = cli("--language", "tlh", "list")
    assert run.code == 0
    assert run.stderr.splitlines() == [
        "nbwss-gui: there is no 'tlh' translation; the commands speak English (languages: en, de)",
        "No endpoints are registered. Add one with: nbwss-gui add FILE|URL",
    ]


@pytest.mark.realkeyring
def test_add_list_and_remove_in_german(cli: Cli, tmp_path: Path) -> None:
    secret_service_or_skip()
    token = f"german-add-{uuid.uuid4().hex}"
    source = write_endpoint(tmp_path, "alpha", token)
    run = cli("--language", "de", "add", str(source))
    assert run.code == 0, run.stderr
    endpoint_id = run.stdout.strip()
    try:
        assert run.stderr.strip() == (
            "Hinzugefügt: alpha.example.com (wss://alpha.example.com:9443/nbwss), Gruppe "
            "cli-group, ACTIVATED."
        )
        again = cli("--language", "de", "add", str(source))
        assert again.code == 1
        assert again.stderr.strip() == (
            "error: Ein Endpunkt mit der URL wss://alpha.example.com:9443/nbwss ist bereits "
            "registriert (alpha.example.com, Gruppe cli-group); ersetzen oder entfernen Sie "
            "ihn zuerst. (--replace ersetzt ihn)"
        ), again.stderr
        table = cli("--language", "de", "list")
        header, row = table.stdout.splitlines()
        assert header.split() == ["ID", "GRUPPE", "PRIORITÄT", "STATUS", "HOSTNAME", "URL"]
        # The state names stay what scripts and the documentation use.
        assert row.split()[3] == "ACTIVATED"
        asked = cli("--language", "de", "remove", endpoint_id[:8], tty="n\n")
        assert asked.code == 1
        assert "1 Endpunkt(e) samt Tokens entfernen?" in asked.stderr
        assert "[j/N]" in asked.stderr
        assert "Nichts wurde entfernt." in asked.stderr
        removed = cli("--language", "de", "remove", endpoint_id[:8], tty="ja\n")
        assert removed.code == 0, removed.stderr
        assert f"Entfernt: {endpoint_id[:12]} alpha.example.com" in removed.stderr
        assert keyring_entries(endpoint_id) == []
        endpoint_id = ""
    finally:
        if endpoint_id:
            cli("remove", "--yes", endpoint_id)
    assert token not in "".join(cli.printed)


def test_through_a_running_owner_the_owners_words_are_said_in_german(
    cli: Cli, tmp_path: Path
) -> None:
    """With a monitor owning the profile, `add` has the owner load and check the details: the
    problems and the failure come back over the control channel, and are still German here
    (the owner sends their words beside their English), while --json would stay English."""
    owner = subprocess.Popen(
        [sys.executable, "-m", "nbwss_gui", "monitor", "--duration", "60"],
        env=cli.env(LANGUAGE="en"),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while json.loads(cli("list", "--json").stdout)["owner"] is None:
            assert owner.poll() is None, owner.communicate()[1]
            assert time.monotonic() < deadline, "the monitor never owned the profile"
            time.sleep(0.1)
        path = write_endpoint(tmp_path, "bad", "owner-token", url="ws://bad.example.com/")
        run = cli("--language", "de", "add", str(path))
        assert run.code == 1
        assert ": error: ws:// wird nicht unterstützt" in run.stderr, run.stderr
        assert "bad.json: nicht hinzugefügt: 1 Fehler in den Daten" in run.stderr
        missing = cli("--language", "de", "add", str(tmp_path / "missing.json"))
        assert missing.code == 2
        assert "error: keine solche Datei" in missing.stderr, missing.stderr
        # The owner itself speaks English: the words were translated on this side.
        english = cli("add", str(path))
        assert ": error: ws:// is not supported" in english.stderr
    finally:
        owner.send_signal(signal.SIGTERM)
        owner.communicate(timeout=30)


def test_the_sandbox_describes_itself_in_german(cli: Cli, tmp_path: Path) -> None:
    sandbox = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "nbwss_gui",
            "--language",
            "de",
            "sandbox",
            "--folder",
            str(tmp_path),
        ],
        env=cli.env(),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert sandbox.stdout is not None
        lines = []
        while not lines or not lines[-1].startswith("Jede Verbindung erhält"):
            line = sandbox.stdout.readline()
            assert line, sandbox.communicate(timeout=30)[1]
            lines.append(line.rstrip("\n"))
    finally:
        sandbox.send_signal(signal.SIGTERM)
        out, _ = sandbox.communicate(timeout=30)
    text = "\n".join(lines)
    assert text.startswith("Sandbox-Anbieter läuft auf 127.0.0.1 (Strg+C beendet).")
    assert "Gruppe sandbox-east:" in text
    assert "ein Apostroph in groupId (nirgends in der Datei erlaubt)" in text
    assert english_left(text) == []
    assert out.strip() == "Sandbox beendet."
