"""An endpoint's TLS certificate, shown so a person can judge it (SPEC §3.3).

The verdict rules (expired: refused; untrusted or wrong name: only by an explicit pin;
expiring soon: a warning) are domain.certificate_verdict's, so the view, the dialog and the
window never disagree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nbwss_gui.domain.certificate_trust import trusted_by
from nbwss_gui.domain.certificate_verdict import Verdict, assess, same_fingerprint, utc_date
from nbwss_gui.domain.problems import Severity
from nbwss_gui.ui.server_dialog.problem_view import ProblemList, severity_word
from nbwss_gui.ui.widgets.message_boxes import name_buttons
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from nbwss_gui.services.certificate import CertificateInfo

# The rules themselves are the domain's; this module shows them.
_date = utc_date


def _validity(info: CertificateInfo) -> str:
    date = _date(info.not_after)
    if info.expired():
        ago = (dt.datetime.now(dt.UTC) - info.not_after).days
        if ago == 1:
            return QCoreApplication.translate(
                "CertificateView", "{date} (expired 1 day ago)"
            ).format(date=date)
        return QCoreApplication.translate(
            "CertificateView", "{date} (expired {days} days ago)"
        ).format(date=date, days=ago)
    left = info.days_left()
    if left == 1:
        return QCoreApplication.translate("CertificateView", "{date} (1 day left)").format(
            date=date
        )
    return QCoreApplication.translate("CertificateView", "{date} ({days} days left)").format(
        date=date, days=left
    )


def _yes_no(flag: bool, reason: str | None = None) -> str:
    word = (
        QCoreApplication.translate("CertificateView", "yes")
        if flag
        else QCoreApplication.translate("CertificateView", "no")
    )
    if reason and not flag:
        return QCoreApplication.translate("CertificateView", "{answer} ({reason})").format(
            answer=word, reason=reason.rstrip(". ")
        )
    return word


def fingerprint_lines(fingerprint: str) -> str:
    """A SHA-256 fingerprint in two lines of 16 bytes, as people compare it by eye."""
    pairs = fingerprint.split(":")
    if len(pairs) != 32:
        return fingerprint
    return f"{':'.join(pairs[:16])}:\n{':'.join(pairs[16:])}"


def spaced_name(name: str) -> str:
    """A distinguished name with a space after each separating comma, so that it can wrap."""
    return re.sub(r"(?<!\\),(?! )", ", ", name)


class CertificateView(QWidget):
    """The fields of one certificate, a verdict line, and (optionally) the pin action."""

    trustRequested = Signal(str)  # the SHA-256 fingerprint to pin

    # (key, caption, accessible name of its value), in English: translated where shown.
    ROWS = (
        ("subject", QT_TRANSLATE_NOOP("CertificateView", "Subject:"),
         QT_TRANSLATE_NOOP("CertificateView", "Subject")),
        ("sans", QT_TRANSLATE_NOOP("CertificateView", "Alternative names:"),
         QT_TRANSLATE_NOOP("CertificateView", "Alternative names")),
        ("issuer", QT_TRANSLATE_NOOP("CertificateView", "Issuer:"),
         QT_TRANSLATE_NOOP("CertificateView", "Issuer")),
        ("serial", QT_TRANSLATE_NOOP("CertificateView", "Serial number:"),
         QT_TRANSLATE_NOOP("CertificateView", "Serial number")),
        ("not_before", QT_TRANSLATE_NOOP("CertificateView", "Valid from:"),
         QT_TRANSLATE_NOOP("CertificateView", "Valid from")),
        ("not_after", QT_TRANSLATE_NOOP("CertificateView", "Valid until:"),
         QT_TRANSLATE_NOOP("CertificateView", "Valid until")),
        ("sha256", QT_TRANSLATE_NOOP("CertificateView", "SHA-256 fingerprint:"),
         QT_TRANSLATE_NOOP("CertificateView", "SHA-256 fingerprint")),
        ("key", QT_TRANSLATE_NOOP("CertificateView", "Key:"),
         QT_TRANSLATE_NOOP("CertificateView", "Key")),
        ("signature", QT_TRANSLATE_NOOP("CertificateView", "Signature algorithm:"),
         QT_TRANSLATE_NOOP("CertificateView", "Signature algorithm")),
        ("trusted", QT_TRANSLATE_NOOP("CertificateView", "Trusted by:"),
         QT_TRANSLATE_NOOP("CertificateView", "Trusted by")),
        ("hostname", QT_TRANSLATE_NOOP("CertificateView", "Host name matches:"),
         QT_TRANSLATE_NOOP("CertificateView", "Host name matches")),
        ("pinned", QT_TRANSLATE_NOOP("CertificateView", "Pinned for this endpoint:"),
         QT_TRANSLATE_NOOP("CertificateView", "Pinned for this endpoint")),
    )  # fmt: skip
    # Shown in a fixed-width font, where equal lengths line up and 0/O, 1/l differ.
    MONOSPACED = frozenset({"serial", "sha256"})

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        offer_pin: bool = False,
        extra_ca_file: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Certificate"))
        # The extra CA file the certificate was checked with, named when it is what trusts.
        self.extra_ca_file = extra_ca_file
        self.info: CertificateInfo | None = None
        self.pinned_sha256: str | None = None
        self.verdict: Verdict | None = None
        self._error: str | None = None
        self._offer_pin = offer_pin
        self._texts: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = ProblemList(self.tr("Certificate verdict"), self)
        self.placeholder = QLabel(
            self.tr("No certificate yet: Validate contacts the endpoint."), self
        )
        self.placeholder.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(self.placeholder)
        self.form_widget = QWidget(self)
        form = QFormLayout(self.form_widget)
        form.setContentsMargins(0, 0, 0, 0)
        # Long values wrap within their own column; a fingerprint line needs the whole of it,
        # so the rows themselves never wrap (the window grows, or scrolls, instead).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, caption, name in self.ROWS:
            value = self._value_label(monospaced=key in self.MONOSPACED)
            value.setAccessibleName(self.tr(name))
            caption_label = QLabel(self.tr(caption), self.form_widget)
            caption_label.setBuddy(value)
            form.addRow(caption_label, value)
            self.values[key] = value
        # The fingerprint is what people compare by eye and copy: reachable by Tab, and its
        # text selectable from the keyboard.
        fingerprint = self.values["sha256"]
        fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        fingerprint.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.form_widget)
        self.trust_button = QPushButton(self.tr("&Trust this certificate for this endpoint…"), self)
        self.trust_button.setAccessibleName(self.tr("Trust this certificate for this endpoint"))
        self.trust_button.clicked.connect(self._trust_clicked)
        layout.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._refresh()

    def _value_label(self, *, monospaced: bool) -> QLabel:
        label = QLabel(self.form_widget)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long value wraps instead of widening the form beyond the window.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 24)
        if monospaced:
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            font.setPointSizeF(label.font().pointSizeF())
            label.setFont(font)
        return label

    def set_certificate(
        self,
        info: CertificateInfo | None,
        *,
        error: str | None = None,
        pinned_sha256: str | None = None,
    ) -> None:
        self.info = info
        self._error = error
        self.pinned_sha256 = pinned_sha256
        self._refresh()

    def set_pinned(self, sha256: str | None) -> None:
        self.pinned_sha256 = sha256
        self._refresh()

    def text(self, key: str) -> str:
        """The value of one row, without the line breaks and spaces added to let it wrap."""
        return self._texts.get(key, "")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # The fixed-width font does not follow the widget's font on its own.
            for key in self.MONOSPACED:
                font = QFont(self.values[key].font())
                font.setPointSizeF(self.font().pointSizeF())
                self.values[key].setFont(font)

    def _refresh(self) -> None:
        info = self.info
        self.verdict = assess(info, self.pinned_sha256) if info is not None else None
        self.placeholder.setVisible(info is None and not self._error)
        self.form_widget.setVisible(info is not None)
        entries: list[tuple[Severity | None, str]] = []
        if self._error:
            # The error is the services' words, shown as they come.
            words = self.tr("Error: {message}").format(message=self._error)
            entries.append((Severity.ERROR, words))
        if self.verdict is not None:
            severity = self.verdict.severity
            words = self.tr("{severity}: {summary}").format(
                severity=severity_word(severity), summary=say(self.verdict.summary)
            )
            entries.append((severity, words))
        self.status.set_entries(entries)
        self.trust_button.setVisible(
            self._offer_pin and self.verdict is not None and self.verdict.can_pin
        )
        if info is None:
            self._texts = {}
            return
        pinned = shown_pinned = self.tr("no")
        if same_fingerprint(info.sha256, self.pinned_sha256):
            pinned = shown_pinned = self.tr("yes (this certificate)")
        elif self.pinned_sha256:
            pinned = self.tr("a different certificate is pinned ({fingerprint})").format(
                fingerprint=self.pinned_sha256
            )
            shown_pinned = self.tr("a different certificate is pinned:\n{fingerprint}").format(
                fingerprint=fingerprint_lines(self.pinned_sha256)
            )
        self._texts = {
            "subject": info.subject,
            "sans": ", ".join(info.sans) or self.tr("(none)"),
            "issuer": info.issuer,
            "serial": info.serial,
            "not_before": _date(info.not_before),
            "not_after": _validity(info),
            "sha256": info.sha256,
            "key": self.tr("{key_type}, {key_size} bits").format(
                key_type=info.key_type, key_size=info.key_size
            ),
            "signature": info.signature_algorithm,
            "trusted": say(
                trusted_by(
                    sha256=info.sha256,
                    trusted=info.trusted,
                    trust_error=info.trust_error,
                    pinned_sha256=self.pinned_sha256,
                    extra_ca_file=self.extra_ca_file,
                    trust_source=info.trust_source,
                )
            ),
            "hostname": _yes_no(info.hostname_matches),
            "pinned": pinned,
        }
        shown = {
            **self._texts,
            "subject": spaced_name(info.subject),
            "issuer": spaced_name(info.issuer),
            "sha256": fingerprint_lines(info.sha256),
            "pinned": shown_pinned,
        }
        for key, text in shown.items():
            self.values[key].setText(text)
        # A fingerprint line does not wrap: the row is never narrower than one.
        for key in self.MONOSPACED:
            label = self.values[key]
            widest = max(
                label.fontMetrics().horizontalAdvance(line) for line in label.text().split("\n")
            )
            label.setMinimumWidth(max(widest + 2, label.fontMetrics().averageCharWidth() * 24))

    def _trust_clicked(self) -> None:
        if self.info is not None:
            self.trustRequested.emit(self.info.sha256)


def pin_confirmation(parent: QWidget, info: CertificateInfo, host_name: str) -> QMessageBox:
    """The explicit question before a pin; the caller opens it with open() and reads `accepted`."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("PinConfirmation", "Trust this certificate?"))
    box.setText(
        QCoreApplication.translate(
            "PinConfirmation", "Trust this certificate for {host} only?"
        ).format(host=host_name)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "PinConfirmation",
            "The connection will accept exactly the certificate with this SHA-256 fingerprint, "
            "and report \u201ccertificate changed\u201d if the endpoint ever presents another "
            "one.\n\n{fingerprint}\n\nCompare it with the fingerprint the provider gave you.",
        ).format(fingerprint=info.sha256)
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    trust = box.addButton(
        QCoreApplication.translate("PinConfirmation", "&Trust"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAccessibleName(QCoreApplication.translate("PinConfirmation", "Trust this certificate"))
    trust.setAccessibleName(QCoreApplication.translate("PinConfirmation", "Trust"))
    return name_buttons(box)


def ask_to_pin(
    parent: QWidget, info: CertificateInfo, host_name: str, on_trust: Callable[[], None]
) -> QMessageBox:
    """The one pin confirmation flow (the dialog's Validate and the window's Validate again):
    ask, and call `on_trust` only when the person chose to trust. The box deletes itself once
    answered; it is returned for the keyboard and for tests."""
    box = pin_confirmation(parent, info, host_name)
    trust = box.buttons()[0]

    def decided() -> None:
        if box.clickedButton() is trust:
            on_trust()
        box.deleteLater()

    box.finished.connect(decided)
    box.open()
    return box


class CertificateDialog(QDialog):
    """A certificate on its own, for "Validate again" on a registered endpoint.

    With `offer_pin`, an untrusted certificate offers the pin action; `trustRequested` carries
    the fingerprint to whoever can save the pin.
    """

    trustRequested = Signal(str)

    def __init__(
        self,
        info: CertificateInfo | None,
        parent: QWidget | None = None,
        *,
        error: str | None = None,
        pinned_sha256: str | None = None,
        offer_pin: bool = False,
        extra_ca_file: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Certificate"))
        self.setAccessibleName(self.tr("Certificate"))
        layout = QVBoxLayout(self)
        self.view = CertificateView(self, offer_pin=offer_pin, extra_ca_file=extra_ca_file)
        self.view.set_certificate(info, error=error, pinned_sha256=pinned_sha256)
        self.view.trustRequested.connect(self.trustRequested)
        layout.addWidget(self.view)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)
        self.fit_to_contents()

    def fit_to_contents(self) -> None:
        """Wide enough for a fingerprint line and a distinguished name, as tall as the text
        then needs, within the screen."""
        metrics = self.fontMetrics()
        width = max(self.minimumSizeHint().width(), 96 * metrics.averageCharWidth())
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout is not None else -1
        if height <= 0:
            height = self.sizeHint().height()
        wanted = QSize(width, height)
        screen = self.screen().availableGeometry().size() * 0.9
        self.resize(wanted.boundedTo(screen))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_to_contents()
