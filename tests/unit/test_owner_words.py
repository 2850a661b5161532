"""What the profile's owner sends a command or an attached window: reasons, group summaries,
problems and refusals carry their words beside their English, so that each face says them in
its own language — and a peer's words never change what is said."""

from __future__ import annotations

import json

from nbwss_gui.cli import language
from nbwss_gui.domain.connection_state import ConnectionState, EndpointStatus, GroupStatus
from nbwss_gui.domain.problems import Code, Problem, Severity
from nbwss_gui.domain.words import Words, translate
from nbwss_gui.services import control, profile
from nbwss_gui.services.remote_engine import group_from_json, status_from_json


def over_the_channel(document: object) -> object:
    return json.loads(json.dumps(document))


def test_an_endpoints_reason_and_a_groups_summary_arrive_as_words(german: None) -> None:
    reason = translate("MonitorCommand", "next try in {seconds} s").fill(seconds="2.0")
    status = EndpointStatus("e1", "g1", ConnectionState.RETRYING, reason=reason, since=1.0)
    received = status_from_json(over_the_channel(profile._status_json(status)))
    assert received is not None
    assert isinstance(received.reason, Words)
    assert received.reason == "next try in 2.0 s"
    assert language.say(received.reason) == "nächster Versuch in 2.0 s"

    summary = translate("MonitorCommand", "standing by")
    group = GroupStatus("g1", ConnectionState.STANDBY, None, summary, since=1.0)
    received_group = group_from_json(over_the_channel(profile._group_json(group)))
    assert received_group is not None
    assert language.say(received_group.summary) == "in Bereitschaft"


def test_a_reason_whose_words_were_tampered_with_is_its_english() -> None:
    reason = translate("MonitorCommand", "next try in {seconds} s").fill(seconds="2.0")
    status = EndpointStatus("e1", "g1", ConnectionState.RETRYING, reason=reason, since=1.0)
    sent = profile._status_json(status)
    sent["reason"] = "the owner says something else"
    received = status_from_json(over_the_channel(sent))
    assert received is not None
    assert received.reason == "the owner says something else"
    assert not isinstance(received.reason, Words)
    # A plain reason (an older owner) arrives as it was.
    sent.pop("reasonWords")
    assert status_from_json(over_the_channel(sent)) is not None


def test_a_problem_and_a_refusal_arrive_as_words(german: None) -> None:
    message = translate("EndpointRefs", "no endpoint has the URL {url}").fill(url="wss://a/x")
    problem = Problem(Code.URL_WS, message, Severity.ERROR)
    received = Problem.from_json(over_the_channel({**problem.to_json(), "words": None}))
    assert received is not None and not isinstance(received.message, Words)
    sent = {**problem.to_json(), "words": profile.words_to_json(problem.message)}
    received = Problem.from_json(over_the_channel(sent))
    assert received is not None
    assert language.say(received.message) == "kein Endpunkt hat die URL wss://a/x"
    error = over_the_channel(control._error("not-found", message))
    assert isinstance(error, dict)
    assert error["message"] == "no endpoint has the URL wss://a/x"
    assert language.say(control.words_from_json(error["words"], error["message"])) == (
        "kein Endpunkt hat die URL wss://a/x"
    )
