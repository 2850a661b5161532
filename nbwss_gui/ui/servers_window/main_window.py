"""The WebSocket Servers window (SPEC §3.1): every registered endpoint, grouped, with actions.

The window is built and painted before the registry exists: it can show the endpoints of the
config file at once, and the registry (and the keyring and network modules behind it) arrives
through `set_registry` once the window is on screen. That is also why the service modules are
imported inside the methods that use them.

The first paint shows the list, the menus, the toolbar (the actions' words and icons, from
`window_actions`) and the details pane saying that nothing is selected. What carries the
actions out (`endpoint_actions`, `connection_actions`, `connection_test`) and the engine
adapter are loaded and made after it, by `complete_setup`: the start-up calls it right after
the first paint, and whatever needs them sooner (`set_registry`, `commands`, `connections`, …)
calls it first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QToolBar, QVBoxLayout, QWidget

from nbwss_gui.ui.servers_window import column_fit, window_menus
from nbwss_gui.ui.servers_window.columns import IS_GROUP_ROLE, EndpointLike
from nbwss_gui.ui.servers_window.details_pane import DetailsPane
from nbwss_gui.ui.servers_window.endpoint_model import EndpointModel
from nbwss_gui.ui.servers_window.endpoint_rows import DEFAULT_SORT_COLUMN
from nbwss_gui.ui.servers_window.endpoint_tree import EndpointTree
from nbwss_gui.ui.servers_window.list_filter import FilterBox
from nbwss_gui.ui.servers_window.reporting_window import KEYRING_WAIT, ReportingWindow
from nbwss_gui.ui.servers_window.selection import ListSelection
from nbwss_gui.ui.servers_window.window_actions import WindowActions
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from nbwss_gui.services.certificate import CertificateInfo
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.ui.servers_window.connection_actions import ConnectionActions
    from nbwss_gui.ui.servers_window.connection_test import ConnectionTestActions
    from nbwss_gui.ui.servers_window.endpoint_actions import EndpointActions
    from nbwss_gui.ui.servers_window.engine_adapter import EngineAdapter

__all__ = ["EMPTY_HINT", "KEYRING_WAIT", "TITLE", "MainWindow"]

TITLE = QT_TRANSLATE_NOOP("MainWindow", "WebSocket Servers — nbwss-gui")
# Once the first connection states are in, the columns are fitted again to their words.
REFIT_AFTER_STATES_MS = 1000
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "No endpoints are registered yet.\n\nNew… (Ctrl+N) adds one from an endpoint file or a "
    "provider URL; or from a terminal: nbwss-gui add FILE|URL",
)


class MainWindow(ReportingWindow):
    """Lists the endpoints of a Registry and offers New, Remove, Activate and the rest."""

    def __init__(self, parent: QWidget | None = None, *, ca_file: str | None = None) -> None:
        super().__init__(parent)
        self.ca_file = ca_file
        self._unsubscribe: Callable[[], None] | None = None
        self._problem_shown: str | None = None

        self.setWindowTitle(QCoreApplication.translate("MainWindow", TITLE))
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "WebSocket Servers"))
        self.model = EndpointModel(self)
        self.view = self._build_view()
        self.selection = ListSelection(self.view, self.model)
        self.filter_box = FilterBox(self.view, self)
        self.filter_box.filtered.connect(self._filtered)
        self.setCentralWidget(self._list_area())
        self._refit_done = False
        self.window_actions = WindowActions(self)
        # Made by `complete_setup`, after the first paint.
        self._connections: EngineAdapter | None = None
        self._commands: EndpointActions | None = None
        self._connection_commands: ConnectionActions | None = None
        self._test_commands: ConnectionTestActions | None = None
        self.details = DetailsPane(
            self,
            lambda: self.connections.events,
            lambda: self.commands.certificates,
            self,
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.details)
        # The list keeps most of the height; the pane grows when the window does.
        self.resizeDocks(
            [self.details], [self.fontMetrics().height() * 14], Qt.Orientation.Vertical
        )
        self._build_menus()
        self.toolbar = self._build_toolbar()
        self._size_toolbar_icons()
        self.view.customContextMenuRequested.connect(self._context_menu)
        self._name_actions()
        self._build_status_bar()
        self.model.rowsInserted.connect(self._expand_new_groups)
        self.model.modelReset.connect(self.view.expandAll)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.view.selectionModel().selectionChanged.connect(self.details.refresh)
        self.model.dataChanged.connect(self.details.refresh)
        # Connection states change a thousand cells at a time: the actions are looked at
        # once, after the batch.
        self._actions_timer = QTimer(self)
        self._actions_timer.setSingleShot(True)
        self._actions_timer.setInterval(0)
        self._actions_timer.timeout.connect(self._update_actions)
        self.model.dataChanged.connect(lambda *_: self._actions_timer.start())
        self.model.rowsRemoved.connect(self._update_actions)
        self.resize(self.default_size())
        # Where the layout is kept between starts (per profile); None: not kept.
        self.state_file: Path | None = None
        # Whether a tray icon is on screen (the tray says so), and whether a close is a quit.
        self.tray_shown = False
        self.quitting = False
        self._shown_once = False

    # -- building ------------------------------------------------------------------------

    def _build_view(self) -> EndpointTree:
        view = EndpointTree(self)
        view.setModel(self.model)
        view.setAccessibleName(QCoreApplication.translate("MainWindow", "Registered endpoints"))
        view.setAccessibleDescription(
            QCoreApplication.translate(
                "MainWindow",
                "Server groups with their endpoints; select endpoints to activate, deactivate or "
                "remove them",
            )
        )
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAllColumnsShowFocus(True)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        # Sorting orders the endpoints within their groups; the groups keep their order (by
        # group id). Until a header is clicked, the endpoints are in priority order.
        view.header().setSortIndicator(DEFAULT_SORT_COLUMN, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.header().setStretchLastSection(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.doubleClicked.connect(self._double_clicked)
        column_fit.size_columns(view)
        return view

    def _list_area(self) -> QWidget:
        area = QWidget(self)
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.view)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.filter_box.setFocus)
        return area

    def default_size(self) -> QSize:
        return column_fit.default_size(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self._refit_done and self.model.rowCount():
                # Fitted before the window had its width; now into the room there is, once
                # the window's layout has given the list its width.
                QTimer.singleShot(0, self, self._fit_if_not_restored)

    def _fit_if_not_restored(self) -> None:
        if not self._refit_done:
            self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        """Words beside the icons when they all fit; icons alone (named in their tooltips)
        rather than an overflow menu when they do not."""
        toolbar = getattr(self, "toolbar", None)
        if toolbar is None:
            return
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if toolbar.sizeHint().width() > self.width():
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def restore_layout(self, path: Path) -> bool:
        """Take up the size, place and columns the user left (per profile) and keep them from
        now on; False when there was nothing to restore."""
        from nbwss_gui.ui.servers_window import window_state

        self.state_file = path
        header = self.view.header()
        restored = window_state.restore(
            path, self, header, (DEFAULT_SORT_COLUMN, Qt.SortOrder.AscendingOrder)
        )
        # The header came back with its sort indicator; the rows follow it.
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if restored:
            self._refit_done = True  # the user's own column widths win
        return restored

    def fit_columns(self) -> None:
        column_fit.fit_columns(self.view)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "toolbar"):
            self._size_toolbar_icons()
            self.fit_columns()

    def _size_toolbar_icons(self) -> None:
        """Icons keep pace with the text: a large font from the start (high text scaling)
        gets large icons too, not only a font changed while the window is open."""
        size = max(24, self.fontMetrics().height() * 3 // 2)
        self.toolbar.setIconSize(QSize(size, size))

    def _name_actions(self) -> None:
        """The actions, by name, for the keyboard's sake and for tests."""
        actions = self.window_actions
        self.new_action, self.remove_action = actions.new_action, actions.remove_action
        self.activate_action = actions.activate_action
        self.deactivate_action = actions.deactivate_action
        self.validate_action = actions.validate_action
        self.view_token_action = actions.view_token_action
        self.edit_action = actions.edit_action
        self.connect_now_action = actions.connect_now_action
        self.message_log_action = actions.message_log_action
        self.settings_action = actions.settings_action
        self.export_action = actions.export_action
        self.quit_action = actions.quit_action
        self.endpoint_actions = actions.endpoint_actions

    # -- after the first paint ---------------------------------------------------------------

    def complete_setup(self) -> None:
        """Make what carries the actions out, and the engine adapter, and connect them: what
        the first paint does not show. The start-up calls this right after the first paint;
        anything that needs these parts before (the registry arriving, a test reaching for
        them) calls it through them. Done once."""
        if self._connections is not None:
            return
        from nbwss_gui.ui.servers_window.connection_actions import ConnectionActions
        from nbwss_gui.ui.servers_window.connection_test import ConnectionTestActions
        from nbwss_gui.ui.servers_window.endpoint_actions import EndpointActions
        from nbwss_gui.ui.servers_window.engine_adapter import EngineAdapter

        # Connection states reach the model through this adapter only.
        self._connections = connections = EngineAdapter(self.model, self)
        connections.endpoints_changed.connect(self._states_arrived)
        connections.endpoints_changed.connect(self.details.refresh)
        self._commands = EndpointActions(self, self, self.window_actions)
        self._connection_commands = ConnectionActions(self, self, self.window_actions)
        self._test_commands = ConnectionTestActions(self, self, self.window_actions)
        self._update_actions()

    @property
    def connections(self) -> EngineAdapter:
        self.complete_setup()
        assert self._connections is not None
        return self._connections

    @property
    def commands(self) -> EndpointActions:
        self.complete_setup()
        assert self._commands is not None
        return self._commands

    @property
    def connection_commands(self) -> ConnectionActions:
        self.complete_setup()
        assert self._connection_commands is not None
        return self._connection_commands

    @property
    def test_commands(self) -> ConnectionTestActions:
        self.complete_setup()
        assert self._test_commands is not None
        return self._test_commands

    # -- where the actions are -----------------------------------------------------------------

    def _build_menus(self) -> None:
        self.details_action = window_menus.build_menus(
            self.menuBar(), self.window_actions, self.details
        )

    def _build_toolbar(self) -> QToolBar:
        return window_menus.build_toolbar(self, self.window_actions)

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setAccessibleName(QCoreApplication.translate("MainWindow", "Endpoint actions"))
        window_menus.fill_endpoint_menu(menu, self.window_actions)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(position))

    # -- what the actions use of the window (action_host.ActionHost) --------------------------

    def certificates_shown(self) -> list[CertificateInfo]:
        return list(self.commands.certificates.values())

    def actions_changed(self) -> None:
        self._update_actions()

    # -- the registry ----------------------------------------------------------------------

    def set_registry(self, registry: Registry) -> None:
        """Show this registry's endpoints and follow its changes; the actions work from now."""
        self.complete_setup()
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.registry = registry
        self._unsubscribe = registry.subscribe(self.refresh)
        self.refresh()
        if registry.load_notice:
            self.report_error(
                QCoreApplication.translate("MainWindow", "The configuration file was moved aside"),
                registry.load_notice,
            )

    def extra_ca_file(self) -> str | None:
        """The extra CA file certificates are checked against, besides the system's: the
        one the settings name, else the one the window was started with (--ca-file)."""

        if self.registry is None:
            return self.ca_file
        return self.registry.settings_in_force(self.ca_file).ca_file

    def refresh(self) -> None:
        if self.registry is not None:
            self.show_endpoints(self.registry.endpoints())
            problem = self.registry.problem
            if problem is not None and problem != self._problem_shown:
                # Another process or a hand edit broke the file: the list stays the last good
                # one, and nothing is moved aside (only the owner does that, at its start).
                self.report_error(
                    QCoreApplication.translate(
                        "MainWindow", "The configuration file cannot be read"
                    ),
                    problem,
                )
            self._problem_shown = problem

    def model_endpoints(self) -> list[EndpointLike]:
        """The endpoints the list shows, in its order."""
        return [e for g in self.model.group_ids() for e in self.model.endpoints_in_group(g)]

    def bring_to_front(self) -> None:
        """Another start of the application asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_endpoints(self, endpoints: Iterable[EndpointLike]) -> None:
        """List these endpoints. At start-up they come straight from the config file, before
        the registry is there to act on them."""
        endpoints = list(endpoints)
        first_rows = self.model.rowCount() == 0
        self.model.set_endpoints(endpoints)
        if first_rows and endpoints:
            self.fit_columns()
        groups = len({e.group_id for e in endpoints})
        endpoint_words = (
            QCoreApplication.translate("MainWindow", "1 endpoint")
            if len(endpoints) == 1
            else QCoreApplication.translate("MainWindow", "{count} endpoints").format(
                count=len(endpoints)
            )
        )
        group_words = (
            QCoreApplication.translate("MainWindow", "1 group")
            if groups == 1
            else QCoreApplication.translate("MainWindow", "{count} groups").format(count=groups)
        )
        self.count_label.setText(
            QCoreApplication.translate("MainWindow", "{endpoints} in {groups}").format(
                endpoints=endpoint_words, groups=group_words
            )
        )
        self.view.set_hint(
            QCoreApplication.translate("MainWindow", EMPTY_HINT) if not endpoints else ""
        )
        self._count_text = self.count_label.text()
        self._update_actions()

    def _filtered(self, shown: int) -> None:
        """The count says how many endpoints the filter leaves, while there is one."""
        total = getattr(self, "_count_text", "")
        self.count_label.setText(
            total
            if shown < 0
            else QCoreApplication.translate("MainWindow", "{shown} shown of {total}").format(
                shown=shown, total=total
            )
        )

    def _states_arrived(self, _endpoint_ids: list[str]) -> None:
        if not self._refit_done:
            self._refit_done = True
            QTimer.singleShot(REFIT_AFTER_STATES_MS, self, self.fit_columns)

    def _expand_new_groups(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        for row in range(first, last + 1):
            self.view.expand(self.model.index(row, 0))

    # -- selection ---------------------------------------------------------------------------

    def selected_endpoints(self) -> list[EndpointLike]:
        return self.selection.selected_endpoints()

    def single_group(self) -> str | None:
        return self.selection.single_group()

    def single_endpoint(self) -> EndpointLike | None:
        return self.selection.single_endpoint()

    def select_endpoint(self, endpoint_id: str) -> None:
        self.selection.select_endpoint(endpoint_id)

    def _update_actions(self, *_: object) -> None:
        if self._commands is None:
            return  # before `complete_setup`: every action but Quit is disabled
        self.commands.update()
        self.connection_commands.update()
        self.test_commands.update()

    def _double_clicked(self, index: QModelIndex) -> None:
        if not index.data(IS_GROUP_ROLE) and self.validate_action.isEnabled():
            self.validate_action.trigger()

    # -- closing ---------------------------------------------------------------------------

    def stays_in_tray(self) -> bool:
        """Whether closing only hides the window: a tray icon shows, and another process
        keeps the connections."""
        return self.tray_shown and self._connections is not None and self._connections.attached

    def close(self) -> bool:
        """Quit the window (the Quit action, the tray's Quit, a stop signal): unlike the
        title bar's close button, never just hides it."""
        self.quitting = True
        return super().close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.quitting and self.stays_in_tray():
            # The connections are kept by the background owner (`monitor`): the title
            # bar's close hides the window, and the tray's Show brings it back.
            event.ignore()
            self.hide()
            return
        if self.state_file is not None:
            from nbwss_gui.ui.servers_window import window_state

            try:
                window_state.save(self.state_file, self, self.view.header())
            except OSError as exc:
                self.say(
                    QCoreApplication.translate(
                        "MainWindow", "The window's layout could not be kept: {exc}"
                    ).format(exc=exc)
                )
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.tasks.cancel_all()
        # Open dialogs are windows of their own: left open, they would keep the application
        # running with no main window (and a token dialog would keep showing its token).
        from PySide6.QtWidgets import QDialog

        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                # The window is going: a dialog closes without its "discard?" question.
                discard = getattr(dialog, "discard", None)
                if callable(discard):
                    discard()
                else:
                    dialog.close()
        super().closeEvent(event)
