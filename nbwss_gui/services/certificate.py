"""Reading an endpoint's TLS certificate so a person can judge it (SPEC §3.3)."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import ipaddress
import os
import socket
import ssl
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa

from nbwss_gui.domain.certificate_verdict import EXPIRY_WARNING_DAYS
from nbwss_gui.domain.hosts import host_port
from nbwss_gui.domain.proxy import ProxyAddress
from nbwss_gui.domain.words import translate
from nbwss_gui.services.failure import ConnectionFailure
from nbwss_gui.services.proxy import Proxies, open_tunnel, tunnel_closed
from nbwss_gui.services.tls import (
    client_ssl_context,
    describe_ssl_error,
    is_hostname_mismatch,
)

_DEFAULT_PORT = 443
_CLOSE_TIMEOUT = 2.0


@dataclass(frozen=True)
class CertificateInfo:
    """What a person needs to decide whether to trust an endpoint's certificate."""

    subject: str
    sans: tuple[str, ...]
    issuer: str
    serial: str
    not_before: dt.datetime
    not_after: dt.datetime
    sha256: str
    key_type: str
    key_size: int
    signature_algorithm: str
    trusted: bool
    trust_error: str | None
    hostname_matches: bool
    der: bytes = field(repr=False)
    # Who trusted it, when it is trusted: "system" (the operating system's store) or "ca-file"
    # (only the extra CA file); None when not trusted or not told apart.
    trust_source: str | None = None

    def days_left(self, now: dt.datetime | None = None) -> int:
        """Whole days until not-after; negative once expired."""
        return (self.not_after - _utc(now)).days

    def expired(self, now: dt.datetime | None = None) -> bool:
        return _utc(now) > self.not_after

    def expires_soon(self, now: dt.datetime | None = None, days: int = EXPIRY_WARNING_DAYS) -> bool:
        """Still valid, but not for more than `days` days; expired() covers the rest."""
        moment = _utc(now)
        return moment <= self.not_after <= moment + dt.timedelta(days=days)


class ProbeError(Exception):
    """The certificate could not be read at all. Kinds: dns, refused, timeout, tls,
    invalid-url, network."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message

    def __repr__(self) -> str:
        return f"ProbeError({self.kind!r}, {self.message!r})"


def _utc(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return dt.datetime.now(dt.UTC)
    if now.tzinfo is None:
        return now.replace(tzinfo=dt.UTC)
    return now.astimezone(dt.UTC)


def sha256_fingerprint(der: bytes) -> str:
    """Upper-case hex pairs joined with ':', as browsers and openssl show it."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def certificate_info_from_der(
    der: bytes,
    *,
    host: str,
    trusted: bool,
    trust_error: str | None,
    trust_source: str | None = None,
) -> CertificateInfo:
    cert = x509.load_der_x509_certificate(der)
    sans = _subject_alt_names(cert)
    key_type, key_size = _key_description(cert)
    serial = f"{cert.serial_number:X}"
    return CertificateInfo(
        subject=cert.subject.rfc4514_string(),
        sans=sans,
        issuer=cert.issuer.rfc4514_string(),
        serial=serial.zfill(len(serial) + len(serial) % 2),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        sha256=sha256_fingerprint(der),
        key_type=key_type,
        key_size=key_size,
        signature_algorithm=_signature_algorithm(cert),
        trusted=trusted,
        trust_error=trust_error,
        hostname_matches=hostname_matches(cert, host),
        der=der,
        trust_source=trust_source if trusted else None,
    )


def _subject_alt_names(cert: x509.Certificate) -> tuple[str, ...]:
    try:
        ext = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return ()
    names: list[str] = list(ext.get_values_for_type(x509.DNSName))
    names.extend(str(ip) for ip in ext.get_values_for_type(x509.IPAddress))
    return tuple(names)


