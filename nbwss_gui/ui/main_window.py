"""The WebSocket Servers window (SPEC §3.1): every registered endpoint, grouped, with actions.

The window is built and painted before the registry exists: the registry (and the keyring and
network modules behind it) arrive through `set_registry`, so start-up shows a window at once.
That is also why the service modules are imported inside the methods that use them.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStyle,
    QTreeView,
    QWidget,
)

from nbwss_gui.ui import icons
from nbwss_gui.ui.async_tasks import TaskKeeper
from nbwss_gui.ui.endpoint_model import (
    HEADERS,
    IS_GROUP_ROLE,
    Column,
    EndpointLike,
    EndpointModel,
)

if TYPE_CHECKING:
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.ui.token_view import TokenDialog

TITLE = "WebSocket Servers — nbwss-gui"
KEYRING_WAIT = "Waiting for the keyring to unlock…"
# A keyring call that answers at once should not flash a message.
KEYRING_NOTICE_DELAY_MS = 300
SP = QStyle.StandardPixmap
FIT_ROWS = 24

# Start-up widths in average characters, so that they grow with the font; once endpoints are
# listed the columns fit their contents, with long URLs and errors capped.
_COLUMN_CHARS = {
    Column.HOST_NAME: 26,
    Column.URL: 34,
    Column.GROUP_ID: 12,
    Column.PRIORITY: 8,
    Column.STATE: 16,
    Column.CONNECTION_STATE: 22,
    Column.SINCE: 19,
    Column.LAST_ERROR: 24,
    Column.ROUND_TRIP: 10,
    Column.CERTIFICATE_EXPIRY: 16,
}
_MAX_CHARS = {Column.URL: 48, Column.LAST_ERROR: 40, Column.HOST_NAME: 40}


class MainWindow(QMainWindow):
    """Lists the endpoints of a Registry and offers New, Remove, Activate and the rest."""

    def __init__(self, parent: QWidget | None = None, *, ca_file: str | None = None) -> None:
        super().__init__(parent)
        self.registry: Registry | None = None
        self.ca_file = ca_file
        self.tasks = TaskKeeper(on_error=self._task_failed)
        self._unsubscribe: Callable[[], None] | None = None
        self._dialogs: list[QWidget] = []  # non-modal dialogs stay alive while open
        # The latest message box, confirmation and dialogs, for the keyboard and for tests.
        self.message_box: QMessageBox | None = None
        self.token_dialog: TokenDialog | None = None
        self.certificate_dialog: QWidget | None = None
        self.confirm_box: QMessageBox | None = None
        self._keyring_waits = 0
        self._keyring_timer = QTimer(self)
        self._keyring_timer.setSingleShot(True)
        self._keyring_timer.setInterval(KEYRING_NOTICE_DELAY_MS)
        self._keyring_timer.timeout.connect(self._show_keyring_wait)

        self.setWindowTitle(TITLE)
        self.setAccessibleName("WebSocket Servers")
        self.model = EndpointModel(self)
        self.view = self._build_view()
        self.setCentralWidget(self.view)
        self._build_actions()
        self._build_menus_and_toolbar()
        self._build_status_bar()
        self.model.rowsInserted.connect(self._expand_new_groups)
        self.model.modelReset.connect(self.view.expandAll)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.dataChanged.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._update_actions)
        self._update_actions()
        self.resize(self._column_width(sum(_COLUMN_CHARS.values())) // 2 + 120, 420)

    # -- building ------------------------------------------------------------------------

    def _build_view(self) -> QTreeView:
        view = QTreeView(self)
        view.setModel(self.model)
        view.setAccessibleName("Registered endpoints")
        view.setAccessibleDescription(
            "Server groups with their endpoints; select endpoints to activate, deactivate or "
            "remove them"
        )
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAllColumnsShowFocus(True)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        # The model keeps the order that matters (groups by id, endpoints by priority).
        view.setSortingEnabled(False)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.doubleClicked.connect(self._double_clicked)
        self._size_columns(view)
        return view

    def _column_width(self, chars: int) -> int:
        return self.fontMetrics().averageCharWidth() * chars

    def _size_columns(self, view: QTreeView) -> None:
        for column, chars in _COLUMN_CHARS.items():
            view.setColumnWidth(column, self._column_width(chars))

    def fit_columns(self) -> None:
        """Widen each column to its text (and header), within a cap for the long ones.

        Measured from the first FIT_ROWS rows with the font metrics alone: asking the view to
        size columns to their contents costs tens of milliseconds at start-up.
        """
        view = self.view
        metrics = view.fontMetrics()
        height = metrics.height()
        # Icons keep pace with larger text (high text scaling) instead of shrinking beside it.
        view.setIconSize(QSize(max(16, height), max(16, height)))
        bold = QFont(view.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        header_metrics = view.header().fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        icon_room = view.iconSize().width() + metrics.averageCharWidth()
        rows = self._sample_rows()
        for column in Column:
            width = header_metrics.horizontalAdvance(HEADERS[column]) + padding
            for index, depth in rows:
                cell = index.siblingAtColumn(column)
                text = cell.data()
                if not text:
                    continue
                is_group = depth == 0
                used = (bold_metrics if is_group and column == 0 else metrics).horizontalAdvance(
                    text
                )
                if cell.data(Qt.ItemDataRole.DecorationRole) is not None:
                    used += icon_room
                if column == 0:
                    used += view.indentation() * (depth + 1)
                width = max(width, used + padding)
            cap = _MAX_CHARS.get(column)
            if cap is not None:
                width = min(width, metrics.averageCharWidth() * cap)
            view.setColumnWidth(column, width)

    def _sample_rows(self) -> list[tuple[QModelIndex, int]]:
        """The first FIT_ROWS rows in display order, with their depth (0 for a group)."""
        rows: list[tuple[QModelIndex, int]] = []
        model = self.model
        for group_row in range(model.rowCount()):
            group = model.index(group_row, 0)
            rows.append((group, 0))
            for row in range(model.rowCount(group)):
                rows.append((model.index(row, 0, group), 1))
            if len(rows) >= FIT_ROWS:
                break
        return rows[:FIT_ROWS]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "toolbar"):
            size = max(24, self.fontMetrics().height() * 3 // 2)
            self.toolbar.setIconSize(QSize(size, size))
            self.fit_columns()

    def _action(
        self,
        text: str,
        slot: Callable[[], None],
        shortcut: QKeySequence | QKeySequence.StandardKey | str,
        icon: QStyle.StandardPixmap,
        tip: str,
    ) -> QAction:
        action = QAction(icons.action_icon(icon), text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shortcut_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut_text})" if shortcut_text else tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            "&New…", self.new_endpoint, "Ctrl+N", SP.SP_FileIcon, "Register a new endpoint"
        )
        self.remove_action = self._action(
            "&Remove…",
            self.remove_selected,
            QKeySequence.StandardKey.Delete,
            SP.SP_TrashIcon,
            "Remove the selected endpoints and delete their tokens",
        )
        self.activate_action = self._action(
            "&Activate",
            self.activate_selected,
            "Ctrl+Shift+A",
            SP.SP_DialogApplyButton,
            "Activate the selected endpoints",
        )
        self.deactivate_action = self._action(
            "&Deactivate",
            self.deactivate_selected,
            "Ctrl+Shift+D",
            SP.SP_MediaPause,
            "Deactivate the selected endpoints",
        )
        self.validate_action = self._action(
            "&Validate again",
            self.validate_selected,
            "Ctrl+Shift+V",
            SP.SP_BrowserReload,
            "Check the selected endpoint's TLS certificate again",
        )
        self.view_token_action = self._action(
            "View &token…",
            self.view_token,
            "Ctrl+Shift+T",
            SP.SP_FileDialogContentsView,
            "Show the selected endpoint's token",
        )
        self.quit_action = self._action(
            "&Quit", self._quit, QKeySequence.StandardKey.Quit, SP.SP_DialogCloseButton, "Quit"
        )
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.endpoint_actions = (
            self.new_action,
            self.remove_action,
            self.activate_action,
            self.deactivate_action,
            self.validate_action,
            self.view_token_action,
        )

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        bar.setAccessibleName("Menu bar")
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        endpoint_menu = bar.addMenu("&Endpoint")
        self._fill_endpoint_menu(endpoint_menu)
        self.toolbar = self.addToolBar("Endpoint actions")
        self.toolbar.setObjectName("endpointToolbar")
        self.toolbar.setAccessibleName("Endpoint actions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in self.endpoint_actions:
            self.toolbar.addAction(action)
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))

    def _fill_endpoint_menu(self, menu: QMenu) -> None:
        menu.addAction(self.new_action)
        menu.addAction(self.remove_action)
        menu.addSeparator()
        menu.addAction(self.activate_action)
        menu.addAction(self.deactivate_action)
        menu.addSeparator()
        menu.addAction(self.validate_action)
        menu.addAction(self.view_token_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setAccessibleName("Status")
        self.count_label = QLabel("Loading the endpoint list…")
        self.count_label.setAccessibleName("Endpoint count")
        status.addPermanentWidget(self.count_label)

    # -- the registry ----------------------------------------------------------------------

    def set_registry(self, registry: Registry) -> None:
        """Show this registry's endpoints and follow its changes."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.registry = registry
        self._unsubscribe = registry.subscribe(self.refresh)
        self.refresh()
        if registry.load_notice:
            self.report_error("The configuration file was moved aside", registry.load_notice)

    def refresh(self) -> None:
        if self.registry is None:
            return
        endpoints = self.registry.endpoints()
        first_rows = self.model.rowCount() == 0
        self.model.set_endpoints(endpoints)
        if first_rows and endpoints:
            self.fit_columns()
        groups = len({e.group_id for e in endpoints})
        self.count_label.setText(
            f"{len(endpoints)} endpoint{'s' if len(endpoints) != 1 else ''} in "
            f"{groups} group{'s' if groups != 1 else ''}"
        )
        self._update_actions()

    def _expand_new_groups(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        for row in range(first, last + 1):
            self.view.expand(self.model.index(row, 0))

    # -- selection ---------------------------------------------------------------------------

    def selected_endpoints(self) -> list[EndpointLike]:
        """The selected endpoints; a selected group row stands for all its endpoints."""
        chosen: dict[str, EndpointLike] = {}
        for index in self.view.selectionModel().selectedRows(0):
            if index.data(IS_GROUP_ROLE):
                group_id = self.model.group_at(index)
                for endpoint in self.model.endpoints_in_group(group_id or ""):
                    chosen.setdefault(endpoint.id, endpoint)
            else:
                one = self.model.endpoint_at(index)
                if one is not None:
                    chosen.setdefault(one.id, one)
        return list(chosen.values())

    def single_endpoint(self) -> EndpointLike | None:
        """The one selected endpoint row, or None when the selection is not exactly that."""
        rows = self.view.selectionModel().selectedRows(0)
        if len(rows) != 1 or rows[0].data(IS_GROUP_ROLE):
            return None
        return self.model.endpoint_at(rows[0])

    def select_endpoint(self, endpoint_id: str) -> None:
        index = self.model.index_of(endpoint_id)
        if index.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)

    def _update_actions(self, *_: object) -> None:
        ready = self.registry is not None
        selected = self.selected_endpoints() if ready else []
        single = self.single_endpoint() if ready else None
        self.new_action.setEnabled(ready)
        self.remove_action.setEnabled(bool(selected))
        self.activate_action.setEnabled(any(not e.activated for e in selected))
        self.deactivate_action.setEnabled(any(e.activated for e in selected))
        self.validate_action.setEnabled(single is not None)
        self.view_token_action.setEnabled(single is not None)

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setAccessibleName("Endpoint actions")
        self._fill_endpoint_menu(menu)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(position))

    def _double_clicked(self, index: QModelIndex) -> None:
        if not index.data(IS_GROUP_ROLE) and self.validate_action.isEnabled():
            self.validate_action.trigger()

    # -- feedback --------------------------------------------------------------------------

    def say(self, message: str) -> None:
        self.statusBar().showMessage(message)

    def report_error(self, title: str, message: str) -> None:
        """Tell the user where they look: the status bar and a (non-blocking) message box."""
        self.say(message)
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok)
        box.setParent(self, box.windowFlags())
        box.setAccessibleName(title)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.finished.connect(lambda _result: self._forget_box(box))
        box.open()

    def _forget_box(self, box: QMessageBox) -> None:
        if self.message_box is box:
            self.message_box = None

    def _task_failed(self, error: BaseException) -> None:
        message = getattr(error, "message", None) or f"{type(error).__name__}: {error}"
        self.report_error("Something went wrong", str(message))

    def _start(self, coro: Coroutine[Any, Any, None], name: str) -> None:
        self.tasks.start(coro, name=name)

    def _keyring_started(self) -> None:
        self._keyring_waits += 1
        self._keyring_timer.start()

    def _keyring_finished(self) -> None:
        self._keyring_waits = max(0, self._keyring_waits - 1)
        if self._keyring_waits == 0:
            self._keyring_timer.stop()
            if self.statusBar().currentMessage() == KEYRING_WAIT:
                self.statusBar().clearMessage()

    def _show_keyring_wait(self) -> None:
        if self._keyring_waits:
            self.say(KEYRING_WAIT)

    # -- actions ---------------------------------------------------------------------------

    def new_endpoint(self) -> None:
        if self.registry is None:
            return
        from nbwss_gui.ui.endpoint_dialog import EndpointDialog

        dialog = EndpointDialog(self.registry, self, ca_file=self.ca_file)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.endpointAdded.connect(self._endpoint_added)
        self._keep(dialog)
        dialog.open()

    def _keep(self, dialog: QWidget) -> None:
        self._dialogs.append(dialog)
        dialog.destroyed.connect(lambda *_: self._dialogs.remove(dialog))

    def _endpoint_added(self, endpoint_id: str) -> None:
        self.refresh()
        self.select_endpoint(endpoint_id)
        endpoint = self.model.endpoint_at(self.model.index_of(endpoint_id))
        if endpoint is not None:
            self.say(f"Added {endpoint.host_name} to group {endpoint.group_id}.")

    def remove_selected(self) -> None:
        chosen = self.selected_endpoints()
        if self.registry is None or not chosen:
            return
        names = "\n".join(f"• {e.host_name} — {e.url} (group {e.group_id})" for e in chosen[:15])
        if len(chosen) > 15:
            names += f"\n…and {len(chosen) - 15} more"
        count = f"{len(chosen)} endpoint{'s' if len(chosen) != 1 else ''}"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Remove endpoints",
            f"Remove {count}? Their connections are closed and their tokens are deleted from "
            f"the keyring.\n\n{names}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        box.setParent(self, box.windowFlags())
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText("&Remove")
        box.setAccessibleName("Remove endpoints")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ids = [e.id for e in chosen]
        box.finished.connect(lambda result: self._remove_answered(box, result, ids))
        self.confirm_box = box
        box.open()

    def _remove_answered(self, box: QMessageBox, result: int, ids: list[str]) -> None:
        if self.confirm_box is box:
            self.confirm_box = None
        if result == QMessageBox.StandardButton.Yes:
            self._start(self._remove(ids), "remove endpoints")

    async def _remove(self, ids: list[str]) -> None:
        from nbwss_gui.services.registry import RegistryError

        assert self.registry is not None
        self._keyring_started()
        try:
            await self.registry.remove(ids)
        except RegistryError as exc:
            self.report_error("Could not remove", exc.message)
            return
        finally:
            self._keyring_finished()
        self.say(f"Removed {len(ids)} endpoint{'s' if len(ids) != 1 else ''}.")

    def activate_selected(self) -> None:
        self._set_activated(True)

    def deactivate_selected(self) -> None:
        self._set_activated(False)

    def _set_activated(self, activated: bool) -> None:
        ids = [e.id for e in self.selected_endpoints() if e.activated != activated]
        if self.registry is not None and ids:
            self._start(self._change_activated(ids, activated), "set activated")

    async def _change_activated(self, ids: list[str], activated: bool) -> None:
        from nbwss_gui.services.registry import RegistryError

        assert self.registry is not None
        word = "Activated" if activated else "Deactivated"
        try:
            await self.registry.set_activated(ids, activated)
        except RegistryError as exc:
            self.report_error(f"Could not {word.lower()[:-1]}", exc.message)
            return
        self.say(f"{word} {len(ids)} endpoint{'s' if len(ids) != 1 else ''}.")

    def view_token(self) -> None:
        endpoint = self.single_endpoint()
        if self.registry is not None and endpoint is not None:
            self._start(self._show_token(endpoint.id, endpoint.host_name), "view token")

    async def _show_token(self, endpoint_id: str, host_name: str) -> None:
        from nbwss_gui.services.registry import RegistryError
        from nbwss_gui.ui.token_view import TokenDialog

        assert self.registry is not None
        self._keyring_started()
        try:
            token = await self.registry.token(endpoint_id)
        except RegistryError as exc:
            self.report_error("Could not read the token", exc.message)
            return
        finally:
            self._keyring_finished()
        dialog = TokenDialog(token, host_name, self)
        del token
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep(dialog)
        self.token_dialog = dialog
        dialog.open()

    def validate_selected(self) -> None:
        endpoint = self.single_endpoint()
        if self.registry is not None and endpoint is not None:
            self._start(self._validate(endpoint), "validate again")

    async def _validate(self, endpoint: EndpointLike) -> None:
        from nbwss_gui.services.certificate import ProbeError, probe_certificate
        from nbwss_gui.services.tls import TlsConfigError
        from nbwss_gui.ui.certificate_view import CertificateDialog

        self.say(f"Checking the certificate of {endpoint.host_name}…")
        pinned = getattr(endpoint, "pinned_sha256", None)
        info = None
        error: str | None = None
        try:
            info = await probe_certificate(endpoint.url, ca_file=self.ca_file)
        except ProbeError as exc:
            error = f"{endpoint.url}: {exc.message}"
        except TlsConfigError as exc:
            error = f"The extra CA file cannot be used: {exc}"
        if info is None:
            self.say(f"Could not check {endpoint.host_name}: {error}")
        else:
            state = "trusted" if info.trusted else "not trusted"
            self.say(f"{endpoint.host_name}: certificate {state}, {info.days_left()} days left.")
        dialog = CertificateDialog(info, self, error=error, pinned_sha256=pinned)
        dialog.setWindowTitle(f"Certificate — {endpoint.host_name}")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep(dialog)
        self.certificate_dialog = dialog
        dialog.open()

    def _quit(self) -> None:
        self.close()

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.tasks.cancel_all()
        # Open dialogs are windows of their own: left open, they would keep the application
        # running with no main window (and a token dialog would keep showing its token).
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.close()
        super().closeEvent(event)
