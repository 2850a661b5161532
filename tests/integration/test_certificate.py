"""The certificate probe against real TLS servers on loopback (SPEC §3.3)."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import ipaddress
import re
import socket
from pathlib import Path

import pytest
import trustme
from cryptography import x509

from nbwss_gui.services.certificate import (
    CertificateInfo,
    ProbeError,
    certificate_info_from_der,
    probe_certificate,
    sha256_fingerprint,
)

from .conftest import ServerAddress, TlsServer, leaf_der

FINGERPRINT = re.compile(r"^([0-9A-F]{2}:){31}[0-9A-F]{2}$")


def probe(
    tls_server: TlsServer,
    cert: trustme.LeafCert,
    *,
    ca_file: Path | None,
    host: str = "127.0.0.1",
    url_host: str | None = None,
) -> CertificateInfo:
    async def scenario() -> CertificateInfo:
        async with tls_server(cert=cert, host=host) as address:
            target = ServerAddress(url_host or host, address.port)
            return await probe_certificate(target.url("wss", "/nbwss"), ca_file=ca_file)

    return asyncio.run(scenario())


def probe_error(url: str, timeout: float = 10.0) -> ProbeError:
    with pytest.raises(ProbeError) as info:
        asyncio.run(probe_certificate(url, timeout=timeout))
    assert str(info.value) == info.value.message
    return info.value


def test_trusted_server_fills_every_field(
    tls_server: TlsServer, server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    info = probe(tls_server, server_cert, ca_file=ca_file)
    der = leaf_der(server_cert)
    parsed = x509.load_der_x509_certificate(der)
    now = dt.datetime.now(dt.UTC)

    assert info.trusted is True
    assert info.trust_error is None
    assert info.hostname_matches is True
    assert info.der == der
    assert info.sha256 == sha256_fingerprint(der)
    assert info.sha256.replace(":", "") == hashlib.sha256(der).hexdigest().upper()
    assert FINGERPRINT.match(info.sha256)
    assert "CN=localhost" in info.subject
    assert info.sans == ("localhost", "127.0.0.1", "::1")
    assert "O=nbwss-gui test CA" in info.issuer
    assert int(info.serial, 16) == parsed.serial_number
    assert info.serial == info.serial.upper()
    assert len(info.serial) % 2 == 0
    assert info.not_before.tzinfo is not None
    assert info.not_after.utcoffset() == dt.timedelta(0)
    assert info.not_before < now < info.not_after
    assert info.key_type == "EC (secp256r1)"
    assert info.key_size == 256
    assert info.signature_algorithm == "ecdsa-with-SHA256"
    assert info.expired() is False
    assert info.days_left() > 30
    assert "der=" not in repr(info)


def test_rsa_key_and_signature_are_named(
    tls_server: TlsServer, rsa_server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    info = probe(tls_server, rsa_server_cert, ca_file=ca_file)
    assert info.trusted is True
    assert info.key_type == "RSA"
    assert info.key_size == 2048
    assert info.signature_algorithm == "ecdsa-with-SHA256"  # signed by the (EC) test CA


def test_untrusted_certificate_is_still_read(
    tls_server: TlsServer, server_cert: trustme.LeafCert
) -> None:
    info = probe(tls_server, server_cert, ca_file=None)
    assert info.trusted is False
    assert info.trust_error is not None
    assert "not trusted" in info.trust_error
    assert info.hostname_matches is True
    assert info.der == leaf_der(server_cert)
    assert info.sans == ("localhost", "127.0.0.1", "::1")
    assert "CN=localhost" in info.subject


def test_wrong_name_certificate_does_not_match_the_host(
    tls_server: TlsServer, wrong_name_cert: trustme.LeafCert, ca_file: Path
) -> None:
    info = probe(tls_server, wrong_name_cert, ca_file=ca_file)
    assert info.hostname_matches is False
    # The chain is fine; only the name is wrong, and that is what hostname_matches says.
    assert info.trusted is True
    assert info.sans == ("wrong-name.example",)
    assert info.der == leaf_der(wrong_name_cert)


def test_wrong_name_and_untrusted_reports_both(
    tls_server: TlsServer, wrong_name_cert: trustme.LeafCert
) -> None:
    info = probe(tls_server, wrong_name_cert, ca_file=None)
    assert info.hostname_matches is False
    assert info.trusted is False
    assert info.trust_error is not None
    assert "not trusted" in info.trust_error


def test_expired_certificate(
    tls_server: TlsServer, expired_cert: trustme.LeafCert, ca_file: Path
) -> None:
    info = probe(tls_server, expired_cert, ca_file=ca_file)
    assert info.expired() is True
    assert info.expires_soon() is False
    assert info.days_left() < 0
    assert info.trusted is False
    assert info.trust_error is not None
    assert "expired" in info.trust_error
    assert info.hostname_matches is True


def test_certificate_expiring_in_ten_days(
    tls_server: TlsServer, expiring_cert: trustme.LeafCert, ca_file: Path
) -> None:
    info = probe(tls_server, expiring_cert, ca_file=ca_file)
    assert info.trusted is True
    assert info.expired() is False
    assert info.expires_soon() is True
    assert info.expires_soon(days=5) is False
    assert info.days_left() in (9, 10)
    later = info.not_after + dt.timedelta(seconds=1)
    assert info.expired(later) is True
    assert info.days_left(info.not_after - dt.timedelta(days=3, hours=1)) == 3


def test_ipv6_loopback(
    tls_server: TlsServer, server_cert: trustme.LeafCert, ca_file: Path, ipv6_loopback: str
) -> None:
    info = probe(tls_server, server_cert, ca_file=ca_file, host=ipv6_loopback)
    assert info.trusted is True
    assert info.hostname_matches is True
    assert info.der == leaf_der(server_cert)


def test_localhost_name_over_ipv4(
    tls_server: TlsServer, server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    if "127.0.0.1" not in {a[4][0] for a in socket.getaddrinfo("localhost", 1)}:
        pytest.skip("localhost does not resolve to 127.0.0.1 here")
    info = probe(tls_server, server_cert, ca_file=ca_file, url_host="localhost")
    assert info.trusted is True
    assert info.hostname_matches is True


def test_refused_port(closed_port: int) -> None:
    error = probe_error(f"wss://127.0.0.1:{closed_port}/nbwss", timeout=5.0)
    assert error.kind == "refused"
    assert f"127.0.0.1:{closed_port} refused the connection" in error.message


def test_default_port_is_443() -> None:
    with socket.socket() as sock:
        if sock.connect_ex(("127.0.0.1", 443)) == 0:
            pytest.skip("something listens on 127.0.0.1:443 here")
    error = probe_error("wss://127.0.0.1/nbwss", timeout=5.0)
    assert error.kind == "refused"
    assert "127.0.0.1:443" in error.message


def test_dns_failure_names_the_host() -> None:
    error = probe_error("wss://no-such-endpoint.invalid/nbwss", timeout=5.0)
    assert error.kind == "dns"
    assert "no-such-endpoint.invalid" in error.message


def test_server_that_never_starts_tls_times_out(tls_server: TlsServer) -> None:
    async def scenario() -> CertificateInfo:
        async with tls_server(handshake=False) as address:
            return await probe_certificate(address.url("wss"), timeout=0.5)

    with pytest.raises(ProbeError) as info:
        asyncio.run(scenario())
    assert info.value.kind == "timeout"
    assert "0.5 s" in info.value.message


def test_plain_tcp_server_is_a_tls_failure() -> None:
    async def scenario() -> CertificateInfo:
        async def answer_http(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await reader.read(1)
            writer.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            await writer.drain()
            writer.close()

        server = await asyncio.start_server(answer_http, "127.0.0.1", 0)
        async with server:
            port = server.sockets[0].getsockname()[1]
            return await probe_certificate(f"https://127.0.0.1:{port}/", timeout=5.0)

    with pytest.raises(ProbeError) as info:
        asyncio.run(scenario())
    assert info.value.kind == "tls"
    assert "TLS" in info.value.message


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("ws://endpoint.example.com/nbwss", "wss://"),
        ("http://endpoint.example.com/", "https://"),
        ("wss:///nbwss", "no host"),
        ("wss://endpoint.example.com:0x/nbwss", "port"),
    ],
)
def test_invalid_url(url: str, words: str) -> None:
    error = probe_error(url)
    assert error.kind == "invalid-url"
    assert words in error.message


def test_fingerprint_format() -> None:
    assert sha256_fingerprint(b"") == (
        "E3:B0:C4:42:98:FC:1C:14:9A:FB:F4:C8:99:6F:B9:24:"
        "27:AE:41:E4:64:9B:93:4C:A4:95:99:1B:78:52:B8:55"
    )


@pytest.mark.parametrize(
    ("host", "matches"),
    [
        ("api.example.test", True),
        ("API.Example.Test.", True),
        ("example.test", False),
        ("deep.api.example.test", False),
        ("exact.other.test", True),
        ("other.test", False),
        ("192.0.2.7", True),
        ("192.0.2.8", False),
        ("2001:db8::1", True),
        ("2001:0db8:0:0::1", True),
        ("[2001:db8::1]", True),
        ("2001:db8::2", False),
    ],
)
def test_host_name_matching(ca: trustme.CA, host: str, matches: bool) -> None:
    cert = ca.issue_cert("*.example.test", "exact.other.test", "192.0.2.7", "2001:db8::1")
    info = certificate_info_from_der(leaf_der(cert), host=host, trusted=True, trust_error=None)
    assert info.hostname_matches is matches
    assert info.sans == ("*.example.test", "exact.other.test", "192.0.2.7", "2001:db8::1")


def test_ip_address_is_not_matched_by_a_dns_name(ca: trustme.CA) -> None:
    cert = ca.issue_cert("127.0.0.1.nip.test", "localhost")
    info = certificate_info_from_der(
        leaf_der(cert), host="127.0.0.1", trusted=True, trust_error=None
    )
    assert info.hostname_matches is False


def test_who_trusts_it_is_told_apart(
    tls_server: TlsServer, server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    from nbwss_gui.domain.certificate_verdict import assess

    # The test CA is in the extra CA file only: the system store alone does not trust it.
    info = probe(tls_server, server_cert, ca_file=ca_file)
    assert info.trusted is True and info.trust_source == "ca-file"
    assert assess(info).summary.startswith("Trusted by the extra CA file;")
    untrusted = probe(tls_server, server_cert, ca_file=None)
    assert untrusted.trust_source is None


def test_a_leaf_of_an_unknown_ca_is_not_called_self_signed(
    tls_server: TlsServer, server_cert: trustme.LeafCert, tmp_path: Path
) -> None:
    import datetime as _dt

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    # Issued by a CA this computer does not know: untrusted, but not self-signed.
    info = probe(tls_server, server_cert, ca_file=None)
    assert info.trust_error is not None
    assert "self-signed" not in info.trust_error
    # A certificate that really is signed by itself is called so.
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = _dt.datetime.now(_dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _dt.timedelta(days=1))
        .not_valid_after(now + _dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_pem = tmp_path / "self.pem"
    key_pem = tmp_path / "self.key"
    cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )

    async def scenario() -> CertificateInfo:
        import ssl

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_pem, key_pem)
        server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", 0, ssl=context)
        port = server.sockets[0].getsockname()[1]
        async with server:
            return await probe_certificate(f"wss://127.0.0.1:{port}/nbwss", timeout=5.0)

    self_signed = asyncio.run(scenario())
    assert self_signed.trust_error is not None and "It is self-signed." in self_signed.trust_error
