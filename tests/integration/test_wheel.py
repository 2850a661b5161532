"""`python -m build` makes a wheel and an sdist that hold the whole application.

Both are built from a copy of the sources (so no stale build folder can fill a gap) and
installed without dependencies into a fresh virtual environment; the libraries come from the
project's own environment through a .pth file, which adds its folder without running the
editable install's hooks. Run from a folder outside the repository, `nbwss_gui` can only come
from the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from nbwss_gui import __version__

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "nbwss_gui", "resources")

pytestmark = pytest.mark.timeout(300)


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def bin_dir(venv: Path) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder `python -m build` wrote the sdist and the wheel to."""
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif path.exists():
            shutil.copy2(path, source / name)
    out = tmp_path_factory.mktemp("dist")
    run(
        [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(out), "."], cwd=source
    )
    return out


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    (built,) = dist.glob("nbwss_gui-*.whl")
    return built


def test_the_sdist_holds_the_sources_tests_and_resources(dist: Path) -> None:
    import tarfile

    (sdist,) = dist.glob("nbwss_gui-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"pyproject.toml", "README.md", "nbwss_gui/cli/main.py"} <= names
    assert "resources/nbwss-gui.svg" in names
    assert any(name.startswith("resources/examples/") for name in names)


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("venv") / "env"
    run([sys.executable, "-m", "venv", "--without-pip", str(where)], cwd=where.parent)
    python = bin_dir(where) / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    run([*pip, "install", "--quiet", "--no-deps", "--no-index", str(wheel)], cwd=where.parent)
    site = run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        cwd=where.parent,
    ).strip()
    # The dependencies: the project environment's folder, appended after the wheel's.
    Path(site, "project_dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    return where


@pytest.fixture
def env() -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    clean["PYTHONNOUSERSITE"] = "1"
    return clean


def test_the_wheel_holds_every_module_and_resource(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    modules = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "nbwss_gui").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert modules - names == set()
    resources = {
        "nbwss_gui/resources/" + path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert resources - names == set()
    assert "nbwss_gui/resources/nbwss-gui.svg" in names
    assert "nbwss_gui/resources/examples/good-primary.json" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    with zipfile.ZipFile(wheel) as archive:
        assert "nbwss-gui = nbwss_gui.cli.main:main" in archive.read(entry_points).decode()


def test_the_installed_wheel_runs_from_outside_the_repository(
    venv: Path, env: dict[str, str], tmp_path: Path
) -> None:
    python = str(bin_dir(venv) / "python")
    script = str(bin_dir(venv) / "nbwss-gui")
    located = run(
        [
            python,
            "-c",
            "import importlib.resources as r, nbwss_gui; print(nbwss_gui.__file__); "
            "print(r.files('nbwss_gui.resources.examples').joinpath('good-primary.json'))",
        ],
        cwd=tmp_path,
        env=env,
    ).splitlines()
    package_file, good_example = Path(located[0]), Path(located[1])
    assert package_file.resolve().is_relative_to(venv.resolve())
    assert good_example.resolve().is_relative_to(venv.resolve())

    assert run([script, "--version"], cwd=tmp_path, env=env).strip() == f"nbwss-gui {__version__}"
    checked = run([script, "check", str(good_example)], cwd=tmp_path, env=env)
    assert "valid:" in checked
    bad = good_example.with_name("bad-types.json")
    result = subprocess.run(
        [script, "check", str(bad)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
