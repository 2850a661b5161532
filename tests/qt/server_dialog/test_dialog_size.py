"""The dialog opens at its working size: loading a file full of problems does not make it
jump (it did, from 540x445 to 630x900, on a 1600x1000 screen)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("dialog_size_probe.py")
BAD = '{"token": "", "priority": 1.5, "groupID": "g", "hostname": "x", "url": "ws://h:1/n"}'


def test_problems_appearing_do_not_resize_the_dialog(tmp_path: Path) -> None:
    screen = {"name": "big", "x": 0, "y": 0, "width": 1600, "height": 1000, "dpr": 1,
              "logicalDpi": 96, "logicalBaseDpi": 96}  # fmt: skip
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(BAD, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, str(PROBE), str(bad)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    sizes = json.loads(done.stdout.strip().splitlines()[-1])
    height = sizes["open"][1]
    # Room for what Validate will show, not the bare form, and within the screen.
    assert height > 600 and height <= 0.9 * sizes["screen"][1]
    assert sizes["loaded"] == sizes["open"]
