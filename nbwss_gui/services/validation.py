"""Validate's certificate step and what it runs with, for every face that validates.

The WebSocket Server dialog, its several-files sibling and the window's Test connection read
an endpoint's certificate and judge it the same way (SPEC §3.3), with the saved settings, the
extra CA file in force and the saved proxy; the connection test itself is
services.connection_probe.probe.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from nbwss_gui.domain.certificate_verdict import Verdict, assess
from nbwss_gui.domain.settings import Settings

if TYPE_CHECKING:
    from nbwss_gui.services.certificate import CertificateInfo
    from nbwss_gui.services.proxy import Proxies
    from nbwss_gui.services.registry import Registry


@dataclass(frozen=True, slots=True)
class CertificateStep:
    """What the certificate step found: the certificate and its verdict, or why none was
    read (`unreachable`: the endpoint could not be reached; else the extra CA file cannot be
    used)."""

    info: CertificateInfo | None
    verdict: Verdict | None
    error: str | None
    unreachable: bool
    seconds: float

    @property
    def passes(self) -> bool:
        return self.verdict is not None and self.verdict.passes


async def certificate_step(
    url: str,
    *,
    ca_file: str | None,
    proxies: Proxies | None,
    pinned_sha256: str | None = None,
) -> CertificateStep:
    """Read the certificate `url` presents and judge it (against the pin, if any)."""
    from nbwss_gui.services.certificate import ProbeError, probe_certificate
    from nbwss_gui.services.tls import TlsConfigError

    began = time.perf_counter()
    try:
        info = await probe_certificate(url, ca_file=ca_file, proxies=proxies)
    except ProbeError as exc:
        return CertificateStep(None, None, exc.message, True, time.perf_counter() - began)
    except TlsConfigError as exc:
        return CertificateStep(None, None, str(exc), False, time.perf_counter() - began)
    verdict = assess(info, pinned_sha256)
    return CertificateStep(info, verdict, None, False, time.perf_counter() - began)


def validation_settings(registry: Registry | None, ca_file: str | None) -> Settings:
    """The saved connection settings (timeouts, proxy, extra CA file), with `ca_file` (the
    one the window or command was started with) where they name none. A refused saved value
    is at its default; the Settings dialog says which."""
    if registry is None:
        return dataclasses.replace(Settings(), ca_file=ca_file)
    return registry.settings_in_force(ca_file)


def validation_proxies(registry: Registry | None, ca_file: str | None = None) -> Proxies:
    """The saved proxy settings (Settings > Proxy), the password from the keyring."""
    from nbwss_gui.services.proxy import Proxies

    settings = validation_settings(registry, ca_file)
    if registry is None:
        return Proxies.from_settings(settings)
    return Proxies.from_settings(settings, password_for=registry.tokens.get)
