"""Every endpoint and connection state has a picture of its own (SPEC §3.1: never colour
alone), and each stays visible on a dark palette."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from nbwss_gui.domain.connection_state import ConnectionState
from nbwss_gui.domain.registered import EndpointState
from nbwss_gui.ui.widgets import icons

STATES = [*EndpointState, *ConnectionState]
SIZE = 16


def image(state: str) -> QImage:
    return (
        icons.state_icon(state)
        .pixmap(SIZE, SIZE)
        .toImage()
        .convertToFormat(QImage.Format.Format_ARGB32)
    )


def ink_pixels(picture: QImage, background: QColor) -> int:
    """Pixels that differ clearly from the background they are drawn on."""
    count = 0
    for y in range(picture.height()):
        for x in range(picture.width()):
            pixel = picture.pixelColor(x, y)
            if pixel.alpha() < 128:
                continue
            if abs(pixel.lightness() - background.lightness()) > 60 or pixel.saturation() > 80:
                count += 1
    return count


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: Any) -> Iterator[QPalette]:
    before = QApplication.palette()
    chosen = QPalette(before)
    if request.param == "dark":
        chosen.setColor(QPalette.ColorRole.Window, QColor(32, 33, 36))
        chosen.setColor(QPalette.ColorRole.Base, QColor(24, 25, 27))
        chosen.setColor(QPalette.ColorRole.WindowText, QColor(230, 230, 230))
        chosen.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    QApplication.setPalette(chosen)
    yield chosen
    QApplication.setPalette(before)


def test_each_state_has_its_own_visible_picture(
    palette: QPalette, artifacts_dir: Path, request: pytest.FixtureRequest
) -> None:
    background = palette.color(QPalette.ColorRole.Base)
    pictures = {state: image(state) for state in STATES}
    for state, picture in pictures.items():
        assert not picture.isNull(), state
        assert ink_pixels(picture, background) >= 12, f"{state} nearly vanishes"
    seen: dict[bytes, str] = {}
    for state, picture in pictures.items():
        key = bytes(picture.constBits())
        assert key not in seen, f"{state} looks like {seen.get(key)}"
        seen[key] = state
    # A strip of them all on the palette's background, for people to look at.
    strip = QImage(len(STATES) * (SIZE * 2 + 8), SIZE * 2 + 8, QImage.Format.Format_ARGB32)
    strip.fill(background)
    painter = QPainter(strip)
    for n, state in enumerate(STATES):
        painter.drawPixmap(4 + n * (SIZE * 2 + 8), 4, icons.state_icon(state).pixmap(SIZE * 2))
    painter.end()
    name = request.node.callspec.id
    strip.save(str(artifacts_dir / f"state-icons-{name}.png"))
