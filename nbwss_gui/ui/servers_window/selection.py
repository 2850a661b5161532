"""What is selected in the WebSocket Servers list, in endpoints: a group row stands for its
endpoints; "single" means exactly one row of that kind."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTreeView

from nbwss_gui.ui.servers_window.columns import IS_GROUP_ROLE, EndpointLike
from nbwss_gui.ui.servers_window.endpoint_model import EndpointModel


class ListSelection:
    """The selection of `view`, read through `model`."""

    def __init__(self, view: QTreeView, model: EndpointModel) -> None:
        self.view = view
        self.model = model

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

    def single_group(self) -> str | None:
        """The one selected group row's id, or None when the selection is not exactly that."""
        rows = self.view.selectionModel().selectedRows(0)
        if len(rows) != 1 or not rows[0].data(IS_GROUP_ROLE):
            return None
        return self.model.group_at(rows[0])

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
