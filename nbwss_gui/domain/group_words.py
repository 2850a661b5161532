"""What a group row says of its endpoints when none carries it (SPEC §3.1): the first failure
in full and what the others are, without naming a host twice.

The engine's own roll-up ("no connection: 127.0.0.1: 127.0.0.1:40655 refused… (and 1 more)")
prefixes the host name to a reason that mostly starts with that host already, and leaves the
others unnamed; the window words its group rows with these rules instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nbwss_gui.domain.connection_state import ConnectionState, EndpointStatus
from nbwss_gui.domain.words import translate

# How many of the other failing endpoints are named before "and N more".
OTHERS_NAMED = 3


@dataclass(frozen=True, slots=True)
class Member:
    """One endpoint of the group, as the words need it."""

    host_name: str
    url: str
    activated: bool
    status: EndpointStatus | None


def failure_line(host_name: str, reason: str) -> str:
    """`host: reason`, unless the reason names the host already (it mostly starts with
    host:port)."""
    if reason.casefold().startswith(host_name.casefold()) or not host_name:
        return reason
    return translate("Groups", "{host}: {reason}").fill(host=host_name, reason=reason)


def _failed(member: Member) -> bool:
    status = member.status
    return (
        member.activated
        and status is not None
        and status.state in (ConnectionState.RETRYING, ConnectionState.FAILED)
        and bool(status.reason)
    )


def others_words(others: Sequence[Member]) -> str:
    """ "(and west-1: refused)" / "(and 4 more: a, b, c and 1 other)"."""
    if not others:
        return ""
    if len(others) == 1:
        only = others[0]
        assert only.status is not None
        return translate("Groups", "(and {failure})").fill(
            failure=failure_line(only.host_name, only.status.reason or "")
        )
    named = ", ".join(m.host_name for m in others[:OTHERS_NAMED])
    rest = len(others) - OTHERS_NAMED
    if rest == 1:
        return translate("Groups", "(and {count} more: {names} and 1 other)").fill(
            count=len(others), names=named
        )
    if rest > 1:
        return translate("Groups", "(and {count} more: {names} and {rest} others)").fill(
            count=len(others), names=named, rest=rest
        )
    return translate("Groups", "(and {count} more: {names})").fill(count=len(others), names=named)


def failures_summary(members: Sequence[Member], *, brief: bool = False) -> str | None:
    """Why no endpoint of the group is connected, with each failing one named; None when
    none of them has failed (the caller keeps the engine's words then). `brief`: without
    the lead the state word already says (for the group's cell)."""
    failed = [m for m in members if _failed(m)]
    if not failed:
        return None
    first = failed[0]
    assert first.status is not None
    line = failure_line(first.host_name, first.status.reason or "")
    others = others_words(failed[1:])
    if brief:
        if not others:
            return line
        return translate("Groups", "{failure} {others}").fill(failure=line, others=others)
    activated = [m for m in members if m.activated]
    if len(failed) == len(activated):
        words = translate("Groups", "no connection: every activated endpoint failed; {failure}")
    else:
        words = translate("Groups", "no connection: {failure}")
    if others:
        words = translate("Groups", "{failure} {others}").fill(
            failure=words.fill(failure=line), others=others
        )
        return words
    return words.fill(failure=line)
