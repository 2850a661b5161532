"""Where endpoint details come from: a JSON file (FILE) or a provider URL (URL), SPEC §2.2 and §2.3.

Both end in the same checker; this module only gets the bytes and says why it could not.
"""

from __future__ import annotations

import asyncio
import os
import stat
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from nbwss_gui.domain.checker import CheckResult, check_bytes
from nbwss_gui.domain.jsontext import MAX_BYTES
from nbwss_gui.domain.problems import Code, Problem
from nbwss_gui.domain.words import translate

if TYPE_CHECKING:
    from nbwss_gui.services.proxy import Proxies

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOCTTY = getattr(os, "O_NOCTTY", 0)
# Kinds of failure that are the user's input at fault, as opposed to the world (network, disk).
INPUT_ERRORS = frozenset({"not-https", "invalid-url", "apostrophe", "too-large"})


@dataclass(frozen=True, slots=True)
class LoadOutcome:
    """The checked details, or why they could not be checked (`error`, in words)."""

    source: str
    kind: Literal["file", "url"]
    result: CheckResult | None = None
    error: str | None = None
    error_kind: str | None = None

    @property
    def input_at_fault(self) -> bool:
        """True when the source itself is wrong (so: invalid), not the machine or network."""
        return self.result is not None or self.error_kind in INPUT_ERRORS


def is_url(source: str) -> bool:
    head = source.split(":", 1)[0].lower()
    return "://" in source and head.isascii() and head.isalpha() and len(head) > 1


def read_file_details(path: str | os.PathLike[str]) -> LoadOutcome:
    """Read and check one endpoint file; a file over 64 KiB is refused before it is read whole."""
    shown = os.fspath(path)
    try:
        if shown == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            # Non-blocking, so that opening a FIFO with no writer returns at once instead of
            # waiting for one; only a regular file is read.
            descriptor = os.open(path, os.O_RDONLY | _NONBLOCK | _NOCTTY)
            with open(descriptor, "rb") as handle:
                status = os.fstat(handle.fileno())
                if not stat.S_ISREG(status.st_mode):
                    return _not_a_file(shown, status.st_mode)
                if status.st_size > MAX_BYTES:
                    return _too_large(shown, status.st_size)
                data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return LoadOutcome(
            shown,
            "file",
            error=translate("Sources", "no such file: {file}").fill(file=shown),
            error_kind="missing",
        )
    except IsADirectoryError:
        return LoadOutcome(
            shown,
            "file",
            error=translate("Sources", "{file} is a folder, not a file").fill(file=shown),
            error_kind="io",
        )
    except PermissionError:
        return LoadOutcome(
            shown,
            "file",
            error=translate("Sources", "permission denied reading {file}").fill(file=shown),
            error_kind="io",
        )
    except OSError as exc:
        return LoadOutcome(
            shown,
            "file",
            error=translate("Sources", "cannot read {file}: {value}").fill(
                file=shown, value=exc.strerror or exc
            ),
            error_kind="io",
        )
    except ValueError:  # a NUL character in the path: no file can have that name
        return LoadOutcome(
            shown,
            "file",
            error=translate("Sources", "no such file: {file} (a NUL character in the path)").fill(
                file=f"{shown!r}"
            ),
            error_kind="missing",
        )
    if len(data) > MAX_BYTES:
        return _too_large(shown, None)
    return LoadOutcome(shown, "file", result=check_bytes(data))


def _not_a_file(source: str, mode: int) -> LoadOutcome:
    what = (
        translate("Sources", "a folder")
        if stat.S_ISDIR(mode)
        else translate("Sources", "a named pipe (FIFO)")
        if stat.S_ISFIFO(mode)
        else translate("Sources", "a device")
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else translate("Sources", "a socket")
        if stat.S_ISSOCK(mode)
        else translate("Sources", "not a regular file")
    )
    return LoadOutcome(
        source,
        "file",
        error=translate(
            "Sources", "{source} is {what}, not a file; give the path of an endpoint file"
        ).fill(source=source, what=what),
        error_kind="io",
    )


def _too_large(source: str, size: int | None) -> LoadOutcome:
    amount: str = translate("Sources", "more than 64 KiB")
    if size is not None:
        amount = translate("Sources", "{size} bytes").fill(size=f"{size:,}")
    problem = Problem(
        Code.TOO_LARGE,
        translate(
            "Sources",
            "the file is {amount}; endpoint details are at most {most} bytes (64 KiB)",
        ).fill(amount=amount, most=f"{MAX_BYTES:,}"),
    )
    return LoadOutcome(source, "file", result=CheckResult(None, (problem,)))


def url_apostrophes(url: str) -> tuple[Problem, ...]:
    """The provider URL falls under the same apostrophe ban as the details (SPEC §2.2)."""
    return tuple(
        Problem(
            Code.APOSTROPHE,
            translate("Sources", "an apostrophe (') is not allowed in the provider URL"),
            field="url",
            line=1,
            column=index + 1,
        )
        for index, char in enumerate(url)
        if char == "'"
    )


async def load_details(
    source: str,
    *,
    ca_file: str | os.PathLike[str] | None = None,
    connect_timeout: float = 10.0,
    total_timeout: float = 30.0,
    proxies: Proxies | None = None,
) -> LoadOutcome:
    """Load and check endpoint details from a file path or a provider URL (through the proxy
    `proxies` names for it, if any)."""
    if not is_url(source):
        return await asyncio.to_thread(read_file_details, source)
    quotes = url_apostrophes(source)
    if quotes:
        return LoadOutcome(source, "url", result=CheckResult(None, quotes))
    # aiohttp is heavy: only a URL load pays for it.
    from nbwss_gui.services.provider import ProviderError, fetch_provider
    from nbwss_gui.services.tls import TlsConfigError

    try:
        response = await fetch_provider(
            source,
            ca_file=ca_file,
            connect_timeout=connect_timeout,
            total_timeout=total_timeout,
            proxies=proxies,
        )
    except ProviderError as exc:
        return LoadOutcome(source, "url", error=exc.message, error_kind=exc.kind)
    except TlsConfigError as exc:
        return LoadOutcome(source, "url", error=str(exc), error_kind="ca-file")
    return LoadOutcome(source, "url", result=check_bytes(response.body))


def display_name(source: str) -> str:
    """A file path as given, or a URL without its query (which may carry secrets)."""
    if not is_url(source):
        return source
    from urllib.parse import urlsplit

    parts = urlsplit(source)
    host = parts.netloc.rpartition("@")[2]
    return f"{parts.scheme}://{host}{parts.path}" + ("?…" if parts.query else "")


__all__ = [
    "LoadOutcome",
    "display_name",
    "is_url",
    "load_details",
    "read_file_details",
    "url_apostrophes",
]