def hostname_matches(cert: x509.Certificate, host: str) -> bool:
    """RFC 6125 matching against the SANs only, as browsers and Python's ssl do (no CN)."""
    try:
        ext = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return False
    wanted = host.strip("[]")
    try:
        address = ipaddress.ip_address(wanted.split("%", 1)[0])
    except ValueError:
        address = None
    if address is not None:
        # Addresses compare as values, so ::1 and 0:0::1 are the same host.
        return any(ip == address for ip in ext.get_values_for_type(x509.IPAddress))
    name = wanted.rstrip(".").lower()
    return any(
        _dns_name_matches(pattern, name) for pattern in ext.get_values_for_type(x509.DNSName)
    )


def _dns_name_matches(pattern: str, name: str) -> bool:
    pattern = pattern.rstrip(".").lower()
    if not pattern.startswith("*."):
        return pattern == name
    # A wildcard stands for exactly one whole left-most label, never for the apex.
    suffix = pattern[1:]
    first, dot, rest = name.partition(".")
    return bool(first) and bool(dot) and "." + rest == suffix and suffix.count(".") >= 2


def _key_description(cert: x509.Certificate) -> tuple[str, int]:
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        return "RSA", key.key_size
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"EC ({key.curve.name})", key.curve.key_size
    if isinstance(key, ed25519.Ed25519PublicKey):
        return "Ed25519", 256
    if isinstance(key, ed448.Ed448PublicKey):
        return "Ed448", 456
    if isinstance(key, dsa.DSAPublicKey):
        return "DSA", key.key_size
    return type(key).__name__, 0


def _signature_algorithm(cert: x509.Certificate) -> str:
    oid = cert.signature_algorithm_oid
    name: str = oid._name
    return oid.dotted_string if name == "Unknown OID" else name


def _split_url(url: str) -> tuple[str, int]:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise ProbeError(
            "invalid-url",
            translate("Certificate", "The URL is not valid (check the host and port)."),
        ) from None
    if parts.scheme.lower() not in ("wss", "https"):
        raise ProbeError(
            "invalid-url", translate("Certificate", "The URL must begin with wss:// or https://.")
        )
    if not parts.hostname:
        raise ProbeError("invalid-url", translate("Certificate", "The URL has no host name."))
    return parts.hostname, port if port is not None else _DEFAULT_PORT


def _where(host: str, port: int) -> str:
    return host_port(host, port)


async def probe_certificate(
    url: str,
    *,
    ca_file: str | os.PathLike[str] | None = None,
    timeout: float = 10.0,
    proxies: Proxies | None = None,
) -> CertificateInfo:
    """Read the certificate a wss:// or https:// endpoint presents, and judge it.

    A certificate that fails verification is still read (without verifying) so the person can
    see what it is; `trusted` and `trust_error` say why it failed. Raises ProbeError when no
    certificate could be read, TlsConfigError when the extra CA file cannot be used. Through
    the proxy `proxies` names for the URL, if any: the certificate is still the endpoint's own.
    """
    host, port = _split_url(url)
    context = client_ssl_context(ca_file)
    try:
        proxy = await proxies.route_for(url) if proxies is not None else None
    except ConnectionFailure as exc:
        raise ProbeError(exc.kind.value, exc.failure.message) from None

    async def handshake(context: ssl.SSLContext) -> bytes:
        return await _handshake(host, port, context, timeout, proxy)

    async def trusted(context: ssl.SSLContext) -> CertificateInfo:
        der = await handshake(context)
        source = "system"
        if ca_file:
            # Trusted by the system store and the extra CA file together: which of the two?
            # One more handshake, with the system store alone, tells them apart.
            alone = client_ssl_context(None)
            alone.check_hostname = context.check_hostname
            try:
                await handshake(alone)
            except ssl.SSLCertVerificationError:
                source = "ca-file"
        return certificate_info_from_der(
            der, host=host, trusted=True, trust_error=None, trust_source=source
        )

    try:
        return await trusted(context)
    except ssl.SSLCertVerificationError as exc:
        first_error = exc
    if is_hostname_mismatch(first_error):
        # The name is wrong; whether the chain itself is trusted is a separate question.
        context.check_hostname = False
        try:
            return await trusted(context)
        except ssl.SSLCertVerificationError as exc:
            first_error = exc
    der = await handshake(_reading_context())
    names = _subject_alt_names(x509.load_der_x509_certificate(der))
    words = describe_ssl_error(first_error, host=host, names=names)
    return certificate_info_from_der(der, host=host, trusted=False, trust_error=words)


