"""The sandbox as a whole (SPEC §6.2): CA, endpoints in two groups, provider URLs, example files.

Everything listens on 127.0.0.1 only. After starting, the sandbox checks its own output with
the application's checker (every good file, every provider URL's answer) so that it never hands
a newcomer an example that the dialog would refuse.
"""

from __future__ import annotations

import json
import logging
import secrets
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from nbwss_gui.domain.checker import CheckResult, check_bytes
from nbwss_gui.domain.endpoint import EndpointDetails
from nbwss_gui.domain.words import translate
from nbwss_gui.sandbox.ca import create_ca
from nbwss_gui.sandbox.cloud import HOST, CloudEndpoint
from nbwss_gui.sandbox.provider import ProviderServer

log = logging.getLogger(__name__)

DESCRIBE_FORMAT_VERSION = 1
EXAMPLES_FOLDER = "examples"
ExampleKind = Literal["good", "warning", "bad"]


@dataclass(frozen=True, slots=True)
class EndpointPlan:
    name: str
    group_id: str
    priority: int


# Two groups of two: enough to watch a group fail over while the other one carries on.
DEFAULT_PLAN: tuple[EndpointPlan, ...] = (
    EndpointPlan("east-1", "sandbox-east", 1),
    EndpointPlan("east-2", "sandbox-east", 2),
    EndpointPlan("west-1", "sandbox-west", 1),
    EndpointPlan("west-2", "sandbox-west", 2),
)


@dataclass(frozen=True, slots=True)
class ExampleFile:
    """An endpoint file the sandbox wrote; `url` serves the same bytes over https."""

    path: Path
    kind: ExampleKind
    about: str
    endpoint: str | None
    url: str

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "kind": self.kind,
            "about": self.about,
            "endpoint": self.endpoint,
            "url": self.url,
        }


class SandboxError(Exception):
    """The sandbox could not start, or what it produced failed its own check."""


