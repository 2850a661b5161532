"""The diagnostics bundle (SPEC §6.4): one zip file for a support case, without any token.

It holds the versions of the application and the libraries it rests on, the platform, the
keyring backend's name, the configuration (which never holds tokens; any "token" key is
scrubbed all the same), recent state changes and errors, certificate details and the end of
the log file. Every text goes through the log's redaction once more before it is written,
so a token that reached one of them by mistake is still kept out. The zip is written to a
temporary file next to the target and renamed over it: a crash leaves no half-written bundle.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import platform
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nbwss_gui import __version__
from nbwss_gui.domain.words import translate
from nbwss_gui.services import logs

if TYPE_CHECKING:
    from nbwss_gui.services.registry import Registry

FORMAT_VERSION = 1
MAX_CONFIG_BYTES = 4 * 1024 * 1024
LOG_TAIL_BYTES = 512 * 1024
SCRUBBED = logs.REDACTED

# Distribution names (as installed) of what the application rests on; the first that is
# installed of each tuple counts.
LIBRARIES: dict[str, tuple[str, ...]] = {
    "PySide6": ("PySide6-Essentials", "PySide6"),
    "shiboken6": ("shiboken6",),
    "qasync": ("qasync",),
    "websockets": ("websockets",),
    "aiohttp": ("aiohttp",),
    "keyring": ("keyring",),
    "cryptography": ("cryptography",),
    "truststore": ("truststore",),
    "platformdirs": ("platformdirs",),
}
# Modules whose `__version__` stands in where no installed metadata says (a frozen build).
_VERSION_MODULES = {
    "PySide6": "PySide6",
    "shiboken6": "shiboken6",
    "websockets": "websockets",
    "aiohttp": "aiohttp",
    "cryptography": "cryptography",
    "truststore": "truststore",
    "platformdirs": "platformdirs",
}
# Environment variables that say how the desktop is set up. Proxy variables can carry a
# password, so only whether they are set is recorded.
DESKTOP_VARIABLES = (
    "QT_QPA_PLATFORM",
    "QT_SCALE_FACTOR",
    "XDG_SESSION_TYPE",
    "XDG_CURRENT_DESKTOP",
    "DESKTOP_SESSION",
    "LANG",
    "LC_ALL",
)
PRESENCE_VARIABLES = (
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "DBUS_SESSION_BUS_ADDRESS",
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "NO_PROXY",
    "no_proxy",
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
)

README = """\
nbwss-gui diagnostics bundle
============================

Made by nbwss-gui {version} on {created}, for a support case. It holds no token: tokens stay
in the system keyring, and every file below was checked for the tokens this application knew
of when it was made.

system.json        versions of nbwss-gui, Python and its libraries; the platform; the keyring
                   backend in use; display and proxy settings (proxies: only whether set)
