"""The certificate view and dialog, fed with real certificates from a private trustme CA."""

from __future__ import annotations

import datetime as dt
import ssl
from pathlib import Path

import pytest
import trustme
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from nbwss_gui.domain.problems import Severity
from nbwss_gui.services.certificate import CertificateInfo, certificate_info_from_der
from nbwss_gui.ui.server_dialog.certificate_view import (
    CertificateDialog,
    CertificateView,
    assess,
    pin_confirmation,
)

NOW = dt.datetime.now(dt.UTC)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA(organization_name="nbwss-gui view test CA")


def info_for(
    cert: trustme.LeafCert,
    *,
    host: str = "127.0.0.1",
    trusted: bool = True,
    trust_error: str | None = None,
) -> CertificateInfo:
    der = ssl.PEM_cert_to_DER_cert(cert.cert_chain_pems[0].bytes().decode("ascii"))
    return certificate_info_from_der(der, host=host, trusted=trusted, trust_error=trust_error)


def issue(ca: trustme.CA, days_left: int, **kwargs: object) -> trustme.LeafCert:
    return ca.issue_cert(
        "localhost",
        "127.0.0.1",
        not_before=NOW - dt.timedelta(days=100),
        not_after=NOW + dt.timedelta(days=days_left, hours=1),
        **kwargs,  # type: ignore[arg-type]
    )


def test_every_field_is_shown(qtbot: QtBot, ca: trustme.CA, artifacts_dir: Path) -> None:
    info = info_for(issue(ca, 200, key_type=trustme.KeyType.RSA))
    dialog = CertificateDialog(info)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.view
    assert view.text("subject") == info.subject
    assert view.text("sans") == "localhost, 127.0.0.1"
    assert "nbwss-gui view test CA" in view.text("issuer")
    assert view.text("serial") == info.serial
    assert view.text("not_after").endswith("(200 days left)")
    assert view.text("sha256") == info.sha256
    assert view.text("key") == "RSA, 2048 bits"
    assert view.text("signature") == info.signature_algorithm
    assert view.text("trusted") == "the operating system's store"
    assert view.text("hostname") == "yes"
    assert view.text("pinned") == "no"
    assert view.status.texts() == ["OK: Trusted by the operating system; valid for 200 more days."]
    # The fingerprint in two lines of 16 bytes, reachable by Tab and selectable by keyboard.
    fingerprint = view.values["sha256"]
    first, second = fingerprint.text().split("\n")
    assert f"{first}{second}" == info.sha256
    assert first.count(":") == 16 and second.count(":") == 15
    assert fingerprint.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert fingerprint.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    # Distinguished names get room to wrap between their parts.
    assert view.values["subject"].text() == info.subject.replace(",", ", ")
    # Nothing is cut off: every value fits the width it was given.
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    for key, value in view.values.items():
        for line in value.text().split("\n"):
            widest_word = max(line.split(" "), key=value.fontMetrics().horizontalAdvance)
            assert value.fontMetrics().horizontalAdvance(widest_word) <= value.width(), key
    assert not view.trust_button.isVisible()
    assert all(value.accessibleName() for value in view.values.values())
    dialog.grab().save(str(artifacts_dir / "certificate-view.png"))


def test_untrusted_certificate_offers_a_pin(qtbot: QtBot, ca: trustme.CA) -> None:
    stranger = trustme.CA(organization_name="Somebody else")
    info = info_for(
        issue(stranger, 90), trusted=False, trust_error="unable to get local issuer certificate"
    )
    view = CertificateView(offer_pin=True)
    qtbot.addWidget(view)
    view.show()
    view.set_certificate(info)
    assert view.text("trusted") == "no one (unable to get local issuer certificate)"
    assert view.verdict is not None
    assert not view.verdict.passes and view.verdict.can_pin
    assert view.status.rows()[0].severity is Severity.ERROR
    assert view.status.texts()[0].startswith("Error: Not trusted by the operating system")
    assert view.trust_button.isVisible()
    with qtbot.waitSignal(view.trustRequested) as signal:
        qtbot.mouseClick(view.trust_button, Qt.MouseButton.LeftButton)
    assert signal.args == [info.sha256]
    # Pinned as a lower-case, colon-free paste: still the same fingerprint.
    view.set_pinned(info.sha256.replace(":", "").lower())
    assert view.verdict.passes
    assert view.text("pinned") == "yes (this certificate)"
    assert not view.trust_button.isVisible()


def test_changed_certificate_is_reported_against_the_pin(qtbot: QtBot, ca: trustme.CA) -> None:
    info = info_for(issue(ca, 90))
    other = info_for(issue(ca, 90))
    view = CertificateView(offer_pin=True)
    qtbot.addWidget(view)
    view.set_certificate(info, pinned_sha256=other.sha256)
    assert view.verdict is not None and not view.verdict.passes
    assert "certificate changed" in view.verdict.summary
    assert view.text("pinned") == f"a different certificate is pinned ({other.sha256})"


def test_expired_certificate_is_refused_and_cannot_be_pinned(qtbot: QtBot, ca: trustme.CA) -> None:
    cert = ca.issue_cert(
        "127.0.0.1", not_before=NOW - dt.timedelta(days=90), not_after=NOW - dt.timedelta(days=3)
    )
    info = info_for(cert, trusted=False, trust_error="certificate has expired")
    view = CertificateView(offer_pin=True)
    qtbot.addWidget(view)
    view.show()
    view.set_certificate(info, pinned_sha256=info.sha256)
    verdict = assess(info, info.sha256)
    assert not verdict.passes and not verdict.can_pin
    assert verdict.severity is Severity.ERROR and "refused" in verdict.summary
    assert "expired 3 days ago" in view.text("not_after")
    assert not view.trust_button.isVisible()


def test_expiring_soon_is_a_warning(ca: trustme.CA, qtbot: QtBot) -> None:
    info = info_for(issue(ca, 12))
    verdict = assess(info)
    assert verdict.passes
    assert verdict.severity is Severity.WARNING
    assert "expires in 12 days" in verdict.summary
    assert assess(info_for(issue(ca, 31))).severity is None


def test_host_name_mismatch_is_shown(qtbot: QtBot, ca: trustme.CA) -> None:
    info = info_for(issue(ca, 90), host="wrong.example")
    view = CertificateView()
    qtbot.addWidget(view)
    view.set_certificate(info)
    assert view.text("hostname") == "no"
    assert view.verdict is not None and not view.verdict.passes
    assert "host name does not match" in view.verdict.summary


def test_error_without_certificate(qtbot: QtBot) -> None:
    dialog = CertificateDialog(None, error="127.0.0.1:9 refused the connection")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.view.status.texts() == ["Error: 127.0.0.1:9 refused the connection"]
    assert not dialog.view.form_widget.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_pin_confirmation_shows_the_fingerprint(qtbot: QtBot, ca: trustme.CA) -> None:
    info = info_for(issue(ca, 90))
    view = CertificateView()
    qtbot.addWidget(view)
    box = pin_confirmation(view, info, "127.0.0.1")
    assert info.sha256 in box.informativeText()
    assert "127.0.0.1" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
