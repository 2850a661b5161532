"""Refresh docs/screenshots/ from the screenshots the Qt tests save to test-artifacts/.

    .venv/bin/python packaging/update_screenshots.py

The README's user guide and the AppStream metainfo show these images. Run this after a change
to a window, and look at the new images before they are committed. It runs tests/qt offscreen,
as `make test` does, and copies the files named in SCREENSHOTS; if a test fails, or no longer
saves one of them, nothing is copied.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
TARGET = ROOT / "docs" / "screenshots"

# The file each test saves (tests/qt) and what it shows. The first is the metainfo's default.
SCREENSHOTS: dict[str, str] = {
    "failover-1-before.png": "test_live_states.py: the DEMO window, both groups CONNECTED",
    "failover-2-after.png": "test_live_states.py: east-1 stopped, its group failed over",
    "dialog-inline-errors.png": "test_endpoint_dialog.py: a bad file, problems inline",
    "dialog-connection-test.png": "test_dialog_probe.py: Validate passed, every step",
    "dialog-connection-test-failed.png": "test_dialog_probe.py: the token was rejected",
    "dialog-several-files.png": "test_several_files.py: three files, two validated, one broken",
    "certificate-dialog-untrusted.png": "test_main_window.py: Validate again, untrusted",
    "settings-dialog.png": "test_settings_dialog.py: the Settings dialog",
    "message-log.png": "test_message_log_view.py: an endpoint's message log",
}


def main() -> int:
    # A copy left by an earlier run must not pass for a new one.
    for name in SCREENSHOTS:
        (ARTIFACTS / name).unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/qt"]
    if subprocess.run(command, cwd=ROOT, env=env, check=False).returncode != 0:
        print("update_screenshots: the Qt tests failed; nothing was copied", file=sys.stderr)
        return 1
    missing = [name for name in SCREENSHOTS if not (ARTIFACTS / name).is_file()]
    if missing:
        print(
            f"update_screenshots: the tests saved no {', '.join(missing)} (renamed or no longer "
            "saved? update SCREENSHOTS, the README and the metainfo); nothing was copied",
            file=sys.stderr,
        )
        return 1
    TARGET.mkdir(parents=True, exist_ok=True)
    for name in SCREENSHOTS:
        shutil.copyfile(ARTIFACTS / name, TARGET / name)
    print(f"Copied {len(SCREENSHOTS)} screenshots to {TARGET.relative_to(ROOT)}/; look at them:")
    for name, about in SCREENSHOTS.items():
        print(f"  {name:<36} {about}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
