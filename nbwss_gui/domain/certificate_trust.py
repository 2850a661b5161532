"""Who trusts an endpoint's certificate, in words (SPEC §3.3): the pin, the operating system's
store, the extra CA file, or no one. A certificate checked against the system store and an
extra CA file at once cannot tell which of the two trusted it; the words say so rather than
name the system alone."""

from __future__ import annotations

from nbwss_gui.domain.certificate_verdict import same_fingerprint


def trusted_by(
    *,
    sha256: str,
    trusted: bool,
    trust_error: str | None,
    pinned_sha256: str | None,
    extra_ca_file: str | None,
) -> str:
    if same_fingerprint(sha256, pinned_sha256):
        return "this endpoint's pin (the fingerprint matches)"
    if pinned_sha256:
        return "no one: it differs from the pinned fingerprint"
    if trusted and extra_ca_file:
        return f"the operating system's store or the extra CA file {extra_ca_file}"
    if trusted:
        return "the operating system's store"
    why = (trust_error or "no reason given").rstrip(". ")
    return f"no one ({why})"
