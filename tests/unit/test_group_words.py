"""The words of a group row: the first failure in full, the host named once, the others named."""

from __future__ import annotations

from nbwss_gui.domain.connection_state import ConnectionState, EndpointStatus
from nbwss_gui.domain.endpoint_filter import matches, terms
from nbwss_gui.domain.group_words import Member, failure_line, failures_summary

S = ConnectionState


def member(host: str, state: S | None, reason: str | None = None, activated: bool = True) -> Member:
    status = None if state is None else EndpointStatus("id-" + host, "g", state, reason, "refused")
    return Member(host, f"wss://{host}:443/ws", activated, status)


def test_a_reason_that_names_the_host_is_not_prefixed_again() -> None:
    assert failure_line("127.0.0.1", "127.0.0.1:40655 refused") == "127.0.0.1:40655 refused"
    assert failure_line("east-1", "127.0.0.1:40655 refused") == "east-1: 127.0.0.1:40655 refused"


def test_the_others_are_named() -> None:
    words = failures_summary(
        [
            member("127.0.0.1", S.RETRYING, "127.0.0.1:40655 refused the connection"),
            member("west-1", S.FAILED, "west-1:443 timed out"),
        ]
    )
    assert words == (
        "no connection: every activated endpoint failed; 127.0.0.1:40655 refused the "
        "connection (and west-1:443 timed out)"
    )
    many = failures_summary(
        [member(f"h{i}", S.FAILED, f"reason {i}") for i in range(6)] + [member("ok", S.STANDBY)]
    )
    assert many == "no connection: h0: reason 0 (and 5 more: h1, h2, h3 and 2 others)"


def test_no_failure_leaves_the_engine_words() -> None:
    assert failures_summary([member("a", S.STANDBY), member("b", None)]) is None
    assert failures_summary([member("a", S.FAILED, "down", activated=False)]) is None


def test_the_filter_wants_every_word_in_any_case() -> None:
    words = ["east-1", "wss://east.example/ws", "eu", "ACTIVATED", "FAILED"]
    assert matches(terms("EAST fail"), words)
    assert not matches(terms("east connected"), words)
    assert matches(terms("   "), words)


def test_who_trusts_a_certificate() -> None:
    from nbwss_gui.domain.certificate_trust import trusted_by

    base = {"sha256": "AB:CD", "trust_error": None, "extra_ca_file": None}
    assert trusted_by(**base, trusted=True, pinned_sha256=None) == "the operating system's store"
    assert "pin" in trusted_by(**base, trusted=False, pinned_sha256="abcd")
    assert trusted_by(**base, trusted=True, pinned_sha256="ffff").startswith("no one")
    extra = {**base, "extra_ca_file": "/etc/ca.pem"}
    assert "extra CA file /etc/ca.pem" in trusted_by(**extra, trusted=True, pinned_sha256=None)
    # Validate tells the two apart: then the words name the one that trusts.
    assert trusted_by(**extra, trusted=True, pinned_sha256=None, trust_source="ca-file") == (
        "the extra CA file /etc/ca.pem"
    )
    assert trusted_by(**extra, trusted=True, pinned_sha256=None, trust_source="system") == (
        "the operating system's store"
    )
    untrusted = {**base, "trust_error": "self-signed certificate."}
    assert trusted_by(**untrusted, trusted=False, pinned_sha256=None) == (
        "no one (self-signed certificate)"
    )
