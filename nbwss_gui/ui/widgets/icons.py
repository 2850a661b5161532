"""Icons for endpoint and connection states, so that a state never rests on colour alone.

The style's standard icons are used: they follow the desktop theme and need no resource files.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from nbwss_gui.domain.connection_state import ConnectionState as C
from nbwss_gui.domain.registered import EndpointState as E

SP = QStyle.StandardPixmap

# The words are the domain's; only their pictures are decided here.
_STATE_PIXMAPS: dict[str, QStyle.StandardPixmap] = {
    E.ACTIVATED: SP.SP_DialogApplyButton,
    E.DEACTIVATED: SP.SP_MediaPause,
    C.CONNECTED: SP.SP_DialogYesButton,
    C.CONNECTING: SP.SP_BrowserReload,
    C.STANDBY: SP.SP_MediaPause,
    C.RETRYING: SP.SP_BrowserReload,
    C.FAILED: SP.SP_MessageBoxCritical,
    C.NOT_CONNECTED: SP.SP_DialogNoButton,
}

_cache: dict[object, QIcon] = {}


def _standard(pixmap: QStyle.StandardPixmap) -> QIcon:
    icon = _cache.get(pixmap)
    if icon is None:
        if QApplication.instance() is None:
            return QIcon()  # no style before the application exists; do not cache that
        icon = QApplication.style().standardIcon(pixmap)
        _cache[pixmap] = icon
    return icon


def state_icon(state: str) -> QIcon:
    """The icon for an endpoint state or a connection state; an empty icon for unknown text."""
    pixmap = _STATE_PIXMAPS.get(state)
    return _standard(pixmap) if pixmap is not None else QIcon()


def group_icon() -> QIcon:
    return _standard(SP.SP_DirIcon)


def action_icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    """A standard icon for a toolbar action."""
    return _standard(pixmap)


def app_icon() -> QIcon:
    """The application's own icon, drawn once from its SVG (Qt scales it for other sizes)."""
    icon = _cache.get("app")
    if icon is None:
        from importlib import resources

        from PySide6.QtGui import QPixmap

        pixmap = QPixmap()
        data = resources.files("nbwss_gui.resources").joinpath("nbwss-gui.svg").read_bytes()
        # Without Qt's SVG image plugin the window simply keeps the platform's default icon.
        icon = QIcon(pixmap) if pixmap.loadFromData(data, "SVG") else QIcon()
        _cache["app"] = icon
    return icon


def warning_icon() -> QIcon:
    return _standard(SP.SP_MessageBoxWarning)
