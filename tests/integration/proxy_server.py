"""A real HTTP proxy for the tests: Debian's squid, started on 127.0.0.1 in a folder of its own.

Its own hosts file maps names that this machine's resolver does not know (`*.proxied.test`) to
127.0.0.1, and it looks nothing else up (its DNS server is a closed port): an endpoint or
provider under such a name is reachable *only* through the proxy, so a test that passes with
it cannot have gone around it. With `users`, the proxy wants HTTP Basic authentication
(squid's basic_ncsa_auth over an htpasswd file). Its access log records every tunnel: method,
target, user.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

PROXIED_HOST = "cloud.proxied.test"
PROXIED_PROVIDER = "provider.proxied.test"
PROXIED_NAMES = (PROXIED_HOST, PROXIED_PROVIDER)
SQUID = shutil.which("squid") or "/usr/sbin/squid"
NCSA_AUTH = "/usr/lib/squid/basic_ncsa_auth"
_START_TIMEOUT = 20.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _htpasswd(users: Mapping[str, str]) -> str:
    lines = []
    for user, password in users.items():
        hashed = subprocess.run(
            ["openssl", "passwd", "-apr1", "-stdin"],
            input=password, capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        lines.append(f"{user}:{hashed}\n")
    return "".join(lines)


@dataclass
class Squid:
    """One running squid; `url` is http://127.0.0.1:PORT."""

    folder: Path
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def where(self) -> str:
        return f"127.0.0.1:{self.port}"

    def access_log(self) -> list[str]:
        path = self.folder / "access.log"
        return path.read_text(errors="replace").splitlines() if path.exists() else []

    def tunnels(self, target: str) -> list[str]:
        """The access-log lines of CONNECTs to `target` (host:port) that the proxy let through."""
        return [
            line for line in self.access_log()
            if f" CONNECT {target} " in line and "TCP_TUNNEL/200" in line
        ]  # fmt: skip

    def start(self) -> None:
        with (self.folder / "squid.out").open("wb") as output:
            self.process = subprocess.Popen(
                [SQUID, "-f", str(self.folder / "squid.conf"), "-N"],
                stdout=subprocess.DEVNULL,
                stderr=output,
                start_new_session=True,
            )
        deadline = time.monotonic() + _START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"squid did not start: {self.output()}")
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return
            time.sleep(0.02)
        raise RuntimeError(f"squid did not listen within {_START_TIMEOUT} s: {self.output()}")

    def output(self) -> str:
        return (self.folder / "squid.out").read_text(errors="replace")[-2000:]

    def kill(self) -> None:
        """Dies as a crashed proxy would: at once, every tunnel cut."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        self.kill()
        self.process = None


@contextlib.contextmanager
def running_squid(*, users: Mapping[str, str] | None = None) -> Iterator[Squid]:
    """A squid of its own, in a folder of its own, stopped and removed afterwards."""
    # Started as root, squid works as the unprivileged "proxy" user, which must reach, read
    # and write its folder: one right under the temporary directory (pytest's are private).
    folder = Path(tempfile.mkdtemp(prefix="nbwss-gui-squid-"))
    folder.chmod(0o777)
    try:
        with _squid_in(folder, users) as squid:
            yield squid
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def _squid_in(folder: Path, users: Mapping[str, str] | None) -> Iterator[Squid]:
    (folder / "hosts").write_text("".join(f"127.0.0.1 {name}\n" for name in PROXIED_NAMES))
    port = free_port()
    access = ["http_access allow all"]
    if users:
        (folder / "passwd").write_text(_htpasswd(users))
        (folder / "passwd").chmod(0o644)
        access = [
            f"auth_param basic program {NCSA_AUTH} {folder / 'passwd'}",
            "auth_param basic realm nbwss-gui test proxy",
            "acl authenticated proxy_auth REQUIRED",
            "http_access allow authenticated",
            "http_access deny all",
        ]
    (folder / "squid.conf").write_text(
        "\n".join(
            [
                f"http_port 127.0.0.1:{port}",
                f"pid_filename {folder / 'squid.pid'}",
                f"cache_log {folder / 'cache.log'}",
                f"access_log stdio:{folder / 'access.log'} squid",
                "buffered_logs off",
                f"coredump_dir {folder}",
                f"hosts_file {folder / 'hosts'}",
                # Only the hosts file resolves names (*.test is never in public DNS).
                "dns_nameservers 127.0.0.1",
                "dns_timeout 2 seconds",
                "cache deny all",
                "cache_mem 4 MB",
                "netdb_filename none",
                "pinger_enable off",
                "shutdown_lifetime 0 seconds",
                "forwarded_for delete",
                *access,
                "",
            ]
        )
    )
    squid = Squid(folder, port)
    squid.start()
    try:
        yield squid
    finally:
        squid.stop()
