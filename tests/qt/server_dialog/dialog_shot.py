"""Draw the WebSocket Server dialog right after Trust, and the several-files dialog after
Validate all, against real TLS endpoints on 127.0.0.1, and save both.

Run in a process of its own, so that the screen (size, scale) and palette are its own:
    python dialog_shot.py OUT_DIR {light|dark} WORK_DIR [LANGUAGE]
with QT_QPA_PLATFORM=offscreen:configfile=… naming a 1366x768 screen. Prints one JSON line of
what was measured: sizes, the focus and default button after Trust, the several-files rows.
"""

from __future__ import annotations

import asyncio
import json
import os
import ssl
import sys
from collections.abc import Callable
from pathlib import Path

import keyring
import qasync
import trustme
from PySide6.QtWidgets import QApplication, QMessageBox

sys.path.insert(0, str(Path(__file__).parents[1] / "servers_window"))
from window_shot import dark

from nbwss_gui.sandbox.cloud import CloudEndpoint
from nbwss_gui.services.config import ConfigStore
from nbwss_gui.services.memory_keyring import MemoryKeyring
from nbwss_gui.services.registry import Registry
from nbwss_gui.services.secrets import TokenStore
from nbwss_gui.ui.server_dialog.endpoint_dialog import EndpointDialog
from nbwss_gui.ui.server_dialog.several_files import CHECK, VALIDATION
from nbwss_gui.ui.widgets.translation import install_translations

TOKEN = "shot-token-4e8a1c7b2d9f"


def details(port: int, priority: int, group: str = "sandbox-east") -> str:
    return json.dumps(
        {
            "token": TOKEN,
            "priority": priority,
            "groupId": group,
            "hostName": "127.0.0.1",
            "url": f"wss://127.0.0.1:{port}/nbwss",
        },
        indent=2,
    )


async def until(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise TimeoutError("the dialog did not get there")


async def endpoint(cert: trustme.LeafCert, name: str) -> CloudEndpoint:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    server = CloudEndpoint(
        name, group_id="sandbox-east", priority=1, token=TOKEN, ssl_context=context,
        command_interval=None,
    )  # fmt: skip
    await server.start()
    return server


async def shots(out: Path, tag: str, work: Path) -> dict[str, object]:
    known = trustme.CA(organization_name="nbwss-gui shot CA")
    ca_file = work / "ca.pem"
    known.cert_pem.write_to_path(str(ca_file))
    stranger = trustme.CA(organization_name="Not known here").issue_cert("127.0.0.1")
    registry = Registry(ConfigStore(work / "endpoints.json"), TokenStore())
    facts: dict[str, object] = {}
    servers = [
        await endpoint(stranger, "west-1"),
        await endpoint(known.issue_cert("127.0.0.1"), "east-1"),
        await endpoint(known.issue_cert("127.0.0.1"), "east-2"),
    ]
    try:
        # The one-file dialog: an untrusted certificate, trusted by the person.
        path = work / "west-1.json"
        path.write_text(details(servers[0].port, 1, "sandbox-west"))
        dialog = EndpointDialog(registry, ca_file=str(ca_file))
        dialog.show()
        dialog.choose_file(str(path))
        await until(lambda: dialog.step_task is None and dialog.details() is not None)
        dialog.validate()
        await until(
            lambda: dialog.step_task is None and dialog.certificate_view.trust_button.isVisible()
        )
        dialog.certificate_view.trust_button.click()
        box = dialog.pin_box
        assert isinstance(box, QMessageBox)
        [trust] = [
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        ]
        trust.click()
        await until(lambda: dialog.pinned_sha256 is not None and dialog.step_task is None)
        await until(dialog.add_button.isEnabled)
        dialog.grab().save(str(out / f"dialog-after-trust-{tag}.png"))
        focus = dialog.focusWidget()
        facts["after_trust"] = {
            "size": dialog.size().toTuple(),
            "focus": focus.accessibleName() if focus else None,
            "add_default": dialog.add_button.isDefault(),
            "status": dialog.status.text(),
        }
        # Several files: two good, one broken, validated together.
        paths = []
        for priority, server in enumerate(servers[1:], 1):
            good = work / f"east-{priority}.json"
            good.write_text(details(server.port, priority))
            paths.append(str(good))
        broken = work / "broken.json"
        broken.write_text(details(servers[1].port, 3).replace('"groupId"', '"group"'))
        paths.append(str(broken))
        dialog.choose_files(paths)
        several = dialog.several_files
        assert several is not None
        await until(lambda: several.step_task is None)
        several.validate()
        await until(lambda: several.step_task is None)
        several.grab().save(str(out / f"dialog-several-files-{tag}.png"))
        facts["several"] = {
            "size": several.size().toTuple(),
            "rows": [[r.item.text(CHECK), r.item.text(VALIDATION)] for r in several.rows],
            "add": several.add_button.text(),
        }
        several.discard()
        dialog.discard()
    finally:
        for server in servers:
            await server.stop()
    return facts


def main() -> int:
    out, theme, work = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    keyring.set_keyring(MemoryKeyring())
    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    if theme == "dark":
        dark(app)
    language = sys.argv[4] if len(sys.argv) > 4 else None
    if language:
        install_translations(app, language)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    tag = f"{theme}-{round(scale * 100)}" + (f"-{language}" if language else "")
    facts = loop.run_until_complete(shots(out, tag, work))
    print(json.dumps(facts), flush=True)
    return 0


if __name__ == "__main__":
    # Without waiting for the threads the loop's executor keeps (Qt aborts when a QThread is
    # destroyed while running): what was measured is printed already.
    os._exit(main())
