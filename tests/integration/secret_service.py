"""The real Secret Service for the tests that need one (CI starts gnome-keyring on a private
D-Bus session): a probe, a skip that turns into a failure when NBWSS_GUI_REQUIRE_REAL_KEYRING=1,
and a count of this application's entries."""

from __future__ import annotations

import gc
import os
import uuid
import warnings

import pytest
from keyring.backend import KeyringBackend

from nbwss_gui.services.secrets import TokenStore

SERVICE = TokenStore.SERVICE
REQUIRED = os.environ.get("NBWSS_GUI_REQUIRE_REAL_KEYRING") == "1"


def probe() -> tuple[KeyringBackend | None, str]:
    """Write, read back and delete one entry; the backend, or why it is not usable."""
    try:
        from keyring.backends import SecretService

        SecretService.Keyring.priority  # noqa: B018 - raises when no daemon answers on D-Bus
        backend = SecretService.Keyring()
        name = f"probe-{uuid.uuid4().hex}"
        backend.set_password(SERVICE, name, "probe-value")
        read = backend.get_password(SERVICE, name)
        backend.delete_password(SERVICE, name)
        if read != "probe-value":
            return None, f"a probe entry read back as {read!r}"
    except Exception as exc:
        return None, f"{type(exc).__name__}: {exc}"
    return backend, ""


def secret_service_or_skip() -> KeyringBackend:
    with warnings.catch_warnings():
        # keyring leaves a D-Bus socket open when it gives up: let it go here, quietly.
        warnings.simplefilter("ignore", ResourceWarning)
        backend, failure = probe()
        gc.collect()
    if backend is None:
        reason = f"no usable Secret Service: {failure}"
        if REQUIRED:
            pytest.fail(f"NBWSS_GUI_REQUIRE_REAL_KEYRING=1 but {reason}")
        pytest.skip(reason)
    return backend


def all_entries() -> set[str]:
    """Every entry of this application in the default collection, by name."""
    import secretstorage

    with secretstorage.dbus_init() as bus:
        collection = secretstorage.get_default_collection(bus)
        return {
            item.get_attributes().get("username", "")
            for item in collection.search_items({"service": SERVICE})
        }
