"""The desktop entry, the AppStream metadata and the icons: valid, and telling the same story.

The validators come from the desktop-file-utils and appstream packages. Without them the
validation tests are skipped, unless NBWSS_GUI_REQUIRE_REAL_KEYRING=1 (CI): then they fail, so
CI cannot pass without having validated the files.
"""

from __future__ import annotations

import configparser
import os
import re
import runpy
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest

from nbwss_gui import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.nbwssgui.NbwssGui"
DESKTOP_FILE = PACKAGING / "nbwss-gui.desktop"
METAINFO_FILE = PACKAGING / f"{APP_ID}.metainfo.xml"
ICON_FILE = ROOT / "resources" / "nbwss-gui.svg"
README = ROOT / "README.md"
SCREENSHOTS = ROOT / "docs" / "screenshots"
# Big enough to read in a software centre, small enough to keep in the repository.
MIN_SCREENSHOT_WIDTH = 400
MAX_SCREENSHOT_BYTES = 512 * 1024
# AppStream's limit for a caption (appstreamcli --pedantic: screenshot-caption-too-long).
MAX_CAPTION_CHARS = 100
REQUIRED = os.environ.get("NBWSS_GUI_REQUIRE_REAL_KEYRING") == "1"


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        reason = f"{name} is not installed (Debian package {package})"
        if REQUIRED:
            pytest.fail(f"NBWSS_GUI_REQUIRE_REAL_KEYRING=1 but {reason}")
        pytest.skip(reason)
    return path


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    result = run(tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP_FILE))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Hints (such as two main categories, which the entry has on purpose) are advice only.
    assert "error:" not in output, output
    assert "warning:" not in output, output


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    result = run(tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO_FILE))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert not [line for line in output.splitlines() if line[:2] in ("E:", "W:", "I:")], output


def test_the_desktop_entry_and_the_metainfo_agree_with_the_project() -> None:
    entry = desktop_entry()
    component = metainfo()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

    assert entry["Type"] == "Application"
    assert entry["Terminal"] == "false"
    # The menu starts the window through its GUI script: no console window on Windows.
    assert entry["Exec"] in project["gui-scripts"]
    assert entry["Icon"] == APP_ID
    assert set(entry["Categories"].rstrip(";").split(";")) >= {"System", "Network", "Qt"}
    assert entry["Keywords"]
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == project["license"]
    launchable = component.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE.name
    binaries = [b.text for b in component.iterfind("provides/binary")]
    assert sorted(binaries) == sorted([*project["scripts"], *project["gui-scripts"]])
    assert component.findtext("name") == entry["Name"]
    homepage = component.find("url[@type='homepage']")
    assert homepage is not None
    assert (homepage.text or "").startswith("https://")
    releases = [r.get("version") for r in component.iterfind("releases/release")]
    assert releases
    assert releases[0] == __version__


def test_the_icon_is_a_square_scalable_image() -> None:
    root = ET.parse(ICON_FILE).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


