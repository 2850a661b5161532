"""What the window's actions use of the window, and no more.

The endpoint actions (New, Remove, Activate, …) and the connection actions (Connect now,
Message log, Settings, Export diagnostics) are handed an `ActionHost`: the selection, the
registry and the connections, a place to report, and a place to keep dialogs and tasks. The
WebSocket Servers window is the one implementation; the actions never import it, so the window
can import them.
"""

from __future__ import annotations

from collections.abc import Coroutine
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTreeView, QWidget

    from nbwss_gui.services.certificate import CertificateInfo
    from nbwss_gui.services.registry import Registry
    from nbwss_gui.ui.servers_window.columns import EndpointLike
    from nbwss_gui.ui.servers_window.endpoint_model import EndpointModel
    from nbwss_gui.ui.servers_window.engine_adapter import EngineAdapter


class Selection(Protocol):
    def selected_endpoints(self) -> list[EndpointLike]: ...
    def single_endpoint(self) -> EndpointLike | None: ...
    def select_endpoint(self, endpoint_id: str) -> None: ...


class Reporter(Protocol):
    def say(self, message: str) -> None: ...
    def report_error(self, title: str, message: str) -> None: ...
    def keyring_wait(self) -> AbstractContextManager[None]: ...


class Keeper(Protocol):
    def start(self, coro: Coroutine[Any, Any, None], name: str) -> None: ...
    def keep(self, dialog: QWidget) -> None: ...


class ActionHost(Selection, Reporter, Keeper, Protocol):
    """The window, as its actions see it."""

    registry: Registry | None
    ca_file: str | None
    model: EndpointModel

    @property
    def view(self) -> QTreeView: ...
    @property
    def connections(self) -> EngineAdapter: ...

    def extra_ca_file(self) -> str | None: ...
    def refresh(self) -> None: ...
    def certificates_shown(self) -> list[CertificateInfo]:
        """The certificates the window has shown, for the diagnostics bundle."""
        ...

    def actions_changed(self) -> None:
        """Look at which actions the selection and state allow, now."""
        ...
