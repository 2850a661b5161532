"""The sandbox's https provider: a URL per endpoint that answers with its endpoint details.

One small aiohttp server on loopback serves every document, so the provider URLs keep working
while the demo stops and starts the wss endpoints themselves.
"""

from __future__ import annotations

import logging
import ssl

from aiohttp import web

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
JSON_TYPE = "application/json"


class ProviderServer:
    """Serves fixed JSON documents over https: `publish(path, body)`, then `url(path)`."""

    def __init__(self, ssl_context: ssl.SSLContext, *, host: str = HOST) -> None:
        self.host = host
        self._ssl_context = ssl_context
        self._documents: dict[str, bytes] = {}
        self._runner: web.AppRunner | None = None
        self._port = 0

    @property
    def port(self) -> int:
        return self._port

    def publish(self, path: str, body: bytes) -> str:
        """Serve `body` at `path` (e.g. "/endpoints/east-1"); returns its URL once started."""
        if not path.startswith("/"):
            raise ValueError("a provider path begins with /")
        self._documents[path] = bytes(body)
        return self.url(path)

    def url(self, path: str) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"https://{host}:{self._port}{path}"

    @property
    def paths(self) -> list[str]:
        return sorted(self._documents)

    async def start(self) -> None:
        if self._runner is not None:
            return
        app = web.Application()
        app.router.add_get("/{tail:.*}", self._serve)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self._port, ssl_context=self._ssl_context)
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        if self._port == 0:
            self._port = int(runner.addresses[0][1])
        log.info("provider: listening on %s", self.url("/"))

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def _serve(self, request: web.Request) -> web.Response:
        body = self._documents.get(request.path)
        if body is None:
            return web.Response(
                status=404, text="No endpoint details here.\n", content_type="text/plain"
            )
        log.info("provider: served %s", request.path)
        # The answer carries a token: nothing in between may keep a copy.
        return web.Response(
            body=body,
            content_type=JSON_TYPE,
            charset="utf-8",
            headers={"Cache-Control": "no-store"},
        )
