"""Fixtures of the WebSocket Server dialog's tests."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from nbwss_gui.ui.server_dialog.endpoint_dialog import EndpointDialog


@pytest.fixture
def make_dialog(qtbot: QtBot, qloop: Any, registry: Any, ca_file: str) -> Any:
    def make() -> EndpointDialog:
        dialog = EndpointDialog(registry, ca_file=ca_file)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return make
