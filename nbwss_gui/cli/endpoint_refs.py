"""Which endpoints a command means: an id, a unique prefix of it, or a URL, resolved in the
registry or in what the profile's owner listed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from nbwss_gui.domain.words import translate

if TYPE_CHECKING:
    from nbwss_gui.domain.registered import RegisteredEndpoint

# Shorter prefixes are too easy to mistype into another endpoint's id.
MIN_PREFIX = 4
SHORT_ID = 12


class Refused(Exception):
    """The request itself is wrong (exit 1); the message says why."""

    def __init__(self, words: str) -> None:
        super().__init__(words)
        self.words = words


class Listing:
    """The registered endpoints, as the owner or the file has them: what refs resolve in."""

    def __init__(self, endpoints: Sequence[RegisteredEndpoint]) -> None:
        self._endpoints = list(endpoints)

    def endpoints(self) -> list[RegisteredEndpoint]:
        return list(self._endpoints)

    def find_by_url(self, url: str) -> RegisteredEndpoint | None:
        from nbwss_gui.domain.registered import url_key

        key = url_key(url)
        return next((e for e in self._endpoints if e.url_key == key), None)


def resolve(registry: Any, ref: str) -> RegisteredEndpoint:
    """The endpoint a user means by an id, a unique id prefix, or a URL (`registry`: a
    Registry or a Listing)."""
    endpoints: list[RegisteredEndpoint] = registry.endpoints()
    if "://" in ref:
        found: RegisteredEndpoint | None = registry.find_by_url(ref)
        if found is None:
            raise Refused(translate("EndpointRefs", "no endpoint has the URL {url}").fill(url=ref))
        return found
    lowered = ref.lower()
    exact = [e for e in endpoints if e.id == lowered]
    if exact:
        return exact[0]
    if len(lowered) < MIN_PREFIX:
        raise Refused(
            translate("EndpointRefs", "{ref}: give at least {count} characters of the id").fill(
                ref=repr(ref), count=MIN_PREFIX
            )
        )
    matches = [e for e in endpoints if e.id.startswith(lowered)]
    if not matches:
        raise Refused(
            translate(
                "EndpointRefs", "no endpoint has an id starting with {ref} (see: nbwss-gui list)"
            ).fill(ref=repr(ref))
        )
    if len(matches) > 1:
        names = ", ".join(f"{e.id[:SHORT_ID]} {e.url}" for e in matches)
        raise Refused(
            translate(
                "EndpointRefs", "{ref} matches {count} endpoints ({names}); give more of the id"
            ).fill(ref=repr(ref), count=len(matches), names=names)
        )
    return matches[0]


def resolve_all(registry: Any, refs: Sequence[str]) -> list[RegisteredEndpoint]:
    chosen = [resolve(registry, ref) for ref in refs]
    return list({e.id: e for e in chosen}.values())