class Sandbox:
    """Start with `await start()` (or `async with`), stop with `await stop()`.

    `folder`: where the CA file and the example files go; a new temporary folder (removed at
    stop) when None. `command_interval`: seconds between COMMAND requests on each connection
    (None or 0: never).
    """

    def __init__(
        self,
        folder: Path | str | None = None,
        *,
        command_interval: float | None = 30.0,
        plan: Sequence[EndpointPlan] = DEFAULT_PLAN,
    ) -> None:
        if not plan:
            raise ValueError("a sandbox needs at least one endpoint")
        if len({p.name for p in plan}) != len(plan):
            raise ValueError("sandbox endpoint names must differ")
        self._wanted_folder = Path(folder) if folder is not None else None
        self.command_interval = command_interval
        self.plan = tuple(plan)
        self.folder: Path | None = None
        self.ca_file: Path | None = None
        self.endpoints: list[CloudEndpoint] = []
        self.provider: ProviderServer | None = None
        self.provider_urls: dict[str, str] = {}
        self.example_files: list[ExampleFile] = []
        self._temporary = False

    async def __aenter__(self) -> Sandbox:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def started(self) -> bool:
        return self.provider is not None

    def endpoint(self, name: str) -> CloudEndpoint:
        for endpoint in self.endpoints:
            if endpoint.name == name:
                return endpoint
        raise KeyError(f"the sandbox has no endpoint named {name!r}")

    def details(self, endpoint: CloudEndpoint) -> EndpointDetails:
        """The endpoint details a client registers for `endpoint` (its token included)."""
        return EndpointDetails(
            token=endpoint.token,
            priority=endpoint.priority,
            group_id=endpoint.group_id,
            host_name=endpoint.host,
            url=endpoint.url,
        )

    async def start(self) -> None:
        if self.started:
            return
        try:
            await self._start()
        except BaseException:
            await self.stop()
            raise

    async def stop(self) -> None:
        """Close every connection and server; remove the folder if the sandbox made it."""
        for endpoint in self.endpoints:
            await endpoint.stop()
        provider, self.provider = self.provider, None
        if provider is not None:
            await provider.stop()
        if self._temporary and self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self._temporary = False

    def describe(self) -> dict[str, Any]:
        """What the sandbox started, as JSON-ready data. Tokens appear only as their length."""
        if self.folder is None or self.ca_file is None:
            raise SandboxError("the sandbox has not been started")
        good = {e.endpoint: e for e in self.example_files if e.kind == "good"}
        return {
            "formatVersion": DESCRIBE_FORMAT_VERSION,
            "host": HOST,
            "folder": str(self.folder),
            "caFile": str(self.ca_file),
            "commandInterval": self.command_interval or None,
            "endpoints": [
                {
                    "name": e.name,
                    "groupId": e.group_id,
                    "priority": e.priority,
                    "hostName": e.host,
                    "url": e.url,
                    "port": e.port,
                    "listening": e.listening,
                    "tokenLength": len(e.token),
                    "providerUrl": self.provider_urls[e.name],
                    "exampleFile": str(good[e.name].path) if e.name in good else None,
                }
                for e in self.endpoints
            ],
            "exampleFiles": [e.to_json() for e in self.example_files],
        }

    # -- inside --------------------------------------------------------------------------

    async def _start(self) -> None:
        self.folder = self._make_folder()
        authority = create_ca()
        self.ca_file = authority.write_ca_file(self.folder)
        context = authority.server_context()
        # Fresh endpoints each start: they present the certificate of this start's CA.
        self.endpoints = [
            CloudEndpoint(
                plan.name,
                group_id=plan.group_id,
                priority=plan.priority,
                token=f"sandbox-{secrets.token_urlsafe(24)}",
                ssl_context=context,
                command_interval=self.command_interval,
            )
            for plan in self.plan
        ]
        self.provider_urls = {}
        for endpoint in self.endpoints:
            await endpoint.start()
        self.provider = ProviderServer(context)
        await self.provider.start()
        for endpoint in self.endpoints:
            body = render(_fields(self.details(endpoint)))
            self.provider_urls[endpoint.name] = self.provider.publish(
                f"/endpoints/{endpoint.name}", body
            )
        self.example_files = self._write_examples(self.folder / EXAMPLES_FOLDER)
        self._check_examples()
        await self._check_provider()
        log.info("sandbox: started in %s", self.folder)

    def _make_folder(self) -> Path:
        if self._wanted_folder is None:
            self._temporary = True
            return Path(tempfile.mkdtemp(prefix="nbwss-sandbox-"))
        try:
            self._wanted_folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SandboxError(
                f"The sandbox folder {self._wanted_folder} cannot be created: "
                f"{exc.strerror or exc}."
            ) from None
        return self._wanted_folder.resolve()

    def _write_examples(self, folder: Path) -> list[ExampleFile]:
        assert self.provider is not None
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise SandboxError(
                f"The examples folder {folder} cannot be created: {exc.strerror or exc}."
            ) from None
        written: list[ExampleFile] = []
        for name, kind, about, endpoint, body in self._example_documents():
            path = folder / name
            try:
                path.write_bytes(body)
            except OSError as exc:
                raise SandboxError(
                    f"The example file {path} cannot be written: {exc.strerror or exc}."
                ) from None
            url = self.provider.publish(f"/{EXAMPLES_FOLDER}/{name}", body)
            written.append(ExampleFile(path, kind, about, endpoint, url))
        return written

    def _example_documents(self) -> list[tuple[str, ExampleKind, str, str | None, bytes]]:
        documents: list[tuple[str, ExampleKind, str, str | None, bytes]] = []
        for endpoint in self.endpoints:
            documents.append(
                (
                    f"good-{endpoint.name}.json",
                    "good",
                    translate(
                        "SandboxExamples", "endpoint {name} ({group}, priority {priority})"
                    ).fill(name=endpoint.name, group=endpoint.group_id, priority=endpoint.priority),
                    endpoint.name,
                    render(_fields(self.details(endpoint))),
                )
            )
        first = self.endpoints[0]
        base = _fields(self.details(first))
        second = _fields(self.details(self.endpoints[1] if len(self.endpoints) > 1 else first))
        alias = {("groupID" if k == "groupId" else k): v for k, v in base.items()}
        bad: list[tuple[str, ExampleKind, str, object]] = [
            (
                "warning-groupID.json",
                "warning",
                translate(
                    "SandboxExamples",
                    "groupID spelled as in the vendor guide: accepted with a warning",
                ),
                alias,
            ),
            (
                "warning-hostname-mismatch.json",
                "warning",
                translate(
                    "SandboxExamples",
                    "hostName differs from the host in url: accepted with a warning",
                ),
                {**base, "hostName": "localhost"},
            ),
            (
                "bad-apostrophe.json",
                "bad",
                translate(
                    "SandboxExamples",
                    "an apostrophe in groupId (never allowed anywhere in the file)",
                ),
                {**base, "groupId": f"{first.group_id}'s"},
            ),
            (
                "bad-ws-url.json",
                "bad",
                translate("SandboxExamples", "a ws:// URL: the URL must begin with wss://"),
                {**base, "url": first.url.replace("wss://", "ws://", 1)},
            ),
            (
                "bad-priority-string.json",
                "bad",
                translate("SandboxExamples", 'priority quoted as a string ("1")'),
                {**base, "priority": str(first.priority)},
            ),
            (
                "bad-missing-token.json",
                "bad",
                translate("SandboxExamples", "the token key is missing"),
                {k: v for k, v in base.items() if k != "token"},
            ),
            (
                "bad-two-endpoints.json",
                "bad",
                translate(
                    "SandboxExamples",
                    "two endpoints in one file (an array): a file holds exactly one",
                ),
                [base, second],
            ),
        ]
        for name, kind, about, document in bad:
            documents.append((name, kind, about, first.name, render(document)))
        return documents

    def _check_examples(self) -> None:
        for example in self.example_files:
            result = check_bytes(example.path.read_bytes())
            if example.kind == "bad":
                if not result.errors:
                    raise SandboxError(f"the bad example {example.path} passes the checker")
                continue
            _require_clean(result, str(example.path), want_warnings=example.kind == "warning")
            if example.kind == "good":
                assert example.endpoint is not None
                self._require_same(result, self.endpoint(example.endpoint), str(example.path))

    async def _check_provider(self) -> None:
        from nbwss_gui.services.provider import ProviderError, fetch_provider

        for endpoint in self.endpoints:
            url = self.provider_urls[endpoint.name]
            try:
                response = await fetch_provider(url, ca_file=self.ca_file, total_timeout=10.0)
            except ProviderError as exc:
                raise SandboxError(f"the provider URL {url} fails: {exc.message}") from None
            result = check_bytes(response.body)
            _require_clean(result, url, want_warnings=False)
            self._require_same(result, endpoint, url)

    def _require_same(self, result: CheckResult, endpoint: CloudEndpoint, where: str) -> None:
        if result.endpoint != self.details(endpoint):
            raise SandboxError(f"{where} does not describe the endpoint {endpoint.name}")


def render(document: object) -> bytes:
    """An endpoint file as people write them: two-space indent, UTF-8, final newline."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _fields(details: EndpointDetails) -> dict[str, object]:
    """The five keys in the vendor guide's order (SPEC §2.1)."""
    return {
        "token": details.token,
        "priority": details.priority,
        "groupId": details.group_id,
        "hostName": details.host_name,
        "url": details.url,
    }


def _require_clean(result: CheckResult, where: str, *, want_warnings: bool) -> None:
    if result.errors or not result.ok:
        first = result.errors[0].message if result.errors else "no endpoint"
        raise SandboxError(f"{where} fails the checker: {first}")
    if want_warnings and not result.warnings:
        raise SandboxError(f"{where} was meant to draw a warning but draws none")
    if not want_warnings and result.warnings:
        raise SandboxError(f"{where} draws a warning: {result.warnings[0].message}")
