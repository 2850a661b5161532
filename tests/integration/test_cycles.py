"""500 connect / CONNECT / close cycles on the Qt event loop, then a clean exit (SPEC §7).

The cycles run in a child process exactly as the application runs: a QApplication first, then
asyncio on qasync's QEventLoop. What is checked is the child's exit status: some PySide6
releases abort at interpreter exit after many wss connect/close cycles.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CYCLES = 500

CHILD = textwrap.dedent(
    """
    import asyncio, sys, tempfile, time
    from pathlib import Path

    import trustme
    from PySide6.QtWidgets import QApplication
    import qasync

    from nbwss_gui.domain.registered import RegisteredEndpoint
    from nbwss_gui.domain.settings import Settings
    from nbwss_gui.services.connection import TlsContexts, connect_endpoint
    from tests.integration.cloud_servers import CloudServer

    CYCLES = int(sys.argv[1])


    async def main() -> None:
        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        ca_file = Path(tempfile.mkdtemp()) / "ca.pem"
        ca.cert_pem.write_to_path(str(ca_file))
        settings = Settings(ca_file=str(ca_file), connect_timeout=5, connect_response_timeout=5)
        contexts = TlsContexts(settings.ca_file)
        async with CloudServer(cert) as server:
            endpoint = RegisteredEndpoint(
                id="c" * 32, priority=1, group_id="g", host_name="localhost", url=server.url()
            )
            started = time.perf_counter()
            for _ in range(CYCLES):
                connection = await connect_endpoint(
                    endpoint, "cycle-token", settings, contexts=contexts
                )
                assert connection.accepted
                await connection.close()
            elapsed = time.perf_counter() - started
            while server.connections:
                await asyncio.sleep(0.01)
            assert server.connect_requests == CYCLES, server.connect_requests
            assert server.close_codes.count(1000) == CYCLES, server.close_codes[-3:]
        print(f"cycles {CYCLES} in {elapsed:.2f} s", flush=True)


    app = QApplication(sys.argv[:1])
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(main())
    """
)


def test_500_wss_cycles_under_qasync_then_a_clean_exit() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(CYCLES)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, (done.returncode, done.stdout, done.stderr[-3000:])
    assert f"cycles {CYCLES} in " in done.stdout
    assert "Traceback" not in done.stderr
