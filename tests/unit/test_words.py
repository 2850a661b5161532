"""Words: the English a message is, and the template and values that rebuild it in another
language — for the domain, which has no Qt, and the window, which translates."""

from __future__ import annotations

import ast
import copy
import json
import pickle
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from nbwss_gui.domain.checker import check_bytes
from nbwss_gui.domain.words import (
    Words,
    joined,
    translate,
    words_from_json,
    words_to_json,
)

ROOT = Path(__file__).resolve().parents[2]


def german(words: Words) -> str:
    table = {
        "{name} must not be empty": "{name} darf nicht leer sein",
        "url host: {reason}": "URL-Host: {reason}",
        '"{host}" is not a valid host name': "„{host}“ ist kein gültiger Hostname",
        "broken {nothing}": "kaputt {etwas}",
    }
    return table.get(words.template, words.template)


def test_words_are_their_english_text_everywhere_a_string_goes() -> None:
    words = translate("Problems", "{name} must not be empty").fill(name="token")
    assert words == "token must not be empty"
    assert f"{words}" == "token must not be empty"
    assert json.dumps({"message": words}) == '{"message": "token must not be empty"}'
    assert "must not" in words
    assert words.template == "{name} must not be empty"
    assert words.values == (("name", "token"),)


def test_a_translation_rebuilds_the_words_values_and_nested_words_included() -> None:
    reason = translate("Problems", '"{host}" is not a valid host name').fill(host="a_b")
    words = translate("Problems", "url host: {reason}").fill(reason=reason)
    assert words == 'url host: "a_b" is not a valid host name'
    assert words.render(german) == "URL-Host: „a_b“ ist kein gültiger Hostname"


def test_a_translation_with_placeholders_that_do_not_fit_falls_back_to_english() -> None:
    words = translate("Problems", "broken {nothing}").fill(nothing="x")
    assert words.render(german) == "broken x"


def test_values_are_data_and_braces_in_them_are_not_read_as_placeholders() -> None:
    words = translate("Problems", "{name} must not be empty").fill(name="{token}")
    assert words == "{token} must not be empty"
    assert translate("Problems", "one JSON object {{…}}") == "one JSON object {…}"


def test_joined_words_translate_each_part() -> None:
    parts = [
        translate("Problems", "{name} must not be empty").fill(name="url"),
        translate("Problems", '"{host}" is not a valid host name').fill(host="h"),
    ]
    assert joined(parts) == 'url must not be empty "h" is not a valid host name'
    assert joined(parts).render(german) == "url darf nicht leer sein „h“ ist kein gültiger Hostname"


def test_words_survive_copy_and_pickle() -> None:
    words = translate("Problems", "{name} must not be empty").fill(name="token")
    for again in (copy.deepcopy(words), pickle.loads(pickle.dumps(words))):
        assert isinstance(again, Words)
        assert again == words and again.template == words.template
        assert again.values == words.values


def test_the_checker_s_problems_carry_their_templates() -> None:
    result = check_bytes(b'{"token": "", "priority": 1, "groupId": "g", "url": "wss://a/"}')
    messages = {p.message for p in result.problems}
    assert messages == {"token must not be empty", '"hostName" is missing'}
    for problem in result.problems:
        assert isinstance(problem.message, Words)
        assert problem.message.context == "Problems"


def test_every_translate_call_has_two_literal_arguments_so_lupdate_finds_it() -> None:
    """lupdate reads translate("Context", "text") only: another form would leave a message out
    of the catalogue, untranslatable."""
    wrong = []
    for path in sorted((ROOT / "nbwss_gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "translate":
                literal = len(node.args) == 2 and all(
                    isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                    for arg in node.args
                )
                if not literal or node.keywords:
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert wrong == []


def test_scrubbing_keeps_words_without_a_secret_translatable() -> None:
    from nbwss_gui.domain.message_log import REDACTED, scrub

    words = translate("Problems", "{name} must not be empty").fill(name="token")
    assert scrub(words, ["s3cret"]) is words
    leaked = translate("Problems", "{name} must not be empty").fill(name="s3cret")
    assert scrub(leaked, ["s3cret"]) == f"{REDACTED} must not be empty"


# Words over the control channel: what another process sends is hostile until checked.


def test_words_cross_the_channel_as_json_and_keep_their_templates() -> None:
    inner = translate("Problems", "{name} must not be empty").fill(name="token")
    words = translate("Problems", "url host: {reason}").fill(reason=inner).without_end(".")
    sent = json.loads(json.dumps(words_to_json(words)))
    received = words_from_json(sent, str(words))
    assert isinstance(received, Words)
    assert received == words
    assert received.render(german) == words.render(german) == "URL-Host: token darf nicht leer sein"
    # Plain text has no words to send; its English is what arrives.
    assert words_to_json("plain") is None
    assert words_from_json(None, "plain") == "plain"


def test_words_that_do_not_say_the_english_sent_beside_them_are_dropped() -> None:
    words = translate("Problems", "{name} must not be empty").fill(name="token")
    sent = words_to_json(words)
    received = words_from_json(sent, "something else entirely")
    assert received == "something else entirely"
    assert not isinstance(received, Words)


def test_hostile_words_fall_back_to_the_english() -> None:
    english = "x"
    deep: object = "x"
    for _ in range(20):
        deep = {"context": "C", "template": "{v}", "trim": "", "values": [["v", deep]]}
    for hostile in (
        # A width of a billion, an attribute, an index, a conversion: never formatted.
        {"context": "C", "template": "{v:>999999999}", "trim": "", "values": [["v", "x"]]},
        {"context": "C", "template": "{v.__class__}", "trim": "", "values": [["v", "x"]]},
        {"context": "C", "template": "{v[0]}", "trim": "", "values": [["v", "x"]]},
        {"context": "C", "template": "{v!r}", "trim": "", "values": [["v", "x"]]},
        {"context": "C", "template": "{", "trim": "", "values": []},
        {"context": 1, "template": "x", "trim": "", "values": []},
        {"context": "C", "template": "x", "trim": "", "values": [["v"]]},
        {"context": "C", "template": "x", "trim": "", "values": [["v", 5]]},
        {"context": "C", "template": "x", "trim": "", "values": [["v", "x"]] * 1000},
        {"context": "C", "template": "{v}", "trim": "", "values": [["v", "x" * 100_000]]},
        deep,
        ["not", "a", "dict"],
        "x",
    ):
        assert words_from_json(hostile, english) == english
        assert not isinstance(words_from_json(hostile, english), Words)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(
                st.sampled_from(["context", "template", "trim", "values", "other"]),
                inner,
                max_size=5,
            )
        ),
        max_leaves=30,
    ),
    st.text(max_size=20),
)
def test_any_json_from_a_peer_gives_its_english_or_words_that_say_it(
    data: object, english: str
) -> None:
    said = words_from_json(data, english)
    assert said == english
