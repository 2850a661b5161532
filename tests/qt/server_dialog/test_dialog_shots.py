"""The dialog after Trust and the several-files dialog on a 1366x768 screen, at 100 % and
200 %, light and dark, against real TLS endpoints: after Trust the focus and the default are
Add Host; the several files show each row's check and validation. Screenshots go to
test-artifacts/ for people to look at.

Each variant draws in a process of its own (dialog_shot.py), on an offscreen screen of the
size and scale it names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

SHOT = Path(__file__).with_name("dialog_shot.py")


@pytest.mark.parametrize("scale", [1, 2])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_dialogs_after_trust_and_with_several_files(
    tmp_path: Path, artifacts_dir: Path, draw_on_screen: Any, scale: int, theme: str
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    facts = draw_on_screen(SHOT, str(artifacts_dir), theme, str(work), scale=scale)
    trusted = facts["after_trust"]
    assert trusted["focus"] == "Add Host" and trusted["add_default"]
    assert trusted["status"] == "Validation passed."
    width, height = trusted["size"]
    assert width <= 1366 and height <= 768
    several = facts["several"]
    assert several["rows"] == [["valid", "Passed"], ["valid", "Passed"], ["2 errors", ""]]
    assert several["add"] == "&Add 2 Hosts"
    tag = f"{theme}-{scale * 100}"
    for name in (f"dialog-after-trust-{tag}.png", f"dialog-several-files-{tag}.png"):
        assert (artifacts_dir / name).stat().st_size > 0
