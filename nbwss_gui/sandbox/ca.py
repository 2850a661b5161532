"""The sandbox's private certificate authority and the one server certificate it issues.

Generated afresh at every start and never trusted system-wide: clients trust it by naming its
PEM file as their extra CA file (`--ca-file`). Only the CA certificate is written to the
sandbox folder; the private keys stay in memory, apart from the instant the server context
loads them (the ssl module reads keys from files only).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import ssl
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SERVER_NAMES: tuple[str, ...] = ("localhost", "127.0.0.1", "::1")
CA_FILE_NAME = "sandbox-ca.pem"
# Longer than the 30 days under which the application warns that a certificate is expiring.
VALID_DAYS = 365
# A little slack for a clock that is slightly behind the one that signed.
BACKDATE = dt.timedelta(hours=1)


@dataclass(frozen=True)
class SandboxCA:
    """A CA certificate and a server certificate (chain and key) it signed, as PEM."""

    ca_cert_pem: bytes
    server_chain_pem: bytes
    server_key_pem: bytes = field(repr=False)

    def write_ca_file(self, folder: Path) -> Path:
        """Write the CA certificate (public) to `folder`; returns its path."""
        path = folder / CA_FILE_NAME
        path.write_bytes(self.ca_cert_pem)
        return path

    def server_context(self) -> ssl.SSLContext:
        """A TLS server context presenting the server certificate and its CA."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        with tempfile.TemporaryDirectory(prefix="nbwss-sandbox-tls-") as private:
            chain = Path(private, "server.pem")
            key = Path(private, "server.key")
            chain.write_bytes(self.server_chain_pem)
            descriptor = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(self.server_key_pem)
            context.load_cert_chain(chain, key)
        return context


def create_ca(
    names: tuple[str, ...] = SERVER_NAMES, *, organization: str = "nbwss-gui sandbox"
) -> SandboxCA:
    """A new CA and a server certificate for `names` (host names and IP addresses)."""
    now = dt.datetime.now(dt.UTC)
    not_before, not_after = now - BACKDATE, now + dt.timedelta(days=VALID_DAYS)

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.COMMON_NAME, f"{organization} CA"),
        ]
    )
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(cert_sign=True), critical=True)
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )

    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
                    x509.NameAttribute(NameOID.COMMON_NAME, names[0]),
                ]
            )
        )
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(cert_sign=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName(_general_names(names)), critical=False)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(server_key.public_key()), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )

    pem = serialization.Encoding.PEM
    return SandboxCA(
        ca_cert_pem=ca_cert.public_bytes(pem),
        server_chain_pem=server_cert.public_bytes(pem) + ca_cert.public_bytes(pem),
        server_key_pem=server_key.private_bytes(
            pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
    )


def _general_names(names: tuple[str, ...]) -> list[x509.GeneralName]:
    result: list[x509.GeneralName] = []
    for name in names:
        try:
            result.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            result.append(x509.DNSName(name))
    return result


def _key_usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )
