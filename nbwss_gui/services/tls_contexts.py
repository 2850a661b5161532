"""The TLS contexts the engine's connections share (SPEC §3.3, §4.1).

A verifying context (the operating system's trust plus the extra CA file) and a pinning one
(no chain or name check: the connection compares the certificate with the endpoint's pin before
anything is sent). Each is built once per engine: building one reads the whole trust store.
"""

from __future__ import annotations

import asyncio
import os
import re
import ssl
import sys

from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.services.tls import client_ssl_context


class TlsContexts:
    """The TLS contexts connections share: building one reads the whole trust store."""

    def __init__(self, ca_file: str | None = None) -> None:
        self.ca_file = ca_file
        self._verifying: ssl.SSLContext | None = None
        self._pinned: ssl.SSLContext | None = None
        self._loading: asyncio.Lock | None = None

    async def load(self) -> None:
        """Build the verifying context on a worker thread: reading the system's CA bundle
        takes tens of milliseconds the window's loop should not spend."""
        if self._verifying is not None:
            return
        if self._loading is None:
            self._loading = asyncio.Lock()
        async with self._loading:
            if self._verifying is None:
                context = await asyncio.to_thread(self._build_verifying)
                self._verifying = context

    def verifying(self) -> ssl.SSLContext:
        """Chain and host name checked against the system store plus the extra CA file."""
        if self._verifying is None:
            self._verifying = self._build_verifying()
        return self._verifying

    def _build_verifying(self) -> ssl.SSLContext:
        # Checks the extra CA file and says plainly what is wrong with it.
        context = client_ssl_context(self.ca_file)
        if sys.platform not in ("win32", "darwin"):
            context = _openssl_system_context(self.ca_file)
        return context

    def pinned(self) -> ssl.SSLContext:
        """No chain or name check: the caller compares the certificate with the pin itself."""
        if self._pinned is None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            self._pinned = context
        return self._pinned

    def for_endpoint(self, endpoint: RegisteredEndpoint) -> ssl.SSLContext:
        return self.pinned() if endpoint.pinned_sha256 else self.verifying()


def _openssl_system_context(ca_file: str | None) -> ssl.SSLContext:
    """The trust truststore gives on Linux and BSD (OpenSSL's default paths), loaded once.

    truststore reloads the system bundle before every handshake (tens of milliseconds of the
    loop's time per connection, and on OpenSSL 3.0-3.3 a lookup list that grows with every
    connection: sethmlarson/truststore#212). The engine opens many connections on one shared
    context, so it configures the same trust a single time instead.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    defaults = ssl.get_default_verify_paths()
    if defaults.cafile or (defaults.capath and _holds_hashed_certs(defaults.capath)):
        context.set_default_verify_paths()
    else:
        for candidate in _CA_FILE_CANDIDATES:
            if os.path.isfile(candidate):
                context.load_verify_locations(cafile=candidate)
                break
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


# Where distributions keep their CA bundle, when OpenSSL's compiled-in paths hold none.
_CA_FILE_CANDIDATES = (
    "/etc/ssl/cert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/pki/tls/cert.pem",
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/ssl/ca-bundle.pem",
)
_HASHED_NAME = re.compile(r"^[0-9a-fA-F]{8}\.[0-9]$")


def _holds_hashed_certs(folder: str) -> bool:
    try:
        return any(_HASHED_NAME.match(name) for name in os.listdir(folder))
    except OSError:
        return False
