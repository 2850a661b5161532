"""Who trusts an endpoint's certificate, in words (SPEC §3.3): the pin, the operating system's
store, the extra CA file, or no one. Validate tells the system store and the extra CA file
apart (`trust_source`); where that is not known, the words name both rather than the system
alone."""

from __future__ import annotations

from nbwss_gui.domain.certificate_verdict import same_fingerprint, without_stop
from nbwss_gui.domain.words import Words, translate


def trusted_by(
    *,
    sha256: str,
    trusted: bool,
    trust_error: str | None,
    pinned_sha256: str | None,
    extra_ca_file: str | None,
    trust_source: str | None = None,
) -> Words:
    if same_fingerprint(sha256, pinned_sha256):
        return translate("Certificate", "this endpoint's pin (the fingerprint matches)")
    if pinned_sha256:
        return translate("Certificate", "no one: it differs from the pinned fingerprint")
    if trusted and trust_source == "ca-file":
        if extra_ca_file:
            return translate("Certificate", "the extra CA file {file}").fill(file=extra_ca_file)
        return translate("Certificate", "the extra CA file")
    if trusted and trust_source != "system" and extra_ca_file:
        return translate(
            "Certificate", "the operating system's store or the extra CA file {file}"
        ).fill(file=extra_ca_file)
    if trusted:
        return translate("Certificate", "the operating system's store")
    why = without_stop(trust_error)
    return translate("Certificate", "no one ({why})").fill(why=why)
