"""Start-up to a usable window against the least equivalent window and a bare PySide6 dialog,
measured in the same run (SPEC §7).

The equivalent window is what any window showing this list must build: a QMainWindow with a
menu bar, a toolbar of actions with the style's standard icons, a QTreeView over a model with
the same rows (groups with their endpoints, ten columns) and a status bar. The real window is
started as a user starts it: its config file found through platformdirs (XDG_CONFIG_HOME), not
through the tests' NBWSS_GUI_CONFIG_DIR override. Three ratios are printed: real window /
equivalent window (the target, at most 1.10), equivalent window / bare dialog, and real window
/ bare dialog.

Each case runs as a fresh process; the time is wall-clock from just before the process is
started to the moment it prints "usable" after its first paint (the window: the first paint,
which already shows the endpoints of the config file). The window also prints "ready" once
the registry is attached and its actions work (after asyncio and qasync are loaded); that
figure is shown beside, not held to the target. The cases take turns, so a busy machine slows
them alike. The CPU time each process used is printed too: on a shared machine it varies less
than wall-clock.

Every case runs with the same byte-code cache (PYTHONPYCACHEPREFIX, filled by warm-up runs
that are not counted), as an installed application has its byte code compiled; a
PYTHONDONTWRITEBYTECODE in the environment is dropped for the same reason.

Run:  .venv/bin/python tests/benchmarks/bench_startup.py [--runs N]
Exit status 1 when the window's first paint takes more than 1.10x the equivalent window's
median (with the same number of endpoints).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 1.10
ROOT = Path(__file__).resolve().parents[2]

BARE_DIALOG = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout

app = QApplication(sys.argv[:1])
dialog = QDialog()
dialog.setWindowTitle("bare")
QVBoxLayout(dialog).addWidget(QLabel("A bare PySide6 dialog"))


def usable():
    print("usable", flush=True)
    app.quit()


class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, usable)
        return False


watch = Watch()
dialog.installEventFilter(watch)
dialog.show()
app.exec()
"""


EQUIVALENT_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStyle, QTreeView

COUNT = int(sys.argv[1])
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("equivalent")
style = app.style()
SP = QStyle.StandardPixmap
icons = [SP.SP_FileIcon, SP.SP_TrashIcon, SP.SP_DialogApplyButton, SP.SP_MediaPause,
         SP.SP_BrowserReload, SP.SP_FileDialogContentsView, SP.SP_MediaPlay,
         SP.SP_FileDialogDetailedView]
file_menu = window.menuBar().addMenu("&File")
endpoint_menu = window.menuBar().addMenu("&Endpoint")
toolbar = window.addToolBar("actions")
toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
for n, pixmap in enumerate(icons):
    action = QAction(style.standardIcon(pixmap), f"Action {n}", window)
    endpoint_menu.addAction(action)
    toolbar.addAction(action)
