"""The WebSocket Servers window's filter box: which endpoints a typed filter keeps.

Every word typed must appear, in any case, somewhere in what the row says: host name, URL,
group id, state (ACTIVATED, DEACTIVATED) and connection state. "east fail" keeps the FAILED
endpoints whose host, URL or group says east.
"""

from __future__ import annotations

from collections.abc import Iterable


def terms(text: str) -> list[str]:
    """The words of a filter; none: everything is shown."""
    return text.casefold().split()


def matches(filter_terms: Iterable[str], words: Iterable[str]) -> bool:
    haystack = "\n".join(words).casefold()
    return all(term in haystack for term in filter_terms)