def test_make_icons_writes_pngs_an_ico_and_an_icns(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), "--output", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    png = tmp_path / "png" / "nbwss-gui-256.png"
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (256, 256)
    assert (tmp_path / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").exists()
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()

    ico = (tmp_path / "nbwss-gui.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    assert count >= 5
    sides = []
    for index in range(count):
        width, _height, _c, _r, _p, _bpp, size, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index]
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(ico)
        sides.append(width or 256)
    assert {16, 32, 48, 256} <= set(sides)

    icns = (tmp_path / "nbwss-gui.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, position = [], 8
    while position < len(icns):
        kind, length = (
            icns[position : position + 4],
            struct.unpack(">I", icns[position + 4 : position + 8])[0],
        )
        assert icns[position + 8 : position + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        position += length
    assert position == len(icns)
    assert {b"icp4", b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)


def png_size(path: Path) -> tuple[int, int]:
    """Width and height of a well-formed PNG: signature, IHDR first, every chunk's CRC, IEND."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    position, kinds = 8, []
    while position < len(data):
        assert position + 12 <= len(data), f"{path.name} is cut off"
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        assert position + 12 + length <= len(data), f"{path.name}: the {kind!r} chunk is cut off"
        body = data[position + 8 : position + 8 + length]
        (crc,) = struct.unpack(">I", data[position + 8 + length : position + 12 + length])
        assert zlib.crc32(kind + body) == crc, f"{path.name}: bad CRC in the {kind!r} chunk"
        kinds.append(kind)
        position += 12 + length
    assert kinds[0] == b"IHDR", path.name
    assert b"IDAT" in kinds, path.name
    assert kinds[-1] == b"IEND", f"{path.name} does not end with IEND"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def refreshed_screenshots() -> dict[str, str]:
    """The files packaging/update_screenshots.py copies into docs/screenshots/."""
    names: dict[str, str] = runpy.run_path(str(PACKAGING / "update_screenshots.py"))["SCREENSHOTS"]
    return names


def readme_images() -> list[str]:
    text = README.read_text(encoding="utf-8")
    links = re.findall(r"!\[[^\]]*\]\(([^)\s]+)", text)
    links += re.findall(r"<img\s[^>]*src=\"([^\"]+)\"", text)
    return links


def test_the_screenshots_are_valid_pngs_that_the_refresh_script_keeps() -> None:
    kept = sorted(p.name for p in SCREENSHOTS.iterdir())
    assert kept == sorted(refreshed_screenshots()), (
        "docs/screenshots/ and SCREENSHOTS in packaging/update_screenshots.py disagree"
    )
    for name in kept:
        path = SCREENSHOTS / name
        width, height = png_size(path)
        assert width >= MIN_SCREENSHOT_WIDTH, f"{name} is {width} px wide"
        assert height >= MIN_SCREENSHOT_WIDTH // 2, f"{name} is {height} px high"
        assert path.stat().st_size <= MAX_SCREENSHOT_BYTES, f"{name} is too large"


def test_every_screenshot_the_metainfo_names_is_in_docs_screenshots() -> None:
    component = metainfo()
    homepage = (component.findtext("url[@type='homepage']") or "").rstrip("/")
    shots = component.findall("screenshots/screenshot")
    assert shots, "the metainfo has no screenshots"
    assert [s.get("type") for s in shots].count("default") == 1
    assert shots[0].get("type") == "default", "the default screenshot comes first"
    named = []
    for shot in shots:
        caption = (shot.findtext("caption") or "").strip()
        assert caption, "every screenshot has a caption"
        assert len(caption) <= MAX_CAPTION_CHARS, caption
        images = shot.findall("image")
        assert [i.get("type") for i in images] == ["source"]
        url = (images[0].text or "").strip()
        assert url.startswith(f"{homepage}/screenshots/"), url
        name = url.rsplit("/", 1)[1]
        assert (SCREENSHOTS / name).is_file(), f"{name} is not in docs/screenshots/"
        named.append(name)
    assert len(set(named)) == len(named), "a screenshot is named twice"


def test_every_image_the_readme_links_exists() -> None:
    links = readme_images()
    assert links, "the README's user guide shows screenshots"
    for link in links:
        assert "://" not in link, f"{link}: link the copy in docs/screenshots/ instead"
        path = (ROOT / link.split("#")[0]).resolve()
        assert path.is_relative_to(ROOT), link
        assert path.is_file(), f"the README links {link}, which does not exist"
        if path.suffix == ".png":
            png_size(path)


def test_every_screenshot_is_shown_somewhere() -> None:
    used = {Path(link).name for link in readme_images()}
    used |= {
        (image.text or "").strip().rsplit("/", 1)[1]
        for image in metainfo().iterfind("screenshots/screenshot/image")
    }
    unused = sorted(p.name for p in SCREENSHOTS.iterdir() if p.name not in used)
    assert not unused, f"neither the README nor the metainfo shows {unused}"


def test_the_systemd_user_unit_runs_monitor_and_stops_it_with_sigterm() -> None:
    """The background service (README, "Connections without a window"): `monitor`, which
    closes its connections on SIGTERM (tests/integration/test_monitor.py)."""
    unit = configparser.ConfigParser(interpolation=None, strict=True)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(PACKAGING / "nbwss-gui-monitor.service", encoding="utf-8")
    assert set(unit.sections()) == {"Unit", "Service", "Install"}
    service = unit["Service"]
    assert service["Type"] == "simple"
    command = service["ExecStart"].split()
    assert command[0].startswith(("/", "%h/")) and command[0].endswith("/nbwss-gui")
    assert command[1:] == ["monitor"]
    assert service["KillSignal"] == "SIGTERM"
    assert unit["Install"]["WantedBy"] == "default.target"
    readme = README.read_text(encoding="utf-8")
    assert "systemctl --user enable --now nbwss-gui-monitor.service" in readme
