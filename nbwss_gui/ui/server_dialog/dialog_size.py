"""A dialog whose body scrolls, sized to what its body wants, within the screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QDialog, QScrollArea


def fit_scrolling_dialog(
    dialog: QDialog, scroll_area: QScrollArea, *, min_width_chars: int, grow_only: bool = False
) -> None:
    """As large as the scroll area's body wants (at any text size), at least
    `min_width_chars` average characters wide, within 90 % of the screen.

    With `grow_only`, never smaller than now: the dialog grows as problems, steps and the
    certificate appear, and does not jump back when they go.
    """
    body = scroll_area.widget()
    assert body is not None
    # Panels just shown or filled have their layouts updated on a posted event: now.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    body_layout = body.layout()
    if body_layout is not None:
        body_layout.activate()
    hint = body.sizeHint().expandedTo(body.minimumSizeHint())
    bar = scroll_area.verticalScrollBar().sizeHint().width()
    # What the buttons, the save problems and the margins take besides the scroll area;
    # measured from the layout, which is right before the dialog is first shown too.
    outer = dialog.layout()
    assert outer is not None
    outer.activate()
    extra = outer.sizeHint() - scroll_area.sizeHint()
    frame = 2 * scroll_area.frameWidth()
    wanted = QSize(hint.width() + bar + frame, hint.height() + frame) + extra
    wanted.setWidth(max(wanted.width(), min_width_chars * dialog.fontMetrics().averageCharWidth()))
    if grow_only:
        wanted = wanted.expandedTo(dialog.size())
    available = dialog.screen().availableGeometry()
    dialog.resize(wanted.boundedTo(available.size() * 0.9))
    if dialog.isVisible() and dialog.frameGeometry().bottom() > available.bottom():
        # Grown past the bottom of the screen: move up rather than hide the buttons.
        top = max(available.top(), available.bottom() - dialog.frameGeometry().height())
        dialog.move(dialog.x(), top)
