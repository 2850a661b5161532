"""`python -m build` makes a wheel that holds the whole application and an sdist that holds the
whole source tree (tests, packaging files and licence included).

Both are built from a copy of the sources (the files a clone has, so no stale build folder can
fill a gap; `build` makes the wheel from the sdist) and the wheel is installed without
dependencies into a fresh virtual environment; the libraries come from the project's own
environment through a .pth file, which adds its folder without running the editable install's
hooks. Run from a folder outside the repository, `nbwss_gui` can only come from the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from nbwss_gui import __version__

ROOT = Path(__file__).resolve().parents[2]
# Where a working copy keeps what is not source (see .gitignore), for a tree without git.
NOT_SOURCES = {".git", "build", "dist", "test-artifacts", "__pycache__"}
NOT_SOURCE_PREFIXES = (".venv", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis")
# Source files the sdist leaves out on purpose: they only serve a git working copy.
NOT_IN_THE_SDIST = {".gitignore"}

pytestmark = pytest.mark.timeout(300)


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def bin_dir(venv: Path) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin")


def source_files() -> list[str]:
    """The project's files, as paths relative to ROOT: git's list (tracked, and new files not
    ignored), or in a tree without git (an unpacked sdist) every file but the build's."""
    if (ROOT / ".git").exists() and shutil.which("git"):
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
            timeout=60,
        ).stdout.decode()
        return sorted(name for name in listed.split("\0") if name and (ROOT / name).is_file())
    found = []
    for path in ROOT.rglob("*"):
        parts = path.relative_to(ROOT).parts
        if any(p in NOT_SOURCES or p.startswith(NOT_SOURCE_PREFIXES) for p in parts):
            continue
        if path.is_file() and path.suffix != ".pyc" and not parts[0].endswith(".egg-info"):
            found.append(path.relative_to(ROOT).as_posix())
    return sorted(found)


def compiled_translations() -> list[str]:
    """The .qm (window) and .mo (command line) files `make` compiled from the .ts sources:
    build output, not in git, but in the sdist and the wheel (as `make dist` builds them), so
    that no build needs Qt's tools or babel."""
    folder = ROOT / "resources" / "translations"
    sources = sorted(folder.glob("*.ts"))
    compiled = [ts.with_suffix(".qm") for ts in sources] + [
        folder / "locale" / ts.stem.rsplit("_", 1)[-1] / "LC_MESSAGES" / "nbwss_gui.mo"
        for ts in sources
    ]
    missing = [path.name for path in compiled if not path.is_file()]
    assert not missing, f"{missing} not compiled: run make translations (make test does)"
    return [path.relative_to(ROOT).as_posix() for path in compiled]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder `python -m build` wrote the sdist and the wheel to."""
    source = tmp_path_factory.mktemp("source")
    for name in source_files() + compiled_translations():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    run(
        [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(out), "."], cwd=source
    )
    return out


@pytest.fixture(scope="module")
def wheel(dist: Path) -> Path:
    (built,) = dist.glob("nbwss_gui-*.whl")
    return built


def sdist_contents(dist: Path) -> tuple[set[str], str]:
    """The sdist's file names, without its top folder, and its PKG-INFO."""
    (sdist,) = dist.glob("nbwss_gui-*.tar.gz")
    with tarfile.open(sdist) as archive:
        top = {member.name.split("/", 1)[0] for member in archive.getmembers()}
        assert top == {f"nbwss_gui-{__version__}"}, top
        names = {member.name.split("/", 1)[1] for member in archive.getmembers() if member.isfile()}
        info = archive.extractfile(f"nbwss_gui-{__version__}/PKG-INFO")
        assert info is not None
        return names, info.read().decode()


def test_the_sdist_holds_the_whole_source_tree(dist: Path) -> None:
    names, _ = sdist_contents(dist)
    sources = set(source_files())
    missing = sorted(sources - names - NOT_IN_THE_SDIST)
    assert set(compiled_translations()) <= names, "the sdist carries the compiled translations"
    sources |= set(compiled_translations())
    assert not missing, f"the sdist lacks {missing} (MANIFEST.in)"
    # What a person checks first, by name.
    assert {"pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "MANIFEST.in"} <= names
    assert {"Makefile", ".ci/run", "nbwss_gui/cli/main.py", "resources/nbwss-gui.svg"} <= names
    assert {"tests/conftest.py", "tests/unit/test_json_internals.py"} <= names
    assert "tests/integration/test_wheel.py" in names
    assert any(name.startswith("tests/data/endpoints/") for name in names)
    assert any(name.startswith("resources/examples/") for name in names)
    assert {"packaging/nbwss-gui.spec", "packaging/with-test-keyring.sh"} <= names
    assert "packaging/nbwss-gui.desktop" in names
    # Nothing else but what setuptools writes itself.
    generated = {n for n in names - sources if n in ("PKG-INFO", "setup.cfg")}
    generated |= {n for n in names - sources if n.startswith("nbwss_gui.egg-info/")}
    assert names - sources == generated, sorted(names - sources - generated)
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_the_metadata_states_the_licence_pythons_and_entry_points(dist: Path, wheel: Path) -> None:
    _, pkg_info = sdist_contents(dist)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        info = f"nbwss_gui-{__version__}.dist-info"
        metadata = archive.read(f"{info}/METADATA").decode()
        entry_points = archive.read(f"{info}/entry_points.txt").decode()
        assert f"{info}/licenses/LICENSE" in names
        assert archive.read(f"{info}/licenses/LICENSE") == (ROOT / "LICENSE").read_bytes()
    for text in (pkg_info, metadata):
        assert "License-Expression: MIT" in text
        assert "License-File: LICENSE" in text
        assert "Requires-Python: <3.14,>=3.11" in text
        assert "Classifier: Programming Language :: Python :: 3.13" in text
    sections = entry_points.split("[")
    console = next(s for s in sections if s.startswith("console_scripts]"))
    gui = next(s for s in sections if s.startswith("gui_scripts]"))
    assert "nbwss-gui = nbwss_gui.cli.main:main" in console
    assert "nbwss-gui-window = nbwss_gui.cli.main:window" in gui


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
        # A translation's source (.ts) stays behind: the wheel carries it compiled (.qm, .mo).
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".ts"
    }
    assert resources - names == set()
    assert "nbwss_gui/resources/translations/nbwss_gui_de.qm" in names
    assert "nbwss_gui/resources/translations/locale/de/LC_MESSAGES/nbwss_gui.mo" in names
    assert "nbwss_gui/resources/nbwss-gui.svg" in names
    assert "nbwss_gui/resources/examples/good-primary.json" in names
    # The application only: no tests, no packaging files in site-packages.
    assert not [n for n in names if n.startswith(("tests/", "packaging/"))]


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
    # The command line finds its compiled German catalogue in the installed package.
    german = run([script, "--language", "de", "check", str(good_example)], cwd=tmp_path, env=env)
    assert "gültig:" in german
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

    window = str(bin_dir(venv) / "nbwss-gui-window")
    assert run([window, "--version"], cwd=tmp_path, env=env).strip() == f"nbwss-gui {__version__}"
    refused = subprocess.run(
        [window, "list"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert refused.returncode == 2
    assert "nbwss-gui COMMAND" in refused.stderr
