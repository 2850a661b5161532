"""The windowed executable of the PyInstaller build: the window, without a console on Windows.

The console executable beside it (nbwss_gui/__main__.py) runs the commands and the self-test.
"""

from nbwss_gui.cli.main import window

raise SystemExit(window())
