"""The WebSocket Servers window at its default size on a 1366x768 screen, at 100 % and 200 %,
with a light and a dark palette: every column shows, the toolbar does not overflow, the
status message has room beside the counter, and the details pane says the selected
endpoint's full error and history. Screenshots go to test-artifacts/ for people to look at.

Each variant draws in a process of its own (window_shot.py), on an offscreen screen of the
size and scale it names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

SHOT = Path(__file__).with_name("window_shot.py")


@pytest.mark.parametrize("scale", [1, 2])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_default_window_shows_every_column_at_each_scale(
    artifacts_dir: Path, draw_on_screen: Any, scale: int, theme: str
) -> None:
    facts = draw_on_screen(SHOT, str(artifacts_dir), theme, scale=scale)
    assert facts["scale"] == scale
    width, height = facts["size"]
    # Within the screen (in its logical pixels), and every column inside the list.
    assert width <= 1366 and height <= 768
    assert facts["columns_right"] <= facts["viewport_width"]
    # Last error is readable: a good part of an error shows, not eight characters.
    assert facts["last_error_width"] >= 18 * facts["char_width"]
    assert not facts["toolbar_overflows"]
    # The counter keeps to the right, leaving the message most of the bar.
    assert facts["count_left"] > facts["status_width"] // 2
    details = facts["details_text"]
    assert "127.0.0.1:40657 refused the connection (is the server listening on that port?)" in (
        details
    )
    assert details.index("RETRYING") < details.index("CONNECTING")  # newest first
    # The group's cell names each failing endpoint once.
    assert "west-1: 127.0.0.1:40657 refused" in facts["group_cell"]
    assert "(and west-2: 127.0.0.1:40658 timed out)" in facts["group_cell"]
    tag = f"{theme}-{scale * 100}"
    for name in (f"servers-window-default-{tag}.png", f"details-pane-{tag}.png"):
        assert (artifacts_dir / name).stat().st_size > 0
