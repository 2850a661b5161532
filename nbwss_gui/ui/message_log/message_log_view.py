"""The message log window of one endpoint (SPEC §6.3): the last messages in and out.

The log belongs to the engine: this window only reads it, and never clears it. It reads it
again when told that the endpoint changed (`refresh`) and, as a fallback, every second while
it is shown. Rows are added and dropped in place rather than reset, so the selected message
stays selected and a view that followed the newest message keeps following it.

The token never reaches the log (the domain stores messages redacted); every text shown or
copied here is passed through the known-secret redaction once more all the same, because this
is the one window whose purpose is to show what went over the wire.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QFontDatabase,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nbwss_gui.domain.message_log import LogEntry, MessageLog
from nbwss_gui.ui.message_log.table_model import (
    Column,
    MessageLogModel,
    details_text,
    line_text,
)

ModelIndex = QModelIndex | QPersistentModelIndex
# What the window reads: the log itself, or a function that returns the log (or its entries,
# oldest first) each time it is asked — `lambda: engine.message_log(endpoint_id)` follows a
# log that is replaced when the engine restarts. None means there is no log now (no engine).
LogSource = MessageLog | Callable[[], MessageLog | Iterable[LogEntry] | None]

REFRESH_MS = 1_000


class MessageLogDialog(QDialog):
    """The message log of one endpoint, a row per entry and the selected one in full.

    Non-modal, and only hidden when closed: the caller may keep it and show it again.
    """

    def __init__(
        self,
        host_name: str,
        url: str,
        log_source: LogSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(False)
        title = QCoreApplication.translate("MessageLog", "Message log — {host}").format(
            host=host_name
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._source = log_source

        self.endpoint_label = QLabel(f"{host_name} — {url}", self)
        self.endpoint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.endpoint_label.setWordWrap(True)
        self.endpoint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.endpoint_label.setAccessibleName(QCoreApplication.translate("MessageLog", "Endpoint"))

        self.model = MessageLogModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(QCoreApplication.translate("MessageLog", "Messages"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in every other view
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.hide()
        # One line of text per row, with the style's padding: the default is nearly two.
        rows.setMinimumSectionSize(1)
        self._fit_rows()
        header = self.table.horizontalHeader()
        for column in (Column.TIME, Column.DIRECTION, Column.TYPE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        # Ctrl+C copies the whole message, not just the text of the focused cell.
        copy_action = QAction(QCoreApplication.translate("MessageLog", "Copy message"), self.table)
        copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_action.triggered.connect(self.copy_selected)
        self.table.addAction(copy_action)
        messages_label = QLabel(
            QCoreApplication.translate("MessageLog", "&Messages (oldest first):"), self
        )
        messages_label.setBuddy(self.table)

        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(QCoreApplication.translate("MessageLog", "Message details"))
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setTabChangesFocus(True)
        # A caret, so that the text can be selected from the keyboard too.
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        details_label = QLabel(
            QCoreApplication.translate("MessageLog", "&Details of the selected message:"), self
        )
        details_label.setBuddy(self.details)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        for label, widget in ((messages_label, self.table), (details_label, self.details)):
            pane = QWidget(splitter)
            pane_layout = QVBoxLayout(pane)
            pane_layout.setContentsMargins(0, 0, 0, 0)
            pane_layout.addWidget(label)
            pane_layout.addWidget(widget, 1)
            splitter.addWidget(pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(QCoreApplication.translate("MessageLog", "Copy status"))
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(
            QCoreApplication.translate("MessageLog", "&Copy message"), self
        )
        self.copy_button.setAccessibleName(QCoreApplication.translate("MessageLog", "Copy message"))
        self.copy_button.setToolTip(
            QCoreApplication.translate("MessageLog", "Copy the selected message, token redacted")
        )
        self.copy_button.clicked.connect(self.copy_selected)
        self.copy_all_button = QPushButton(
            QCoreApplication.translate("MessageLog", "Copy &all"), self
        )
        self.copy_all_button.setAccessibleName(QCoreApplication.translate("MessageLog", "Copy all"))
        self.copy_all_button.setToolTip(
            QCoreApplication.translate(
                "MessageLog", "Copy every message in the log, one a line, token redacted"
            )
        )
        self.copy_all_button.clicked.connect(self.copy_all)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(QCoreApplication.translate("MessageLog", "Close"))
        # Enter in the table must not close the window.
        for button in (self.copy_button, self.copy_all_button, self.close_button):
            button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.endpoint_label)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.setTabOrder(self.table, self.details)
        self.setTabOrder(self.details, self.copy_button)
        self.setTabOrder(self.copy_button, self.copy_all_button)
        self.setTabOrder(self.copy_all_button, self.close_button)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

        self.refresh()
        self.table.scrollToBottom()
        self._show_selected()
        self.table.setFocus()
        metrics = self.fontMetrics()
        # Room for a pretty-printed CONNECT message below a screenful of rows.
        wanted = QSize(130 * metrics.averageCharWidth(), 46 * metrics.lineSpacing())
        self.resize(wanted.boundedTo(self.screen().availableGeometry().size() * 0.9))

    # -- reading the log -------------------------------------------------------------------

    def _entries(self) -> list[LogEntry]:
        source = self._source
        found = source if isinstance(source, MessageLog) else source()
        if found is None:
            return []
        return found.entries() if isinstance(found, MessageLog) else list(found)

    def refresh(self) -> None:
        """Read the log again. Cheap when nothing changed; call it on every change report."""
        entries = self._entries()
        bar = self.table.verticalScrollBar()
        following = bar.value() >= bar.maximum()
        top_row = self.table.rowAt(0)
        top = self.model.entry(top_row) if top_row >= 0 else None
        before = self.model.entries()
        selected = self.selected_entry()
        self.model.set_entries(entries)
        after = self.model.entries()
        if selected is not None and not any(entry is selected for entry in after):
            # The view would move the selection to a neighbour, a message nobody chose.
            self.table.clearSelection()
        if len(after) != len(before) or (after and after[0] is not before[0]):
            if following:
                self.table.scrollToBottom()
            elif top is not None:
                self._scroll_to(top)
        self._show_selected()

    def _scroll_to(self, entry: LogEntry) -> None:
        # Rows dropped from the front would otherwise move what the reader was looking at.
        for row, candidate in enumerate(self.model.entries()):
            if candidate is entry:
                self.table.scrollTo(
                    self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop
                )
                return

    def selected_entry(self) -> LogEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _show_selected(self, *_: object) -> None:
        entry = self.selected_entry()
        text = details_text(entry) if entry is not None else ""
        if self.details.toPlainText() != text:
            self.details.setPlainText(text)
        if self.model.rowCount() == 0:
            placeholder = QCoreApplication.translate(
                "MessageLog", "No messages yet: the log fills as the endpoint connects."
            )
        else:
            placeholder = QCoreApplication.translate(
                "MessageLog", "Select a message to see it in full."
            )
        self.details.setPlaceholderText(placeholder)
        self.copy_button.setEnabled(entry is not None)
        self.copy_all_button.setEnabled(self.model.rowCount() > 0)

    # -- copying ---------------------------------------------------------------------------

    def copy_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.status_label.setText(
                QCoreApplication.translate("MessageLog", "Select a message to copy it.")
            )
            return
        QGuiApplication.clipboard().setText(details_text(entry))
        self.status_label.setText(
            QCoreApplication.translate(
                "MessageLog", "Copied the selected message (token redacted)."
            )
        )

    def copy_all(self) -> None:
        entries = self.model.entries()
        QGuiApplication.clipboard().setText("\n".join(line_text(entry) for entry in entries))
        count = len(entries)
        self.status_label.setText(
            QCoreApplication.translate("MessageLog", "Copied 1 log entry (token redacted).")
            if count == 1
            else QCoreApplication.translate(
                "MessageLog", "Copied {count} log entries (token redacted)."
            ).format(count=count)
        )

    def _fit_rows(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()

    # -- the fallback timer, only while shown ----------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)