config.json        the configuration file (endpoints without their tokens, and settings)
events.json        recent connection state changes and errors, oldest first
certificates.json  details of the certificates the endpoints presented
log-tail.txt       the end of the log file
"""


class DiagnosticsError(Exception):
    """The bundle could not be written; `message` says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def default_file_name(now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"nbwss-gui-diagnostics-{stamp}.zip"


def library_versions() -> dict[str, str]:
    """Version of Python, the application and each library; "not installed" when absent."""
    versions = {"nbwss-gui": __version__, "Python": platform.python_version()}
    for name, distributions in LIBRARIES.items():
        versions[name] = _version_of(name, distributions)
    return versions


def _version_of(name: str, distributions: tuple[str, ...]) -> str:
    for distribution in distributions:
        with contextlib.suppress(metadata.PackageNotFoundError):
            return metadata.version(distribution)
    module = sys.modules.get(_VERSION_MODULES.get(name, ""))
    version = getattr(module, "__version__", None)
    return str(version) if version else "not installed"


def platform_details() -> dict[str, Any]:
    return {
        "platform": platform.platform(),
        "system": platform.system(),
        "release": platform.release(),
        "version": platform.version(),
        "machine": platform.machine(),
        "python": {
            "implementation": platform.python_implementation(),
            "version": sys.version,
            "executable": sys.executable,
            "frozen": bool(getattr(sys, "frozen", False)),
        },
        "filesystemEncoding": sys.getfilesystemencoding(),
        "environment": {name: os.environ.get(name) for name in DESKTOP_VARIABLES},
        "environmentSet": {name: name in os.environ for name in PRESENCE_VARIABLES},
    }


def scrub(value: Any) -> Any:
    """`value` (dicts, lists and dataclasses) as JSON-ready data, with the value of every key
    that names a token replaced (numbers kept: a token's length says nothing of it)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    if isinstance(value, Mapping):
        result: dict[str, Any] = {}
        for key, item in value.items():
            name = str(key)
            if "token" in name.lower() and not _harmless(item):
                result[name] = SCRUBBED
            else:
                result[name] = scrub(item)
        return result
    if isinstance(value, list | tuple):
        return [scrub(item) for item in value]
    return value


def _harmless(value: Any) -> bool:
    return value is None or isinstance(value, bool | int | float)


def config_section(config_path: Path | None) -> Any:
    """The configuration as JSON-ready data, scrubbed; a note when it cannot be read."""
    if config_path is None:
        return {"note": "no configuration file was given"}
    try:
        with config_path.open("rb") as handle:
            data = handle.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        return {"path": str(config_path), "note": "the configuration file does not exist"}
    except OSError as exc:
        return {"path": str(config_path), "error": f"cannot be read: {exc.strerror or exc}"}
    if len(data) > MAX_CONFIG_BYTES:
        return {"path": str(config_path), "error": "larger than 4 MiB; not included"}
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        # Kept as text, for whoever must find out why it does not load; redacted below.
        return {
            "path": str(config_path),
            "error": f"not valid JSON: {exc}",
            "text": data.decode("utf-8", errors="replace"),
        }
    return {"path": str(config_path), "content": _without_proxy_credentials(scrub(document))}


PROXY_USER_KEY = "nbwssgui.proxyUser"
PROXY_URL_KEY = "nbwssgui.proxyUrl"


def _without_proxy_credentials(document: Any) -> Any:
    """The proxy settings stay (mode, address, bypass list), its credentials do not: the user
    name is only said to be set, and a password someone typed into the address is cut out.
    The password itself lives in the keyring and never reaches the bundle."""
    settings = document.get("settings") if isinstance(document, dict) else None
    if not isinstance(settings, dict):
        return document
    if settings.get(PROXY_USER_KEY):
        settings[PROXY_USER_KEY] = "(set; not exported)"
    address = settings.get(PROXY_URL_KEY)
    if isinstance(address, str) and "@" in address:
        scheme, _, rest = address.rpartition("://")
        settings[PROXY_URL_KEY] = f"{scheme}://" * bool(scheme) + rest.rpartition("@")[2]
    return document


def export_diagnostics(
    target: Path,
    *,
    keyring_backend: str,
    config_path: Path | None = None,
    events: Sequence[Any] = (),
    certificates: Sequence[Any] = (),
    log_path: Path | None = None,
    extra: Mapping[str, Any] | None = None,
    secrets: Iterable[str] = (),
    now: datetime | None = None,
) -> Path:
    """Write the diagnostics zip to `target` atomically; returns `target`.

    `keyring_backend`: the backend's name as the keyring reports it. `config_path`: the
    config file. `events`: recent state changes and errors, oldest first (dicts, dataclasses
    or lines). `certificates`: certificate details (dicts, dataclasses such as
    CertificateInfo, or text). `log_path`: the log file (default: the application's).
    `extra`: more facts the caller knows (the Qt platform plugin, say) for system.json.
    `secrets`: tokens to keep out besides those registered with `logs.add_secret`.
    """
    created = (now or datetime.now(UTC)).astimezone(UTC)
    hidden = [s for s in secrets if s]
    system = {
        "formatVersion": FORMAT_VERSION,
        "createdAt": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "versions": library_versions(),
        "platform": platform_details(),
        "keyringBackend": keyring_backend,
        "extra": scrub(dict(extra or {})),
    }
    logs.flush()
    log_text = logs.read_tail(log_path or logs.log_file(), LOG_TAIL_BYTES)
    members = {
        "README.txt": README.format(version=__version__, created=system["createdAt"]),
        "system.json": _json(system),
        "config.json": _json(config_section(config_path)),
        "events.json": _json([scrub(e) for e in events]),
        "certificates.json": _json([scrub(c) for c in certificates]),
        "log-tail.txt": log_text or "(the log file is empty or cannot be read)\n",
    }
    stamp = created.timetuple()[:6]
    _write_atomically(
        Path(target),
        {name: logs.redact(text, hidden).encode("utf-8") for name, text in members.items()},
        (stamp[0], stamp[1], stamp[2], stamp[3], stamp[4], stamp[5]),
    )
    return Path(target)


def export_profile_diagnostics(
    target: Path,
    registry: Registry | None,
    *,
    events: Sequence[Any] = (),
    certificates: Sequence[Any] = (),
    connection_states: Mapping[str, int] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> Path:
    """The bundle of one profile, whoever asks (the window's Export diagnostics): its
    configuration file without secrets, the keyring backend that holds its tokens, the recent
    state changes and certificates, and how many endpoints are in each connection state.

    Blocking (naming the keyring backend may ask D-Bus): run it off the GUI thread."""
    backend = registry.tokens.backend_name() if registry is not None else "not loaded"
    return export_diagnostics(
        target,
        keyring_backend=backend,
        config_path=registry.config.path if registry is not None else None,
        events=events,
        certificates=certificates,
        extra={"connectionStates": dict(connection_states or {}), **(extra or {})},
    )


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=str) + "\n"


def _write_atomically(
    target: Path, members: Mapping[str, bytes], stamp: tuple[int, int, int, int, int, int]
) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise DiagnosticsError(
            translate(
                "Diagnostics", "The folder {folder} does not exist. Choose another folder."
            ).fill(folder=folder)
        )
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise DiagnosticsError(
            translate(
                "Diagnostics",
                "The folder {folder} is not writable: {value}. Choose another folder.",
            ).fill(folder=folder, value=exc.strerror or exc)
        ) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
                for name, data in members.items():
                    info = zipfile.ZipInfo(name, date_time=stamp)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = 0o644 << 16
                    bundle.writestr(info, data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise DiagnosticsError(
            translate(
                "Diagnostics", "The diagnostics file {target} could not be written: {value}."
            ).fill(target=target, value=exc.strerror or exc)
        ) from None
