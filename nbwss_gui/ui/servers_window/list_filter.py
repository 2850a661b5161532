"""The filter box above the WebSocket Servers list: type words, and only the endpoints whose
host name, URL, group, state or connection state hold them all stay listed (the rule is
domain.endpoint_filter). The groups they are in stay with them; the others are hidden."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from nbwss_gui.domain.endpoint_filter import terms
from nbwss_gui.ui.servers_window.columns import IS_GROUP_ROLE, Column
from nbwss_gui.ui.servers_window.endpoint_tree import EndpointTree
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP

PLACEHOLDER = QT_TRANSLATE_NOOP("ListFilter", "Filter by host, URL, group or state (Ctrl+F)")
_WORD_COLUMNS = (Column.HOST_NAME, Column.URL, Column.GROUP_ID, Column.STATE)


def row_words(index: QModelIndex) -> list[str]:
    """What a row is found by: a group by its id; an endpoint by its host name, URL, group,
    state and connection state."""
    if index.data(IS_GROUP_ROLE):
        return [str(index.siblingAtColumn(Column.GROUP_ID).data() or "")]
    words = [str(index.siblingAtColumn(column).data() or "") for column in _WORD_COLUMNS]
    words.append(str(index.siblingAtColumn(Column.CONNECTION_STATE).data() or ""))
    return words


class FilterBox(QLineEdit):
    """Filters `view`; `filtered` says how many endpoints are shown (-1: no filter)."""

    filtered = Signal(int)

    def __init__(self, view: EndpointTree, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setPlaceholderText(QCoreApplication.translate("ListFilter", PLACEHOLDER))
        self.setAccessibleName(QCoreApplication.translate("ListFilter", "Filter"))
        self.setToolTip(
            QCoreApplication.translate(
                "ListFilter",
                "Only the endpoints whose host name, URL, group, state or connection state hold "
                "every word typed here (Escape clears it)",
            )
        )
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.apply)
        self.textChanged.connect(lambda _text: self.apply())
        model = view.model()
        for signal in (model.rowsInserted, model.layoutChanged, model.modelReset):
            signal.connect(self._rows_changed)
        model.dataChanged.connect(self._rows_changed)

    @property
    def active(self) -> bool:
        return bool(terms(self.text()))

    def _rows_changed(self, *_: object) -> None:
        # New rows and new states are filtered too, once per batch of changes.
        if self.active:
            self._timer.start()

    def apply(self) -> None:
        wanted = terms(self.text())
        shown = self.view.apply_filter(wanted, row_words)
        self.filtered.emit(shown if wanted else -1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
