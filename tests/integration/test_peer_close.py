"""A close the peer begins ends the connection's service at its close frame
(services.peer_close), not after the closing handshake and TCP teardown; the endpoint's lease
is held until that teardown is over."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import trustme

from nbwss_gui.domain.registered import RegisteredEndpoint
from nbwss_gui.domain.settings import Settings
from nbwss_gui.services.connection import CLOSE_TIMEOUT, connect_endpoint
from nbwss_gui.services.tls_contexts import TlsContexts

from .cloud_servers import CloudServer

TOKEN = "tok-PEER-CLOSE-5a1c"


def test_serving_ends_at_the_peers_close_frame_the_teardown_after(
    server_cert: trustme.LeafCert, ca_file: Path
) -> None:
    async def scenario() -> None:
        async with CloudServer(server_cert) as server:
            endpoint = RegisteredEndpoint(
                id="e" * 32, priority=1, group_id="g1", host_name="localhost", url=server.url()
            )
            settings = Settings(ca_file=str(ca_file), keepalive_rate=30)
            connection = await connect_endpoint(
                endpoint, TOKEN, settings, contexts=TlsContexts(settings.ca_file)
            )
            serving = asyncio.create_task(connection.serve())
            await asyncio.sleep(0.05)
            (peer,) = server.connections
            # The server says goodbye, then reads no more: it never closes its side, so the
            # teardown lasts until websockets gives up on it (CLOSE_TIMEOUT).
            peer.transport.pause_reading()
            peer.protocol.send_close(1001, "going away")
            peer.send_data()
            started = time.monotonic()
            failure = await asyncio.wait_for(serving, CLOSE_TIMEOUT)
            assert time.monotonic() - started < CLOSE_TIMEOUT / 4
            assert "1001" in failure.message, failure.message
            assert connection.tearing_down
            torn_down = asyncio.Event()
            connection.when_torn_down(torn_down.set)
            await asyncio.wait_for(torn_down.wait(), 3 * CLOSE_TIMEOUT)
            assert not connection.tearing_down
            peer.transport.abort()

    asyncio.run(scenario())
