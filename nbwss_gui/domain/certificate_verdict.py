"""What an endpoint's TLS certificate means for registering it (SPEC §3.3), in one place.

Expired: refused, pinned or not. Untrusted or for another name: only by an explicit pin of its
SHA-256 fingerprint. Pinned and matching: trusted for this endpoint. Expiring within
EXPIRY_WARNING_DAYS: a warning (SPEC §2.2), wherever a certificate is shown — the dialog's
verdict, the window's Certificate expiry column, the command line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Protocol

from nbwss_gui.domain.problems import Severity
from nbwss_gui.domain.words import Words, joined, translate

EXPIRY_WARNING_DAYS = 30


class CertificateFacts(Protocol):
    """What the rules read of a certificate (services.certificate.CertificateInfo)."""

    @property
    def not_after(self) -> dt.datetime: ...
    @property
    def sha256(self) -> str: ...
    @property
    def trusted(self) -> bool: ...
    @property
    def trust_error(self) -> str | None: ...
    @property
    def hostname_matches(self) -> bool: ...
    @property
    def trust_source(self) -> str | None: ...

    def days_left(self, now: dt.datetime | None = None) -> int: ...
    def expired(self, now: dt.datetime | None = None) -> bool: ...
    def expires_soon(self, now: dt.datetime | None = None, days: int = ...) -> bool: ...


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the certificate means for registering the endpoint."""

    severity: Severity | None  # None: nothing to worry about
    summary: str
    passes: bool  # the connection test passed on the certificate
    can_pin: bool  # an explicit pin would make it pass


def expiry_warns(days_left: int | None) -> bool:
    """Whether a certificate with this many whole days left is pointed out."""
    return days_left is not None and days_left < EXPIRY_WARNING_DAYS


def same_fingerprint(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return re.sub(r"[^0-9a-f]", "", a.lower()) == re.sub(r"[^0-9a-f]", "", b.lower())


def utc_date(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def assess(info: CertificateFacts, pinned_sha256: str | None = None) -> Verdict:
    if info.expired():
        return Verdict(
            Severity.ERROR,
            translate(
                "Certificate",
                "The certificate expired on {date}; it is refused. The endpoint must present a "
                "valid certificate.",
            ).fill(date=utc_date(info.not_after)),
            passes=False,
            can_pin=False,
        )
    soon = info.expires_soon(days=EXPIRY_WARNING_DAYS)
    expiry = translate("Certificate", "The certificate expires in {days} days, on {date}.").fill(
        days=info.days_left(), date=utc_date(info.not_after)
    )
    if same_fingerprint(info.sha256, pinned_sha256):
        if soon:
            text = translate(
                "Certificate",
                "Trusted for this endpoint: the certificate matches the pinned fingerprint. "
                "{expiry}",
            ).fill(expiry=expiry)
        else:
            text = translate(
                "Certificate",
                "Trusted for this endpoint: the certificate matches the pinned fingerprint.",
            )
        return Verdict(Severity.WARNING if soon else None, text, passes=True, can_pin=False)
    reasons: list[Words] = []
    if pinned_sha256:
        reasons.append(
            translate(
                "Certificate", "The certificate changed: it differs from the pinned fingerprint."
            )
        )
    if not info.trusted:
        why = without_stop(info.trust_error)
        reasons.append(
            translate("Certificate", "Not trusted by the operating system ({why}).").fill(why=why)
        )
    if not info.hostname_matches:
        reasons.append(translate("Certificate", "The host name does not match the certificate."))
    if reasons:
        return Verdict(
            Severity.ERROR,
            translate(
                "Certificate",
                "{reasons} Trust it for this endpoint only if you know it is the right "
                "certificate.",
            ).fill(reasons=joined(reasons)),
            passes=False,
            can_pin=True,
        )
    if soon:
        return Verdict(Severity.WARNING, expiry, passes=True, can_pin=False)
    if info.trust_source == "ca-file":
        text = translate("Certificate", "Trusted by the extra CA file; valid for {days} more days.")
    else:
        text = translate(
            "Certificate", "Trusted by the operating system; valid for {days} more days."
        )
    return Verdict(None, text.fill(days=info.days_left()), passes=True, can_pin=False)


def without_stop(reason: str | None) -> str:
    """A reason to quote in brackets: without its full stop (in any language)."""
    if not reason:
        return translate("Certificate", "no reason given")
    if isinstance(reason, Words):
        return reason.without_end(". ")
    return reason.rstrip(". ")
