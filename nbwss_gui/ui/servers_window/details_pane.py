"""The details pane of the WebSocket Servers window (SPEC §3.1): everything known of the one
selected endpoint — its connection and full last error, its recent state history (the
engine's events as this window received them, whether it runs the connections or shows an
owner's), and its certificate: fingerprint, issuer, expiry and who trusts it.

A dock, so that it can sit below or beside the list, float, or be closed; the window keeps
where it was in window-state.ini. It is on screen from the first paint, saying that nothing is
selected; what it says of a selection (`details_text`) is loaded once there is one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from nbwss_gui.services.certificate import CertificateInfo
    from nbwss_gui.ui.servers_window.columns import EndpointLike
    from nbwss_gui.ui.servers_window.endpoint_model import EndpointModel

# From this many average characters wide, the pane has two columns.
WIDE_CHARS = 130
NOTHING_SELECTED = QT_TRANSLATE_NOOP(
    "DetailsPane",
    "Select one endpoint to see its last error, its state history and its certificate.",
)


class DetailsSource(Protocol):
    """What the pane reads, and no more."""

    model: EndpointModel

    def single_endpoint(self) -> EndpointLike | None: ...
    def single_group(self) -> str | None: ...
    def extra_ca_file(self) -> str | None: ...


def _paragraph(text: str) -> str:
    """`text` as one HTML paragraph (html.escape's three characters: the html module is
    loaded with `details_text`, after the first paint)."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<p>{escaped}</p>"


class DetailsPane(QDockWidget):
    """The selected endpoint's details; `refresh()` (coalesced) when anything may have changed."""

    def __init__(
        self,
        source: DetailsSource,
        events: Callable[[], Iterable[Mapping[str, Any]]],
        certificates: Callable[[], Mapping[str, CertificateInfo]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("DetailsPane", "Details"), parent)
        self.setObjectName("detailsDock")
        self.setAccessibleName(QCoreApplication.translate("DetailsPane", "Endpoint details"))
        self.source = source
        self._events = events
        self._certificates = certificates
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(
            QCoreApplication.translate("DetailsPane", "Details of the selected endpoint")
        )
        self.browser.setOpenLinks(False)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWidget(self.browser)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh_now)
        self.endpoint_id: str | None = None
        self.refresh_now()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refresh()  # one column or two

    def refresh(self, *_: object) -> None:
        """Look again once the current batch of changes is in."""
        self._timer.start()

    def text(self) -> str:
        return self.browser.toPlainText()

    def refresh_now(self) -> None:
        endpoint = self.source.single_endpoint()
        self.endpoint_id = endpoint.id if endpoint is not None else None
        group_id = self.source.single_group() if endpoint is None else None
        if endpoint is None and group_id is None:
            self.browser.setHtml(
                _paragraph(QCoreApplication.translate("DetailsPane", NOTHING_SELECTED))
            )
            return
        from nbwss_gui.ui.servers_window import details_text

        model = self.source.model
        if endpoint is None:
            assert group_id is not None
            self.browser.setHtml(details_text.group_html(model, group_id))
            return
        two_columns = (
            self.browser.viewport().width() >= self.fontMetrics().averageCharWidth() * WIDE_CHARS
        )
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(
            details_text.endpoint_html(
                model,
                endpoint,
                self._events(),
                self._certificates().get(endpoint.id),
                self.source.extra_ca_file(),
                two_columns=two_columns,
            )
        )
        bar.setValue(position)
