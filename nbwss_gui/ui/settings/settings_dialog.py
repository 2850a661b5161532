"""The Settings dialog (SPEC §4.5): one editor per setting, `nbwss.properties` import and export.

The dialog only edits: it takes a `Settings` and hands back the edited one; saving is the
caller's business. An import with any error applies nothing and says why, under the form.
"""

from __future__ import annotations

import itertools
import os

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nbwss_gui.domain.problems import Severity
from nbwss_gui.domain.properties import (
    FILE_NAME,
)
from nbwss_gui.domain.settings import (
    DEFAULTS,
    SPEC_BY_KEY,
    Kind,
    Settings,
    SettingSpec,
)
from nbwss_gui.ui.server_dialog.problem_view import ProblemList
from nbwss_gui.ui.settings.ca_file_row import CaFileRow
from nbwss_gui.ui.settings.properties_file import read_properties, write_properties
from nbwss_gui.ui.settings.proxy_section import ProxySection
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP, say

TITLE = QT_TRANSLATE_NOOP("SettingsDialog", "Settings")
FILE_FILTER = QT_TRANSLATE_NOOP("SettingsDialog", "Settings files (*.properties);;All files (*)")
# Captions with their mnemonics; every letter is used once in the dialog (O and C are left
# for OK and Cancel, which some platforms underline).
CAPTIONS = {
    "nbwssgui.connectTimeout": QT_TRANSLATE_NOOP("SettingsDialog", "Connec&t timeout:"),
    "nbwssgui.connectResponseTimeout": QT_TRANSLATE_NOOP(
        "SettingsDialog", "CONNECT re&sponse timeout:"
    ),
    "connectionInfo.period": QT_TRANSLATE_NOOP("SettingsDialog", "Longest retry &wait:"),
    "nbwssgui.failBack": QT_TRANSLATE_NOOP("SettingsDialog", "&Fail back to higher priority"),
    "nbwssgui.caFile": QT_TRANSLATE_NOOP("SettingsDialog", "Extra CA fi&le:"),
    "keepAlive.scheduledRate": QT_TRANSLATE_NOOP("SettingsDialog", "&Ping every:"),
    "keepAlive.maxPongMissAllowed": QT_TRANSLATE_NOOP("SettingsDialog", "&Missed pongs allowed:"),
    "exception.ignoreDecoder": QT_TRANSLATE_NOOP("SettingsDialog", "Ignore &undecodable messages"),
    "notification.sendTimeout": QT_TRANSLATE_NOOP("SettingsDialog", "&Notification send timeout:"),
    "notification.scheduledRate": QT_TRANSLATE_NOOP("SettingsDialog", "Send notifications e&very:"),
    "nbwssgui.notifications": QT_TRANSLATE_NOOP(
        "SettingsDialog", "&Group alerts as desktop notifications"
    ),
}
# The group box the Proxy section follows.
PROXY_AFTER = "Connections"
GROUPS = (
    (
        QT_TRANSLATE_NOOP("SettingsDialog", "Connections"),
        (
            "nbwssgui.connectTimeout",
            "nbwssgui.connectResponseTimeout",
            "connectionInfo.period",
            "nbwssgui.failBack",
            "nbwssgui.caFile",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("SettingsDialog", "Keep-alive"),
        ("keepAlive.scheduledRate", "keepAlive.maxPongMissAllowed"),
    ),
    (
        QT_TRANSLATE_NOOP("SettingsDialog", "Notifications and messages"),
        (
            "nbwssgui.notifications",
            "exception.ignoreDecoder",
            "notification.sendTimeout",
            "notification.scheduledRate",
        ),
    ),
)
_SUFFIXES = {Kind.SECONDS: " s", Kind.MILLISECONDS: " ms", Kind.COUNT: ""}


def plain(caption: str) -> str:
    """A caption without its mnemonic and colon, as an accessible name."""
    return caption.replace("&", "").rstrip(":")


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings = DEFAULTS,
        parent: QWidget | None = None,
        *,
        has_proxy_password: bool = False,
    ) -> None:
        """`has_proxy_password`: the keyring holds a password for the saved proxy user."""
        super().__init__(parent)
        self._has_proxy_password = has_proxy_password
        self.setWindowTitle(self.tr(TITLE))
        self.setAccessibleName(self.tr(TITLE))
        self._unknown: dict[str, str] = {}
        self.spin_boxes: dict[str, QSpinBox] = {}
        self.captions: list[QLabel] = []
        self._fitted = False
        self.check_boxes: dict[str, QCheckBox] = {}
        self._build()
        self.set_settings(settings)
        self.fit_to_contents()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.body = body = QWidget(self)
        self.body_layout = column = QVBoxLayout(body)
        for title, keys in GROUPS:
            box = QGroupBox(self.tr(title), body)
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for key in keys:
                self._add_row(form, box, SPEC_BY_KEY[key])
                caption = form.labelForField(self.editor_row(key))
                if isinstance(caption, QLabel) and caption.text():
                    self.captions.append(caption)
            column.addWidget(box)
            if title == PROXY_AFTER:
                self.proxy_section = ProxySection(body)
                column.addWidget(self.proxy_section)
        self.unknown_box = QGroupBox(self.tr("Other keys, kept as they are"), body)
        unknown_layout = QVBoxLayout(self.unknown_box)
        self.unknown_label = QLabel(self.unknown_box)
        self.unknown_label.setTextFormat(Qt.TextFormat.PlainText)
        self.unknown_label.setAccessibleName(self.tr("Other keys, kept as they are"))
        self.unknown_label.setToolTip(
            self.tr("Keys this application does not use. They are kept and written back on export.")
        )
        self.unknown_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        unknown_layout.addWidget(self.unknown_label)
        column.addWidget(self.unknown_box)
        self.import_problems = ProblemList(self.tr("Import and export messages"), body)
        column.addWidget(self.import_problems)
        column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.import_button = self._button(
            self.tr("&Import…"), self.tr("Import settings from a file")
        )
        self.export_button = self._button(self.tr("&Export…"), self.tr("Export settings to a file"))
        self.defaults_button = self._button(
            self.tr("&Restore defaults"), self.tr("Restore defaults")
        )
        self.import_button.setToolTip(
            self.tr("Read an {file} file; nothing changes if it has errors").format(file=FILE_NAME)
        )
        self.export_button.setToolTip(
            self.tr("Write these settings as an {file} file").format(file=FILE_NAME)
        )
        self.defaults_button.setToolTip(
            self.tr("Put every setting back to its default (other keys stay)")
        )
        self.import_button.clicked.connect(self.browse_import)
        self.export_button.clicked.connect(self.browse_export)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(self.tr("OK"))
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        # The file buttons apart from OK/Cancel, whose order is the platform's.
        self.button_row = row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        row.addWidget(self.defaults_button)
        row.addStretch(1)
        row.addWidget(self.buttons)

        self.outer = outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area, 1)
        outer.addLayout(row)
        order: list[QWidget] = []
        for _title, keys in GROUPS:
            for key in keys:
                order.append(self.editor(key))
                if key == "nbwssgui.caFile":
                    order.append(self.ca_browse_button)
            if _title == PROXY_AFTER:
                order += self.proxy_section.editors()
        order += [
            self.unknown_label, self.import_button, self.export_button, self.defaults_button,
            self.ok_button, self.cancel_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        return button

    def _add_row(self, form: QFormLayout, box: QGroupBox, spec: SettingSpec) -> None:
        caption = self.tr(CAPTIONS[spec.key])
        tooltip = self.tr("{description}\nProperty: {key}").format(
            description=say(spec.describe()), key=spec.key
        )
        if spec.kind is Kind.BOOLEAN:
            check = QCheckBox(caption, box)
            self.check_boxes[spec.key] = check
            self._describe(check, caption, tooltip, spec)
            form.addRow("", check)
            return
        if spec.kind is Kind.PATH:
            form.addRow(caption, self._build_ca_row(box, caption, tooltip, spec))
            label = form.labelForField(self.ca_row)
            if isinstance(label, QLabel):
                # The caption's mnemonic goes to the path itself, not to the row around it.
                label.setBuddy(self.ca_edit)
            return
        spin = QSpinBox(box)
        spin.setRange(spec.minimum, spec.maximum)
        spin.setSuffix(_SUFFIXES[spec.kind])
        spin.setGroupSeparatorShown(False)
        # As wide as the largest value needs; wider would only make the form harder to scan.
        spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.spin_boxes[spec.key] = spin
        self._describe(spin, caption, tooltip, spec)
        form.addRow(caption, spin)

    def _build_ca_row(
        self, box: QGroupBox, caption: str, tooltip: str, spec: SettingSpec
    ) -> QWidget:
        self.ca_row = CaFileRow(box)
        self.ca_edit = self.ca_row.edit
        self.ca_browse_button = self.ca_row.browse_button
        self.ca_problems = self.ca_row.problems
        self._describe(self.ca_edit, caption, tooltip, spec)
        return self.ca_row

    @staticmethod
    def _describe(widget: QWidget, caption: str, tooltip: str, spec: SettingSpec) -> None:
        widget.setAccessibleName(plain(caption))
        widget.setAccessibleDescription(say(spec.describe()))
        widget.setToolTip(tooltip)
        widget.setWhatsThis(tooltip)

    def editor(self, key: str) -> QWidget:
        """The widget that edits a property key."""
        if key in self.spin_boxes:
            return self.spin_boxes[key]
        if key in self.check_boxes:
            return self.check_boxes[key]
        if key == "nbwssgui.caFile":
            return self.ca_edit
        section = self.proxy_section
        proxy_editors: dict[str, QWidget] = {
            "nbwssgui.proxyMode": section.mode_box,
            "nbwssgui.proxyUrl": section.address_edit,
            "nbwssgui.proxyUser": section.user_edit,
            "nbwssgui.noProxyFor": section.bypass_edit,
        }
        if key in proxy_editors:
            return proxy_editors[key]
        raise KeyError(key)

    def editor_row(self, key: str) -> QWidget:
        """The widget the form holds for a key (the CA file's row has a button and problems)."""
        return self.ca_row if key == "nbwssgui.caFile" else self.editor(key)

    def _apply_metrics(self) -> None:
        """Sizes that follow the text size: aligned captions, room for a real path."""
        metrics = self.fontMetrics()
        self.ca_edit.setMinimumWidth(36 * metrics.averageCharWidth())
        self.proxy_section.apply_metrics(metrics.averageCharWidth())
        # One caption column across the group boxes, so the editors line up.
        width = max(label.sizeHint().width() for label in self.captions)
        for label in self.captions:
            label.setMinimumWidth(width)

    def fit_to_contents(self) -> None:
        """As large as the contents want (at any text size), within the screen."""
        self._apply_metrics()
        # The captions' new widths reach the group boxes' layouts on posted events: now.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.body_layout.activate()
        hint = self.body.sizeHint().expandedTo(self.body.minimumSizeHint())
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        outer = self.outer
        margins = outer.contentsMargins()
        wanted = QSize(
            max(hint.width() + bar, self.button_row.sizeHint().width())
            + margins.left()
            + margins.right(),
            hint.height()
            + outer.spacing()
            + self.button_row.sizeHint().height()
            + margins.top()
            + margins.bottom(),
        )
        wanted = wanted.expandedTo(QSize(60 * self.fontMetrics().averageCharWidth(), 0))
        self.resize(wanted.boundedTo(self.screen().availableGeometry().size() * 0.9))

    def showEvent(self, event: QShowEvent) -> None:
        # Sizes are final only once the style has polished every widget, at the first show.
        if not self._fitted:
            self._fitted = True
            self.fit_to_contents()
            # Focus starts in the first editor, not on a button.
            self.editor(GROUPS[0][1][0]).setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_to_contents()

    # -- values --------------------------------------------------------------------------------

    def set_settings(self, settings: Settings) -> None:
        """Show these values in the editors (the unknown keys too); nothing else changes."""
        for key, spin in self.spin_boxes.items():
            spin.setValue(round(getattr(settings, SPEC_BY_KEY[key].attribute)))
        for key, check in self.check_boxes.items():
            check.setChecked(bool(getattr(settings, SPEC_BY_KEY[key].attribute)))
        self.ca_edit.setText(settings.ca_file or "")
        self.ca_problems.clear()
        has_password = self._has_proxy_password and bool(settings.proxy_user)
        self.proxy_section.set_settings(settings, has_password=has_password)
        self._unknown = settings.unknown_mapping()
        self._show_unknown()

    def settings(self) -> Settings:
        """The edited settings, unknown keys included.

        The CA file path is taken as typed; `check_ca_file` says whether it can be stored.
        """
        changes: dict[str, object] = {}
        for key, spin in self.spin_boxes.items():
            spec = SPEC_BY_KEY[key]
            changes[spec.attribute] = (
                float(spin.value()) if spec.kind is Kind.SECONDS else spin.value()
            )
        for key, check in self.check_boxes.items():
            changes[SPEC_BY_KEY[key].attribute] = check.isChecked()
        changes["ca_file"] = self.ca_edit.text().strip() or None
        changes.update(self.proxy_section.changes())
        return Settings().with_(**changes).with_unknown(self._unknown)

    def proxy_password(self) -> str | None:
        """The proxy password typed, for the keyring; None when the saved one stays."""
        return self.proxy_section.password()

    def unknown(self) -> dict[str, str]:
        return dict(self._unknown)

    def mapping(self) -> dict[str, str]:
        """The edited settings as the config file stores them (see `Settings.to_mapping`)."""
        return self.settings().to_mapping()

    def _show_unknown(self) -> None:
        lines = [f"{key} = {_short(value)}" for key, value in self._unknown.items()]
        self.unknown_label.setText("\n".join(lines))
        self.unknown_box.setVisible(bool(lines))

    def restore_defaults(self) -> None:
        self.set_settings(DEFAULTS.with_unknown(self._unknown))
        self.import_problems.set_entries(
            [(None, self.tr("Every setting is back to its default. Other keys are kept."))]
        )

    # -- the extra CA file ---------------------------------------------------------------------

    def check_ca_file(self) -> bool:
        """Show what is wrong with the CA file path; False when it cannot be stored."""
        return self.ca_row.check()

    def browse_ca_file(self) -> None:
        self.ca_row.browse()

    # -- import and export ---------------------------------------------------------------------

    def browse_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import {file}").format(file=FILE_NAME), "", self.tr(FILE_FILTER)
        )
        if path:
            self.import_file(path)

    def browse_export(self) -> None:
        if not self.check_ca_file() or not self.proxy_section.show_problems():
            self._export_refused()
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export settings"), FILE_NAME, self.tr(FILE_FILTER)
        )
        if path:
            self.export_file(path)

    def import_file(self, path: str | os.PathLike[str]) -> bool:
        """Read a properties file into the editors; with any error nothing changes."""
        imported = read_properties(path, self.settings())
        if imported.settings is not None:
            self.set_settings(imported.settings)
        self.import_problems.set_entries(imported.entries)
        self._reveal_problems()
        return imported.settings is not None

    def export_file(self, path: str | os.PathLike[str]) -> bool:
        """Write the settings shown as a properties file (never the proxy password)."""
        if not self.check_ca_file() or not self.proxy_section.show_problems():
            self._export_refused()
            return False
        entry = write_properties(path, self.settings())
        self.import_problems.set_entries([entry])
        self._reveal_problems()
        return entry[0] is None

    def _export_refused(self) -> None:
        self.import_problems.set_entries(
            [
                (
                    Severity.ERROR,
                    self.tr("Error: fix the settings marked first; nothing was exported."),
                )
            ]
        )
        self._reveal_problems()
        if not self.check_ca_file():
            self.ca_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.proxy_section.first_wrong_editor().setFocus(Qt.FocusReason.OtherFocusReason)

    def _reveal_problems(self) -> None:
        self.fit_to_contents_growing()
        self.scroll_area.ensureWidgetVisible(self.import_problems)

    def fit_to_contents_growing(self) -> None:
        before = self.size()
        self.fit_to_contents()
        self.resize(self.size().expandedTo(before))

    # -- closing -------------------------------------------------------------------------------

    def accept(self) -> None:
        if not self.check_ca_file():
            self.ca_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(self.ca_edit)
            return
        if not self.proxy_section.show_problems():
            wrong = self.proxy_section.first_wrong_editor()
            wrong.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(self.proxy_section.problem_list)
            return
        super().accept()


def _short(value: str, limit: int = 60) -> str:
    shown = value if len(value) <= limit else value[: limit - 1] + "…"
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in shown)
