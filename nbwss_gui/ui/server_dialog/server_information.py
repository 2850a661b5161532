"""Server Information (SPEC §3.2 step 5): the endpoint details, read-only, token masked.

Each field carries the problems the checker found with it right below it, so a person sees
what is wrong where they look. The token shows only while View is on.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nbwss_gui.ui.server_dialog.problem_view import ProblemList
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from nbwss_gui.domain.endpoint import EndpointDetails
    from nbwss_gui.domain.problems import Problem

MASK = "●●●●"
# (details attribute, JSON key the checker names in problems, caption, accessible name).
INFO_ROWS = (
    ("host_name", "hostName", QT_TRANSLATE_NOOP("ServerInformation", "Host Name:"),
     QT_TRANSLATE_NOOP("ServerInformation", "Host Name")),
    ("url", "url", QT_TRANSLATE_NOOP("ServerInformation", "URL:"),
     QT_TRANSLATE_NOOP("ServerInformation", "URL")),
    ("group_id", "groupId", QT_TRANSLATE_NOOP("ServerInformation", "Group ID:"),
     QT_TRANSLATE_NOOP("ServerInformation", "Group ID")),
    ("priority", "priority", QT_TRANSLATE_NOOP("ServerInformation", "Priority:"),
     QT_TRANSLATE_NOOP("ServerInformation", "Priority")),
)  # fmt: skip


def read_only_field(parent: QWidget, name: str) -> QLineEdit:
    """A value to read and copy, not to edit: drawn flat on the window's colour (not as an
    input box), selectable with the mouse, and no Tab stop of its own."""
    edit = QLineEdit(parent)
    edit.setReadOnly(True)
    edit.setFrame(False)
    edit.setAccessibleName(name)
    edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    palette = edit.palette()
    palette.setBrush(QPalette.ColorRole.Base, palette.brush(QPalette.ColorRole.Window))
    edit.setPalette(palette)
    return edit


def masked(token: str) -> str:
    words = QCoreApplication.translate("ServerInformation", "{mask} ({count} characters)")
    return words.format(mask=MASK, count=len(token))


class ServerInformation(QGroupBox):
    """Host Name, URL, Group ID, Priority and Token, each with its problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ServerInformation", "Server Information"), parent
        )
        self._token: str | None = None
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.edits: dict[str, QLineEdit] = {}
        self.field_problems: dict[str, ProblemList] = {}
        for attribute, key, caption, name in INFO_ROWS:
            edit = read_only_field(self, self.tr(name))
            self.edits[attribute] = edit
            form.addRow(self.tr(caption), self._with_problems(edit, key))
        self.token_edit = read_only_field(self, self.tr("Token"))
        self.view_button = QPushButton(self.tr("Vie&w"), self)
        self.view_button.setCheckable(True)
        self.view_button.setAccessibleName(self.tr("View token"))
        self.view_button.toggled.connect(self._show_token)
        token_row = QWidget(self)
        row = QHBoxLayout(token_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.token_edit, 1)
        row.addWidget(self.view_button)
        form.addRow(self.tr("Token:"), self._with_problems(token_row, "token"))

    def _with_problems(self, field: QWidget, key: str) -> QWidget:
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field)
        problems = ProblemList(self.tr("Problems with {field}").format(field=key), holder)
        layout.addWidget(problems)
        self.field_problems[key] = problems
        return holder

    def tab_order(self) -> list[QWidget]:
        return [*self.edits.values(), self.token_edit, self.view_button]

    def show_details(
        self,
        details: EndpointDetails | None,
        problems: Iterable[Problem] = (),
        valid_fields: Iterable[tuple[str, object]] = (),
    ) -> None:
        """Show these details (or none) and, beside each field, the problems about it.

        Without details (they have errors), `valid_fields` (JSON key, value) are still shown:
        what is right stays in view beside what is wrong."""
        listed = list(problems)
        for key, shown in self.field_problems.items():
            shown.set_problems(p for p in listed if p.field == key)
        if details is not None:
            values = {key: getattr(details, attribute) for attribute, key, *_ in INFO_ROWS}
            values["token"] = details.token
        else:
            values = dict(valid_fields)
        for attribute, key, *_ in INFO_ROWS:
            value = values.get(key)
            self.edits[attribute].setText("" if value is None else str(value))
        token = values.get("token")
        self._token = token if isinstance(token, str) else None
        self._show_token(self.view_button.isChecked())

    def _show_token(self, visible: bool) -> None:
        self.view_button.setText(self.tr("Hi&de") if visible else self.tr("Vie&w"))
        self.view_button.setAccessibleName(
            self.tr("Hide token") if visible else self.tr("View token")
        )
        token = self._token
        if token is None:
            self.token_edit.setText("")
        else:
            self.token_edit.setText(token if visible else masked(token))
