"""Start-up to a usable window against a bare PySide6 dialog, measured in the same run (SPEC §7).

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
Exit status 1 when the window's first paint takes more than 1.25x the bare dialog's median.
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

TARGET = 1.25
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
        # Byte-code caches, as an installed application has them (pip compiles on install),
        # kept out of the source tree; the warm-up run below fills them.
        base_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": pycache}
        for name in ("NBWSS_GUI_EXIT_AFTER_PAINT", "PYTHONDONTWRITEBYTECODE"):
            base_env.pop(name, None)
        write_config(Path(full), 200)
        window = [python, "-m", "nbwss_gui"]
        cases = {
            "bare PySide6 dialog": ([python, "-c", BARE_DIALOG], base_env),
            "window, 0 endpoints": (
                window,
                {**base_env, "NBWSS_GUI_EXIT_AFTER_PAINT": "1", "NBWSS_GUI_CONFIG_DIR": empty},
            ),
            "window, 200 endpoints": (
                window,
                {**base_env, "NBWSS_GUI_EXIT_AFTER_PAINT": "1", "NBWSS_GUI_CONFIG_DIR": full},
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
    worst = 0.0
    for name, median in medians.items():
        ratio = median / bare
        line = (
            f"{name:24} median {median * 1000:6.0f} ms  ratio {ratio:.2f}x   "
            f"(CPU, whole process: {cpu_medians[name] * 1000:.0f} ms, "
            f"{cpu_medians[name] / bare_cpu:.2f}x)"
        )
        if name != "bare PySide6 dialog":
            worst = max(worst, ratio)
            line += (
                f"   ready {ready_medians[name] * 1000:.0f} ms, {ready_medians[name] / bare:.2f}x"
            )
        print(line)
    verdict = "met" if worst <= TARGET else "MISSED"
    print(f"target <= {TARGET:.2f}x the bare dialog (first paint): {verdict} (worst {worst:.2f}x)")
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
