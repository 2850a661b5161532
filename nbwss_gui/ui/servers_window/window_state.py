"""The window as its user left it, per profile: size and place, column widths, the toolbar
and docks. Kept in `window-state.ini` in the profile's folder (Qt's own encoding of
geometry and header state); a missing or damaged file gives the default layout."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QHeaderView, QMainWindow

STATE_FILE_NAME = "window-state.ini"
# Written by this version; a file from another layout of columns is not applied.
LAYOUT_VERSION = 1


def state_file(profile: Path) -> Path:
    return Path(profile) / STATE_FILE_NAME


def save(path: Path, window: QMainWindow, header: QHeaderView) -> None:
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("layout", LAYOUT_VERSION)
    settings.setValue("geometry", window.saveGeometry())
    settings.setValue("windowState", window.saveState(LAYOUT_VERSION))
    settings.setValue("columns", header.saveState())
    # Written out as well: a file from before sorting has a header state whose sort indicator
    # was never chosen, and must not sort the list by it.
    settings.setValue("sortColumn", header.sortIndicatorSection())
    settings.setValue("sortOrder", header.sortIndicatorOrder().value)
    settings.sync()


def restore(
    path: Path,
    window: QMainWindow,
    header: QHeaderView,
    default_sort: tuple[int, Qt.SortOrder] | None = None,
) -> bool:
    """Apply what `save` kept; False (and nothing applied) when there is nothing usable.
    Without a kept sort column, the header's sort indicator is `default_sort`."""
    if not path.is_file():
        return False
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if settings.status() != QSettings.Status.NoError or _int(settings.value("layout")) != (
        LAYOUT_VERSION
    ):
        return False
    geometry, state, columns = (
        settings.value(key) for key in ("geometry", "windowState", "columns")
    )
    restored = False
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        restored = True
    if isinstance(state, QByteArray):
        window.restoreState(state, LAYOUT_VERSION)
    if isinstance(columns, QByteArray):
        header.restoreState(columns)
    column, order = _int(settings.value("sortColumn")), _int(settings.value("sortOrder"))
    if column is not None and order in (0, 1):
        header.setSortIndicator(column, Qt.SortOrder(order))
    elif default_sort is not None:
        header.setSortIndicator(*default_sort)
    return restored


def _int(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None
