"""The layers of STYLE.md and ARCHITECTURE.md, as import contracts (pyproject.toml,
[tool.importlinter]) that `make lint` checks: shown kept on this tree, and shown broken on a
copy of it with one deliberately bad import each."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def copy_of_the_tree(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    tree.mkdir()
    shutil.copytree(
        ROOT / "nbwss_gui", tree / "nbwss_gui", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


def test_the_tree_keeps_every_contract() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "bad_import", "contract"),
    [
        ("domain/problems.py", "import PySide6.QtCore", "domain: pure Python"),
        ("services/paths.py", "from nbwss_gui.ui.widgets import icons", "services: no Qt"),
        ("cli/output.py", "import nbwss_gui.ui.servers_window.main_window", "the command line"),
        ("ui/widgets/icons.py", "import nbwss_gui.services.engine", "through the one adapter"),
        ("domain/endpoint.py", "import nbwss_gui.domain.registered", "no import circles"),
    ],
)
def test_a_bad_import_breaks_its_contract(
    tmp_path: Path, module: str, bad_import: str, contract: str
) -> None:
    tree = copy_of_the_tree(tmp_path)
    target = tree / "nbwss_gui" / module
    text = target.read_text()
    if contract == "no import circles":
        # registered imports endpoint already: endpoint importing registered closes a circle.
        assert "domain.endpoint import" in (tree / "nbwss_gui/domain/registered.py").read_text()
    target.write_text(text + f"\n{bad_import}  # deliberately against the layers\n")
    result = lint_imports(tree)
    assert result.returncode != 0, result.stdout
    broken = result.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken, result.stdout
