"""The Proxy section of Settings (SPEC §4.6): no proxy, the system's settings, or a manual one.

It edits the four proxy settings and the password. The password is never part of the settings:
`password()` hands it to the caller, which keeps it in the keyring (services.proxy's entry per
user and proxy). Whatever is wrong is said under the section, and OK waits until it is fixed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nbwss_gui.domain.problems import Severity
from nbwss_gui.domain.proxy import NoProxyRules, ProxyMode, normal_list, parse_proxy_address
from nbwss_gui.domain.settings import SPEC_BY_KEY, Refused, Settings
from nbwss_gui.domain.words import words_of
from nbwss_gui.ui.server_dialog.problem_view import ProblemList
from nbwss_gui.ui.widgets.translation import QT_TRANSLATE_NOOP, say

TITLE = QT_TRANSLATE_NOOP("ProxySection", "Proxy")
MODE_CAPTION = QT_TRANSLATE_NOOP("ProxySection", "Pro&xy:")
MODE_WORDS = {
    ProxyMode.SYSTEM: QT_TRANSLATE_NOOP("ProxySection", "Use the system's proxy settings"),
    ProxyMode.NONE: QT_TRANSLATE_NOOP("ProxySection", "No proxy: connect directly"),
    ProxyMode.MANUAL: QT_TRANSLATE_NOOP("ProxySection", "Manual: the proxy below"),
}
ADDRESS_CAPTION = QT_TRANSLATE_NOOP("ProxySection", "Proxy a&ddress:")
USER_CAPTION = QT_TRANSLATE_NOOP("ProxySection", "User name:")
PASSWORD_CAPTION = QT_TRANSLATE_NOOP("ProxySection", "Password (&kept in the keyring):")
BYPASS_CAPTION = QT_TRANSLATE_NOOP("ProxySection", "Reac&hed directly:")
SYSTEM_HINT = QT_TRANSLATE_NOOP(
    "ProxySection",
    "The platform's settings: HTTPS_PROXY, ALL_PROXY and NO_PROXY on Linux, Internet Settings "
    "on Windows, the network proxies on macOS. Automatic configuration (PAC, WPAD) is not read: "
    "give the proxy it names as a manual proxy.",
)
_UNCHANGED = "••••••••"


class ProxySection(QGroupBox):
    """The proxy settings' editors; `problems()` says what keeps them from being saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr(TITLE))
        self.setAccessibleName(self.tr("Proxy settings"))
        column = QVBoxLayout(self)
        mode_form = QFormLayout()
        self.mode_box = QComboBox(self)
        for mode, words in MODE_WORDS.items():
            self.mode_box.addItem(self.tr(words), mode.value)
        spec = SPEC_BY_KEY["nbwssgui.proxyMode"]
        self.mode_box.setAccessibleName(self.tr("Proxy"))
        self.mode_box.setAccessibleDescription(say(spec.describe()))
        self.mode_box.setToolTip(
            self.tr("{description}\n{hint}\nProperty: {key}").format(
                description=say(spec.describe()), hint=self.tr(SYSTEM_HINT), key=spec.key
            )
        )
        mode_form.addRow(self.tr(MODE_CAPTION), self.mode_box)
        column.addLayout(mode_form)
        self.manual_box = QWidget(self)
        form = QFormLayout(self.manual_box)
        form.setContentsMargins(24, 0, 0, 0)
        self.address_edit = self._line(form, ADDRESS_CAPTION, "nbwssgui.proxyUrl")
        self.address_edit.setPlaceholderText("http://proxy.example.com:3128")
        self.user_edit = self._line(form, USER_CAPTION, "nbwssgui.proxyUser")
        self.user_edit.setPlaceholderText(self.tr("None: the proxy does not ask"))
        self.password_edit = QLineEdit(self.manual_box)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Proxy password"))
        self.password_edit.setToolTip(
            self.tr(
                "Kept in the system keyring like the tokens, never in a file. Leave it as it is "
                "to keep the saved one."
            )
        )
        form.addRow(self.tr(PASSWORD_CAPTION), self.password_edit)
        column.addWidget(self.manual_box)
        bypass_form = QFormLayout()
        self.bypass_edit = self._line(bypass_form, BYPASS_CAPTION, "nbwssgui.noProxyFor")
        self.bypass_edit.setParent(self)
        self.bypass_edit.setPlaceholderText(self.tr("e.g. .corp.example, backup1, 10.0.0.0/8"))
        column.addLayout(bypass_form)
        self.problem_list = ProblemList(self.tr("Problems with the proxy settings"), self)
        column.addWidget(self.problem_list)
        self._had_password = False
        self.mode_box.currentIndexChanged.connect(lambda _index: self._mode_changed())
        for edit in (self.address_edit, self.user_edit, self.bypass_edit):
            edit.editingFinished.connect(self.show_problems)
            edit.textEdited.connect(lambda _text: self.problem_list.clear())

    def _line(self, form: QFormLayout, caption: str, key: str) -> QLineEdit:
        edit = QLineEdit(self.manual_box)
        edit.setClearButtonEnabled(True)
        spec = SPEC_BY_KEY[key]
        shown = self.tr(caption)
        edit.setAccessibleName(shown.replace("&", "").rstrip(":"))
        edit.setAccessibleDescription(say(spec.describe()))
        edit.setToolTip(
            self.tr("{description}\nProperty: {key}").format(
                description=say(spec.describe()), key=spec.key
            )
        )
        form.addRow(shown, edit)
        return edit

    def editors(self) -> list[QWidget]:
        """In Tab order."""
        return [
            self.mode_box,
            self.address_edit,
            self.user_edit,
            self.password_edit,
            self.bypass_edit,
        ]

    # -- values --------------------------------------------------------------------------------

    def set_settings(self, settings: Settings, *, has_password: bool = False) -> None:
        self.mode_box.setCurrentIndex(self.mode_box.findData(settings.proxy_mode.value))
        self.address_edit.setText(settings.proxy_url or "")
        self.user_edit.setText(settings.proxy_user or "")
        self.bypass_edit.setText(settings.no_proxy)
        self._had_password = has_password
        # A saved password is shown as dots that stand for it; it is never read back.
        self.password_edit.setText(_UNCHANGED if has_password else "")
        self.problem_list.clear()
        self._mode_changed()

    def show_saved_password(self) -> None:
        """The keyring holds a password for this user: dots stand for it, unless one is typed."""
        if not self.password_edit.text():
            self._had_password = True
            self.password_edit.setText(_UNCHANGED)

    def mode(self) -> ProxyMode:
        # Qt hands the item's data back as a plain str.
        try:
            return ProxyMode(self.mode_box.currentData())
        except ValueError:
            return ProxyMode.SYSTEM

    def apply_metrics(self, char_width: int) -> None:
        """Room for a real address and list, at any text size."""
        for edit in (self.address_edit, self.user_edit, self.password_edit, self.bypass_edit):
            edit.setMinimumWidth(30 * char_width)

    def changes(self) -> dict[str, object]:
        """The proxy settings as edited (valid or not: `problems` says)."""
        return {
            "proxy_mode": self.mode(),
            "proxy_url": _address(self.address_edit.text()),
            "proxy_user": self.user_edit.text().strip() or None,
            "no_proxy": normal_list(self.bypass_edit.text()),
        }

    def password(self) -> str | None:
        """The password typed, or None when it was left as it was (the saved one stays)."""
        text = self.password_edit.text()
        if self._had_password and text == _UNCHANGED:
            return None
        return text

    def problems(self) -> list[tuple[Severity, str]]:
        found: list[tuple[Severity, str]] = []
        mode = self.mode()
        address = self.address_edit.text().strip()
        if mode is ProxyMode.MANUAL and not address:
            found.append(
                (
                    Severity.ERROR,
                    self.tr("Error: give the manual proxy's address, http://host:port."),
                )
            )
        elif address:
            try:
                parse_proxy_address(address)
            except ValueError as exc:
                words = self.tr("Error: the proxy address: {problem}.").format(
                    problem=say(words_of(exc))
                )
                found.append((Severity.ERROR, words))
        verdict = SPEC_BY_KEY["nbwssgui.proxyUser"].parse(self.user_edit.text())
        if isinstance(verdict, Refused):
            words = self.tr("Error: the user name must be {rule}.").format(rule=say(verdict.rule))
            found.append((Severity.ERROR, words))
        _rules, wrong = NoProxyRules.parse(self.bypass_edit.text())
        found += [
            (Severity.ERROR, self.tr("Error: Reached directly: {problem}.").format(problem=problem))
            for problem in wrong
        ]
        if mode is ProxyMode.MANUAL and self.password() and not self.user_edit.text().strip():
            words = self.tr("Error: a password needs the user name it belongs to.")
            found.append((Severity.ERROR, words))
        return found

    def show_problems(self) -> bool:
        """Say what is wrong under the section; True when it can be saved."""
        found = self.problems()
        if found:
            self.problem_list.set_entries(found)
        else:
            self.problem_list.clear()
        return not found

    def first_wrong_editor(self) -> QWidget:
        if self.mode() is ProxyMode.MANUAL and self.problems():
            return self.address_edit
        return self.bypass_edit

    def _mode_changed(self) -> None:
        manual = self.mode() is ProxyMode.MANUAL
        self.manual_box.setEnabled(manual)


def _address(text: str) -> str | None:
    """The address as saved: http://host:port, as the domain writes it."""
    text = text.strip()
    if not text:
        return None
    try:
        return parse_proxy_address(text).url
    except ValueError:
        return text
