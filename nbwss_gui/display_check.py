"""Whether Qt can open a window here, checked before Qt is asked to (it aborts the process
instead, with a message few people can act on): a display to talk to, and on X11 the
libraries Qt's xcb plugin loads — each missing one named with its Debian package."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

NO_DISPLAY_MESSAGE = (
    "nbwss-gui: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
    "Run it on a desktop session, or under a virtual display: xvfb-run nbwss-gui\n"
    "The subcommands work without a display: nbwss-gui --help"
)

# The libraries Qt 6's xcb platform plugin loads (as find_library names), and the Debian or
# Ubuntu package that provides each.
XCB_LIBRARIES: dict[str, str] = {
    "xcb": "libxcb1",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render": "libxcb-render0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-shm": "libxcb-shm0",
    "xcb-sync": "libxcb-sync1",
    "xcb-util": "libxcb-util1",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon": "libxkbcommon0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "X11-xcb": "libx11-xcb1",
}


def find_library(name: str) -> str | None:
    """The installed shared library `name`, or None (the seam tests replace)."""
    import ctypes.util

    return ctypes.util.find_library(name)


def _platform_name(env: Mapping[str, str]) -> str:
    # QT_QPA_PLATFORM may list fallbacks ("wayland;xcb") and carry options ("xcb:opt=1").
    first = env.get("QT_QPA_PLATFORM", "").split(";")[0]
    return first.split(":")[0].strip()


def missing_xcb_packages(lookup: Callable[[str], str | None] | None = None) -> list[str]:
    """The Debian packages of the xcb libraries that are not installed, in a stable order."""
    find = lookup or find_library
    return sorted({package for name, package in XCB_LIBRARIES.items() if find(name) is None})


def display_problem(
    env: Mapping[str, str] | None = None, platform: str | None = None
) -> str | None:
    """Why Qt could not open a window here, in words; None when it should be able to."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    name = _platform_name(env)
    if name not in ("", "xcb"):
        return None  # offscreen, wayland, vnc…: Qt's own business
    has_x11 = bool(env.get("DISPLAY"))
    has_wayland = bool(env.get("WAYLAND_DISPLAY"))
    if not has_x11 and not has_wayland:
        return NO_DISPLAY_MESSAGE
    uses_xcb = name == "xcb" or not has_wayland
    if not uses_xcb:
        return None
    missing = missing_xcb_packages()
    if not missing:
        return None
    return (
        "nbwss-gui: Qt needs X11 (xcb) libraries that are not installed: "
        f"{', '.join(missing)}.\n"
        "On Debian or Ubuntu, install them with:\n"
        f"  sudo apt-get install {' '.join(missing)}\n"
        "(Other systems: install the xcb-util-cursor, xcb-util-wm, xcb-util-image, "
        "xcb-util-keysyms, xcb-util-renderutil and libxkbcommon-x11 packages.)"
    )
