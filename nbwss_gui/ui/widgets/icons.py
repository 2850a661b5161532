"""Icons for endpoint and connection states, so that a state never rests on colour alone.

The style's standard icons are used: they follow the desktop theme and need no resource files.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from nbwss_gui.domain.connection_state import ConnectionState as C
from nbwss_gui.domain.registered import EndpointState as E

SP = QStyle.StandardPixmap

# The words are the domain's; only their pictures are decided here. Each state has a shape of
# its own (never colour alone, SPEC §3.1), drawn in the palette's text colour so it stays
# visible on a dark theme, with a fill that says the same again to those who see colour.
_SHAPES: dict[str, str] = {
    E.ACTIVATED: "check",
    E.DEACTIVATED: "pause",
    C.CONNECTED: "connected",
    C.CONNECTING: "arc",
    C.STANDBY: "ring",
    C.RETRYING: "clock",
    C.FAILED: "cross",
    C.NOT_CONNECTED: "slash",
}
_FILLS = {
    "connected": QColor(46, 160, 67),
    "cross": QColor(207, 34, 46),
    "clock": QColor(191, 135, 0),
    "arc": QColor(9, 105, 218),
}
ICON_PIXELS = 32

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
    shape = _SHAPES.get(state)
    if shape is None or QApplication.instance() is None:
        return QIcon()
    palette = QApplication.palette()
    key = (shape, palette.cacheKey())
    icon = _cache.get(key)
    if icon is None:
        icon = QIcon(_draw(shape, palette.color(QPalette.ColorRole.WindowText)))
        _cache[key] = icon
    return icon


def _draw(shape: str, ink: QColor) -> QPixmap:
    """One state's picture: a shape in `ink`, on a transparent square."""
    size = ICON_PIXELS
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(ink, size / 10)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    circle = QRectF(4, 4, size - 8, size - 8)
    fill = _FILLS.get(shape)
    if fill is not None:
        painter.setBrush(fill)
    if shape in ("connected", "cross", "clock", "ring", "slash"):
        painter.drawEllipse(circle)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    c, r = size / 2, (size - 8) / 2
    if shape in ("check", "connected"):
        if shape == "connected":
            painter.setPen(QPen(QColor("white"), size / 10))
        painter.drawPolyline(
            [
                QPointF(c - r * 0.5, c),
                QPointF(c - r * 0.1, c + r * 0.45),
                QPointF(c + r * 0.55, c - r * 0.4),
            ]
        )
    elif shape == "pause":
        painter.drawLine(QPointF(c - r * 0.35, c - r * 0.6), QPointF(c - r * 0.35, c + r * 0.6))
        painter.drawLine(QPointF(c + r * 0.35, c - r * 0.6), QPointF(c + r * 0.35, c + r * 0.6))
    elif shape == "arc":
        painter.setPen(QPen(fill or ink, size / 8))
        painter.drawArc(circle, 90 * 16, -270 * 16)
    elif shape == "ring":
        painter.setBrush(ink)
        painter.drawEllipse(QPointF(c, c), r * 0.3, r * 0.3)
    elif shape == "clock":
        painter.drawLine(QPointF(c, c), QPointF(c, c - r * 0.6))
        painter.drawLine(QPointF(c, c), QPointF(c + r * 0.45, c + r * 0.2))
    elif shape == "cross":
        painter.setPen(QPen(QColor("white"), size / 10))
        d = r * 0.45
        painter.drawLine(QPointF(c - d, c - d), QPointF(c + d, c + d))
        painter.drawLine(QPointF(c - d, c + d), QPointF(c + d, c - d))
    elif shape == "slash":
        d = r * 0.7
        painter.drawLine(QPointF(c - d, c + d), QPointF(c + d, c - d))
    painter.end()
    return pixmap


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