model = QStandardItemModel(0, 10)
model.setHorizontalHeaderLabels([f"Column {n}" for n in range(10)])
state_icon = style.standardIcon(SP.SP_DialogNoButton)
for group in range(max(1, COUNT // 2) if COUNT else 0):
    row = QStandardItem(style.standardIcon(SP.SP_DirIcon), f"group-{group:03d}")
    for member in range(2):
        cells = [QStandardItem(f"endpoint-{group * 2 + member:03d}.cloud.example.com")]
        cells += [QStandardItem(f"cell {c}") for c in range(1, 10)]
        cells[5].setIcon(state_icon)
        row.appendRow(cells)
    model.appendRow(row)
view = QTreeView()
view.setModel(model)
view.expandAll()
window.setCentralWidget(view)
window.statusBar().addPermanentWidget(QLabel(f"{COUNT} endpoints"))


def usable():
    print("usable", flush=True)
    app.quit()


class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, usable)
        return False


watch = Watch()
view.viewport().installEventFilter(watch)
window.show()
app.exec()
"""


def write_config(folder: Path, count: int) -> None:
    sys.path.insert(0, str(ROOT))
    from nbwss_gui.domain.registered import RegisteredEndpoint
    from nbwss_gui.services.config import ConfigStore
    from nbwss_gui.services.paths import CONFIG_FILE_NAME

    endpoints = [
        RegisteredEndpoint(
            id=f"{n:032x}",
            priority=n % 2,
            group_id=f"group-{n // 2:03d}",
            host_name=f"endpoint-{n:03d}.cloud.example.com",
            url=f"wss://endpoint-{n:03d}.cloud.example.com:8443/nbwss",
            added_at="2026-11-28T05:00:00Z",
            changed_at="2026-11-28T05:00:00Z",
        )
        for n in range(count)
    ]
    ConfigStore(folder / CONFIG_FILE_NAME).save(endpoints, {})


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_to_usable(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall-clock seconds to "usable" and to "ready" (the same when the process prints no
    "ready"), and the CPU seconds the whole process used."""
    cpu_before = children_cpu()
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    usable = ready = None
    for line in process.stdout:
        if line.startswith("usable"):
            usable = time.perf_counter() - started
        elif line.startswith("ready"):
            ready = time.perf_counter() - started
    status = process.wait(timeout=60)
    if usable is None or status != 0:
        raise SystemExit(f"{' '.join(command)} exited with {status} without printing 'usable'")
    return usable, ready if ready is not None else usable, children_cpu() - cpu_before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each case (at least 5)")
    runs = max(5, parser.parse_args().runs)
    python = sys.executable
    with (
        tempfile.TemporaryDirectory() as empty,
        tempfile.TemporaryDirectory() as full,
        tempfile.TemporaryDirectory() as pycache,
    ):
        # As a user starts it: XDG_CONFIG_HOME/nbwss-gui/endpoints.json, found by platformdirs.
        empty_home, full_home = Path(empty), Path(full)
        (empty_home / "nbwss-gui").mkdir()
        (full_home / "nbwss-gui").mkdir()
        # Byte-code caches, as an installed application has them (pip compiles on install),
        # kept out of the source tree; the warm-up run below fills them.
        base_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": pycache}
        for name in (
            "NBWSS_GUI_EXIT_AFTER_PAINT",
            "PYTHONDONTWRITEBYTECODE",
            "NBWSS_GUI_CONFIG_DIR",
        ):
            base_env.pop(name, None)
        write_config(full_home / "nbwss-gui", 200)
        window = [python, "-m", "nbwss_gui"]
        cases = {
            "bare PySide6 dialog": ([python, "-c", BARE_DIALOG], base_env),
            "equivalent, 0 rows": ([python, "-c", EQUIVALENT_WINDOW, "0"], base_env),
            "equivalent, 200 rows": ([python, "-c", EQUIVALENT_WINDOW, "200"], base_env),
            "window, 0 endpoints": (
                window,
                {**base_env, "NBWSS_GUI_EXIT_AFTER_PAINT": "1", "XDG_CONFIG_HOME": empty},
            ),
            "window, 200 endpoints": (
                window,
                {**base_env, "NBWSS_GUI_EXIT_AFTER_PAINT": "1", "XDG_CONFIG_HOME": full},
            ),
        }
        for _ in range(2):  # fill the byte-code cache and warm the disk cache; not counted
            for command, env in cases.values():
                time_to_usable(command, env)
        times: dict[str, list[float]] = {name: [] for name in cases}
        ready: dict[str, list[float]] = {name: [] for name in cases}
        cpu: dict[str, list[float]] = {name: [] for name in cases}
        for run in range(runs):
            for name, (command, env) in cases.items():
                wall, wall_ready, used = time_to_usable(command, env)
                times[name].append(wall)
                ready[name].append(wall_ready)
                cpu[name].append(used)
            print(
                f"run {run + 1}: "
                + ", ".join(f"{name} {times[name][-1] * 1000:.0f} ms" for name in cases),
                flush=True,
            )
    medians = {name: statistics.median(values) for name, values in times.items()}
    ready_medians = {name: statistics.median(values) for name, values in ready.items()}
    cpu_medians = {name: statistics.median(values) for name, values in cpu.items()}
    bare = medians["bare PySide6 dialog"]
    bare_cpu = cpu_medians["bare PySide6 dialog"]
    for name, median in medians.items():
        line = (
            f"{name:24} median {median * 1000:6.0f} ms (range {min(times[name]) * 1000:.0f}-"
            f"{max(times[name]) * 1000:.0f})  CPU {cpu_medians[name] * 1000:.0f} ms"
        )
        if name.startswith("window"):
            line += f"   ready {ready_medians[name] * 1000:.0f} ms"
        print(line)
    worst = 0.0
    for rows in (0, 200):
        real_name, equivalent_name = f"window, {rows} endpoints", f"equivalent, {rows} rows"
        real, equivalent = medians[real_name], medians[equivalent_name]
        ratio = real / equivalent
        worst = max(worst, ratio)
        cpu_ratio = cpu_medians[real_name] / cpu_medians[equivalent_name]
        print(
            f"{rows:3d} endpoints: real / equivalent window {ratio:.2f}x (CPU {cpu_ratio:.2f}x); "
            f"equivalent / bare dialog {equivalent / bare:.2f}x; "
            f"real / bare dialog {real / bare:.2f}x "
            f"(CPU {cpu_medians[real_name] / bare_cpu:.2f}x)"
        )
    verdict = "met" if worst <= TARGET else "MISSED"
    print(
        f"target <= {TARGET:.2f}x the equivalent window (first paint): {verdict} "
        f"(worst {worst:.2f}x)"
    )
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