def _reading_context() -> ssl.SSLContext:
    # Verification already failed and was recorded; this handshake only reads the certificate
    # for display, and nothing is sent over it.
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


async def _handshake(
    host: str,
    port: int,
    context: ssl.SSLContext,
    timeout: float,
    proxy: ProxyAddress | None = None,
) -> bytes:
    where = _where(host, port)
    try:
        async with asyncio.timeout(timeout):
            if proxy is None:
                _reader, writer = await asyncio.open_connection(
                    host, port, ssl=context, server_hostname=host, ssl_handshake_timeout=timeout
                )
            else:
                writer = await _through(proxy, host, port, context, timeout)
    except ConnectionFailure as exc:
        raise ProbeError(exc.kind.value, exc.failure.message) from None
    except ssl.SSLCertVerificationError:
        raise
    except TimeoutError:
        raise ProbeError(
            "timeout",
            translate(
                "Certificate", "{where} did not complete a TLS handshake within {seconds} s."
            ).fill(where=where, seconds=f"{timeout:g}"),
        ) from None
    except socket.gaierror:
        raise ProbeError(
            "dns",
            translate(
                "Certificate", "The host name {host} could not be found (DNS lookup failed)."
            ).fill(host=host),
        ) from None
    except ConnectionRefusedError:
        raise ProbeError(
            "refused",
            translate(
                "Certificate",
                "{where} refused the connection: nothing is listening there, or a "
                "firewall rejects it.",
            ).fill(where=where),
        ) from None
    except ssl.SSLError as exc:
        raise ProbeError(
            "tls",
            translate("Certificate", "TLS with {where} failed. {reason}").fill(
                where=where, reason=describe_ssl_error(exc)
            ),
        ) from None
    except OSError as exc:
        if isinstance(exc, ConnectionResetError):
            raise ProbeError(
                "tls",
                translate("Certificate", "TLS with {where} failed. {reason}").fill(
                    where=where, reason=describe_ssl_error(exc)
                ),
            ) from None
        reason = exc.strerror or str(exc)
        raise ProbeError(
            "network",
            translate("Certificate", "Could not connect to {where}: {reason}.").fill(
                where=where, reason=reason
            ),
        ) from None
    try:
        ssl_object = writer.get_extra_info("ssl_object")
        der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
    finally:
        await _close(writer)
    if not der:
        raise ProbeError(
            "tls",
            translate(
                "Certificate", "{where} completed the handshake but sent no certificate."
            ).fill(where=where),
        )
    return bytes(der)


async def _through(
    proxy: ProxyAddress, host: str, port: int, context: ssl.SSLContext, timeout: float
) -> asyncio.StreamWriter:
    """TLS with the endpoint inside a tunnel through `proxy`."""
    tunnel = await open_tunnel(proxy, host, port, timeout=timeout)
    try:
        _reader, writer = await asyncio.open_connection(
            sock=tunnel.sock, ssl=context, server_hostname=host, ssl_handshake_timeout=timeout
        )
    except (ConnectionError, ssl.SSLEOFError, ssl.SSLZeroReturnError):
        tunnel.sock.close()
        raise ConnectionFailure(
            tunnel_closed(proxy, _where(host, port), "the TLS handshake")
        ) from None
    except BaseException:
        tunnel.sock.close()
        raise
    return writer


async def _close(writer: asyncio.StreamWriter) -> None:
    writer.close()
    try:
        async with asyncio.timeout(_CLOSE_TIMEOUT):
            await writer.wait_closed()
    except (TimeoutError, OSError):
        # A peer that never answers the TLS close must not hold the caller up.
        writer.transport.abort()
