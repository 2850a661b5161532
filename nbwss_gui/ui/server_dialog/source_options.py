"""Select an option (SPEC §3.2 steps 1 to 3): where the endpoint details come from, FILE or URL.

Each source keeps its own line of problems right under its field; only the chosen source's
controls are enabled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from nbwss_gui.ui.server_dialog.problem_view import ProblemList
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP

FILE_FILTER = QT_TRANSLATE_NOOP("SourceOptions", "Endpoint details (*.json);;All files (*)")


class SourceOptions(QGroupBox):
    """FILE (a path, Browse…) or URL (the provider URL), each with its problems below it.

    fileChosen: a path picked with Browse… or typed and confirmed with Enter.
    filesChosen: several paths picked at once with Browse….
    sourceChanged: the other option was chosen. urlEdited: the URL text changed.
    """

    fileChosen = Signal(str)
    filesChosen = Signal(list)
    sourceChanged = Signal()
    urlEdited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SourceOptions", "Select an option"), parent)
        self.file_dialog: QFileDialog | None = None
        grid = QGridLayout(self)
        self.file_radio = QRadioButton(self.tr("&File"), self)
        self.file_radio.setAccessibleName(self.tr("File"))
        self.url_radio = QRadioButton(self.tr("&URL"), self)
        self.url_radio.setAccessibleName(self.tr("URL"))
        self.option_group = QButtonGroup(self)
        self.option_group.addButton(self.file_radio)
        self.option_group.addButton(self.url_radio)
        self.file_radio.setChecked(True)
        self.file_radio.toggled.connect(self._toggled)
        # Choosing an option (a click, Space or its Alt key) goes on to its field.
        self.file_radio.clicked.connect(self._option_chosen)
        self.url_radio.clicked.connect(self._option_chosen)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("Endpoint details file"))
        self.path_edit.setPlaceholderText(self.tr("Path of a JSON file with the endpoint details"))
        self.path_edit.editingFinished.connect(self._path_entered)
        # A file dropped on a line edit would land as text; let the dialog take it instead.
        self.path_edit.setAcceptDrops(False)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setAccessibleName(self.tr("Browse for the endpoint details file"))
        self.browse_button.clicked.connect(self.browse)
        self.file_problems = ProblemList(self.tr("Problems in the file"), self)
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("Provider URL"))
        self.url_edit.setPlaceholderText(
            self.tr("https://… (the URL the cloud provider generated)")
        )
        self.url_edit.textEdited.connect(self.urlEdited)
        self.url_edit.setAcceptDrops(False)
        self.url_problems = ProblemList(self.tr("Problems with the provider URL"), self)
        grid.addWidget(self.file_radio, 0, 0)
        grid.addWidget(self.path_edit, 0, 1)
        grid.addWidget(self.browse_button, 0, 2)
        grid.addWidget(self.file_problems, 1, 1, 1, 2)
        grid.addWidget(self.url_radio, 2, 0)
        grid.addWidget(self.url_edit, 2, 1, 1, 2)
        grid.addWidget(self.url_problems, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self._last_path = ""
        self._toggled()

    @property
    def kind(self) -> str:
        return "file" if self.file_radio.isChecked() else "url"

    def url(self) -> str:
        return self.url_edit.text().strip()

    def problems_of(self, kind: str) -> ProblemList:
        return self.file_problems if kind == "file" else self.url_problems

    def tab_order(self) -> list[QWidget]:
        return [self.file_radio, self.path_edit, self.browse_button, self.url_radio, self.url_edit]

    def show_file(self, path: str) -> None:
        """Choose FILE with this path (from Browse…, a drop, or the keyboard)."""
        self.file_radio.setChecked(True)
        self.path_edit.setText(path)
        self._last_path = path

    def browse(self) -> None:
        dialog = QFileDialog(
            self,
            self.tr("Choose the endpoint details file (or several)"),
            "",
            self.tr(FILE_FILTER),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        # One file: fileSelected (as well as filesSelected); several: filesSelected only.
        dialog.fileSelected.connect(self.fileChosen)
        dialog.filesSelected.connect(self._files_selected)
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()

    def _files_selected(self, paths: list[str]) -> None:
        if len(paths) > 1:
            self.filesChosen.emit(paths)

    def _path_entered(self) -> None:
        path = self.path_edit.text().strip()
        # Enter and leaving the field both confirm the path: a path already read is not read
        # again each time the focus moves.
        if path and path != self._last_path:
            self._last_path = path
            self.fileChosen.emit(path)

    def _option_chosen(self) -> None:
        (self.path_edit if self.kind == "file" else self.url_edit).setFocus()

    def _toggled(self) -> None:
        is_file = self.kind == "file"
        for widget in (self.path_edit, self.browse_button, self.file_problems):
            widget.setEnabled(is_file)
        self.url_edit.setEnabled(not is_file)
        self.url_problems.setEnabled(not is_file)
        self.sourceChanged.emit()


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    """The local files being dragged (none for text or remote URLs)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
