"""TLS client settings shared by the provider fetch, the certificate probe and the engine."""

from __future__ import annotations

import os
import ssl
from collections.abc import Sequence

import truststore

from nbwss_gui.domain.words import Words, joined, translate

# OpenSSL's X509_V_ERR_* codes, as carried by ssl.SSLCertVerificationError.verify_code.
_UNTRUSTED_CODES = frozenset({2, 18, 19, 20, 21, 27, 28, 29, 30})
_NOT_YET_VALID = 9
_EXPIRED = 10
_REVOKED = 23
_HOSTNAME_MISMATCH = 62
_IP_MISMATCH = 64

_HANDSHAKE_REASONS = {
    "WRONG_VERSION_NUMBER": translate(
        "TLS", "the server did not answer with TLS (is it a plain http or ws port?)"
    ),
    "UNSUPPORTED_PROTOCOL": translate(
        "TLS", "the server only offers a TLS version this application refuses"
    ),
    "TLSV1_ALERT_PROTOCOL_VERSION": translate(
        "TLS", "the server refused every TLS version this application offers"
    ),
    "SSLV3_ALERT_HANDSHAKE_FAILURE": translate(
        "TLS", "the server and this application share no cipher suite"
    ),
    "NO_SHARED_CIPHER": translate("TLS", "the server and this application share no cipher suite"),
    "TLSV1_ALERT_UNKNOWN_CA": translate(
        "TLS", "the server does not trust this application's certificate"
    ),
    "TLSV13_ALERT_CERTIFICATE_REQUIRED": translate(
        "TLS", "the server requires a client certificate"
    ),
    "TLSV1_UNRECOGNIZED_NAME": translate(
        "TLS", "the server does not know the host name this application asked for"
    ),
    "DH_KEY_TOO_SMALL": translate("TLS", "the server's key exchange is too weak"),
    "EE_KEY_TOO_SMALL": translate("TLS", "the server's certificate key is too weak"),
    "CA_MD_TOO_WEAK": translate(
        "TLS", "the certificate is signed with a hash algorithm that is too weak"
    ),
}


class TlsConfigError(Exception):
    """The TLS settings cannot be used, for example an extra CA file that cannot be read."""


def client_ssl_context(ca_file: str | os.PathLike[str] | None = None) -> ssl.SSLContext:
    """A verifying client context: the operating system's trust store plus `ca_file`, if given.

    truststore makes corporate CAs installed in Windows or macOS work without a PEM bundle.
    """
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_file is None:
        return context
    path = os.fspath(ca_file)
    if not os.path.exists(path):
        raise TlsConfigError(f"The extra CA file {path} does not exist.")
    if not os.path.isfile(path):
        raise TlsConfigError(f"The extra CA file {path} is not a file.")
    try:
        context.load_verify_locations(cafile=path)
    except PermissionError:
        raise TlsConfigError(
            f"The extra CA file {path} cannot be read: permission denied."
        ) from None
    except ssl.SSLError:
        # Before OSError: SSLError is one, but here it means the content, not the reading.
        raise TlsConfigError(
            f"The extra CA file {path} holds no usable certificate "
            "(expected one or more PEM certificates, -----BEGIN CERTIFICATE-----)."
        ) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise TlsConfigError(f"The extra CA file {path} cannot be read: {reason}.") from None
    return context


def is_hostname_mismatch(exc: BaseException) -> bool:
    """True when a verification error is about the name only, not the chain."""
    return isinstance(exc, ssl.SSLCertVerificationError) and exc.verify_code in (
        _HOSTNAME_MISMATCH,
        _IP_MISMATCH,
    )


def is_verification_error(exc: BaseException) -> bool:
    return isinstance(exc, ssl.SSLCertVerificationError)


def describe_ssl_error(
    exc: BaseException,
    *,
    host: str | None = None,
    names: Sequence[str] = (),
    can_pin: bool = True,
) -> Words:
    """Words a person understands for a failed TLS handshake.

    `host` is the name that was asked for and `names` the names the certificate covers, when
    the caller knows them; both make a host-name mismatch message concrete. `can_pin`: the
    certificate can be trusted explicitly (an endpoint's can, a provider URL's cannot), so the
    advice names only what the person can do.
    """
    if isinstance(exc, ssl.SSLCertVerificationError):
        return _describe_verification(exc, host, names, can_pin=can_pin)
    if isinstance(exc, ssl.SSLEOFError | ConnectionResetError | ssl.SSLZeroReturnError):
        return translate("TLS", "The server closed the connection during the TLS handshake.")
    failed = translate("TLS", "The TLS handshake failed: {reason}.")
    if isinstance(exc, ssl.SSLError):
        reason = exc.reason or ""
        words = _HANDSHAKE_REASONS.get(reason)
        if words is None:
            return failed.fill(reason=reason.replace("_", " ").lower() if reason else _plain(exc))
        return failed.fill(reason=words)
    return failed.fill(reason=_plain(exc))


def _describe_verification(
    exc: ssl.SSLCertVerificationError, host: str | None, names: Sequence[str], *, can_pin: bool
) -> Words:
    code = exc.verify_code
    detail = str(exc.verify_message or exc.reason or exc).lower()
    if code in (_HOSTNAME_MISMATCH, _IP_MISMATCH) or "mismatch" in detail:
        if names:
            covered = translate("TLS", "It covers: {names}.").fill(names=", ".join(names))
        else:
            covered = translate("TLS", "It names other hosts.")
        if code == _IP_MISMATCH:
            if host:
                words = translate(
                    "TLS", "The server's certificate is not valid for the IP address '{host}'."
                )
            else:
                words = translate(
                    "TLS", "The server's certificate is not valid for the IP address."
                )
        elif host:
            words = translate(
                "TLS", "The server's certificate is not valid for the host name '{host}'."
            )
        else:
            words = translate("TLS", "The server's certificate is not valid for the host name.")
        return joined([words.fill(host=host or ""), covered])
    if code == _EXPIRED or "expired" in detail:
        return translate("TLS", "The server's certificate has expired.")
    if code == _NOT_YET_VALID or "not yet valid" in detail:
        return translate(
            "TLS", "The server's certificate is not valid yet (check this computer's clock)."
        )
    if code == _REVOKED or "revoked" in detail:
        return translate("TLS", "The server's certificate has been revoked.")
    if code in _UNTRUSTED_CODES or "self-signed" in detail or "issuer" in detail:
        # Only a lone certificate signed by itself is self-signed; a chain that ends in an
        # unknown root ("self-signed certificate in certificate chain") is not.
        lone = code == 18 or (code is None and detail.strip(". ") == "self-signed certificate")
        parts = [
            translate(
                "TLS",
                "The server's certificate is not trusted: it was not issued by a certificate "
                "authority this computer trusts.",
            )
        ]
        if lone:
            parts.append(translate("TLS", "It is self-signed."))
        if can_pin:
            parts.append(
                translate(
                    "TLS", "Add its CA as the extra CA file, or trust this certificate explicitly."
                )
            )
        else:
            parts.append(
                translate(
                    "TLS",
                    "Add the CA that issued it as the extra CA file (Settings, or --ca-file on "
                    "the command line); a provider URL's certificate cannot be pinned.",
                )
            )
        return joined(parts)
    return translate("TLS", "The server's certificate could not be verified: {reason}.").fill(
        reason=exc.verify_message or _plain(exc)
    )


def _plain(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
