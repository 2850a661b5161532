"""Demo mode (`nbwss-gui --demo`, SPEC §6.2): a registry wired to a running sandbox.

The registry keeps its config file in a fresh temporary folder and its tokens in an in-memory
keyring labelled DEMO, handed to its TokenStore directly: keyring's global backend is never
changed, so the user's real keyring and config stay untouched. Every sandbox endpoint is
registered, and the sandbox CA is the extra CA file.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from nbwss_gui.domain.registered import NewEndpoint
from nbwss_gui.sandbox.server import Sandbox, SandboxError
from nbwss_gui.services.config import ConfigStore
from nbwss_gui.services.memory_keyring import MemoryKeyring
from nbwss_gui.services.paths import CONFIG_FILE_NAME
from nbwss_gui.services.registry import Registry

DEMO_LABEL = "DEMO"
# The settings key of the extra CA file (this application's own keys are nbwssgui.*).
CA_FILE_SETTING = "nbwssgui.caFile"


@dataclass
class DemoSetup:
    """What the demo window runs on. Call `close()` when the window is gone."""

    registry: Registry
    keyring: MemoryKeyring
    config_dir: Path
    ca_file: Path
    # Sandbox endpoint name -> id of its registered endpoint.
    endpoint_ids: dict[str, str] = field(default_factory=dict)
    label: str = DEMO_LABEL
    _owns_config_dir: bool = field(default=False, repr=False)

    def close(self) -> None:
        """Forget the demo's endpoints: remove its temporary config folder."""
        if self._owns_config_dir:
            shutil.rmtree(self.config_dir, ignore_errors=True)
            self._owns_config_dir = False


async def setup_demo(sandbox: Sandbox, *, config_dir: Path | None = None) -> DemoSetup:
    """Register every endpoint of the started `sandbox` in a new, isolated registry.

    `config_dir`: where the demo's config file goes (must not hold one yet); a new temporary
    folder, removed by `DemoSetup.close()`, when None.
    """
    from nbwss_gui.services.secrets import TokenStore

    if not sandbox.started or sandbox.ca_file is None:
        raise SandboxError("start the sandbox before setting up the demo")
    owns = config_dir is None
    folder = Path(tempfile.mkdtemp(prefix="nbwss-gui-demo-")) if config_dir is None else config_dir
    config_file = folder / CONFIG_FILE_NAME
    if config_file.exists():
        raise SandboxError(f"{config_file} exists already; the demo starts from an empty list")
    backend = MemoryKeyring(DEMO_LABEL)
    registry = Registry(ConfigStore(config_file), TokenStore(backend=backend))
    setup = DemoSetup(
        registry=registry,
        keyring=backend,
        config_dir=folder,
        ca_file=sandbox.ca_file,
        _owns_config_dir=owns,
    )
    try:
        await registry.set_settings({**registry.settings(), CA_FILE_SETTING: str(sandbox.ca_file)})
        # Listed by their names (east-1 … west-2), as a cloud names its hosts, rather than
        # four times 127.0.0.1; the URL still dials the loopback address.
        named = [
            NewEndpoint(dataclasses.replace(sandbox.details(e), host_name=e.name))
            for e in sandbox.endpoints
        ]
        for endpoint, entry in zip(sandbox.endpoints, await registry.add_all(named), strict=True):
            setup.endpoint_ids[endpoint.name] = entry.id
    except BaseException:
        setup.close()
        raise
    return setup
