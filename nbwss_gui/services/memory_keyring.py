"""A keyring backend that keeps secrets in memory only: for tests and the demo mode (SPEC §6.2).

It never touches the user's real keyring. Loaded on demand, so importing keyring here is fine.
"""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict, gone when the process ends. `label` shows in backend names ("DEMO")."""

    # Below every real backend, so keyring never picks it on its own.
    priority = -10

    def __init__(self, label: str = "memory") -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.label = label
        self._secrets: dict[tuple[str, str], str] = {}
        # Keyring calls run on worker threads.
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            if self._secrets.pop((service, username), None) is None:
                raise PasswordDeleteError("No such password")

    def usernames(self, service: str) -> list[str]:
        """Every entry name stored for `service` (for tests that look for stale entries)."""
        with self._lock:
            return sorted(user for svc, user in self._secrets if svc == service)

    def __str__(self) -> str:
        return f"{self.label} (in-memory keyring)"
