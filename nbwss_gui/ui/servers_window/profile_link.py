"""The window's part in one profile, one owner (SPEC §5.1).

The window that owns its profile runs the connections through the profile service and serves
the control channel (a second start brings it to the front). A window started while
`nbwss-gui monitor` owns the profile attaches instead: it shows the monitor's live states,
makes its changes to the file under the file's lock and asks the monitor to read them at once,
and says in the status bar that closing it leaves the connections up. When the owner goes,
the window takes the connections over, or says plainly that they have stopped.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Callable

    from nbwss_gui.services.ownership import OwnerLock
    from nbwss_gui.services.remote_engine import RemoteEngine
    from nbwss_gui.ui.servers_window.main_window import MainWindow

log = logging.getLogger(__name__)


class ProfileLink(QObject):
    """Owns the profile for the window, or keeps it attached to the process that does."""

    def __init__(self, window: MainWindow, folder: Path, lock: OwnerLock) -> None:
        super().__init__(window)
        self.window = window
        self.folder = Path(folder)
        self.lock = lock
        self._takeover: asyncio.Task[None] | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._follow: asyncio.Task[None] | None = None
        window.connections.owner_gone.connect(self._owner_gone)

    @property
    def owner(self) -> bool:
        return self.lock.held

    async def start(self) -> None:
        """Run the connections here when the lock is ours, else attach to the owner."""
        import asyncio

        if self.lock.held:
            await self._own()
            return
        self.window.set_owner_note(
            QCoreApplication.translate(
                "ProfileLink", "Looking for the process that runs the connections…"
            )
        )
        self._takeover = asyncio.ensure_future(self._attach_or_take_over())

    async def _own(self) -> None:
        from nbwss_gui.services.profile import ProfileService

        window = self.window
        registry = window.registry
        if registry is None:
            return
        self._stop_following()
        service = ProfileService(
            registry,
            role="window",
            ca_file=window.ca_file,
            folder=self.folder,
            on_raise=window.bring_to_front,
        )
        window.connections.run(service)
        try:
            await service.serve()
        except OSError as exc:
            # The connections run all the same; only other processes cannot reach them.
            log.warning("the control channel could not be opened: %s", exc)
        window.set_owner_note("")
        window.commands.update()
        window.connection_commands.update()

    async def _attach_or_take_over(self) -> None:
        from nbwss_gui.services.ownership import wait_for_ownership
        from nbwss_gui.services.remote_engine import RemoteEngine

        window = self.window
        while True:
            remote = await RemoteEngine.attach(self.folder)
            if remote is not None:
                self._attached(remote)
                return
            # The owner has just gone, or is still starting: try the lock meanwhile.
            if await wait_for_ownership(self.lock, 1.0):
                await self._own()
                window.say(
                    QCoreApplication.translate(
                        "ProfileLink", "This window now keeps the connections of this profile."
                    )
                )
                return
            if not window.isVisible():
                return

    def _attached(self, remote: RemoteEngine) -> None:
        window = self.window
        window.connections.attach(remote)
        who = (
            QCoreApplication.translate("ProfileLink", "the nbwss-gui window")
            if remote.owner == "window"
            else QCoreApplication.translate("ProfileLink", "nbwss-gui {owner}").format(
                owner=remote.owner
            )
        )
        window.set_owner_note(
            QCoreApplication.translate(
                "ProfileLink",
                "Connections run in {who} (pid {pid}); closing this window leaves them up.",
            ).format(who=who, pid=remote.pid)
        )
        registry = window.registry
        if registry is not None and self._unsubscribe is None:
            # Changes made here reach the owner at once; the owner's reach this window
            # through the file.
            self._unsubscribe = registry.subscribe(self._poke_owner)
            self._start_following()
        window.connection_commands.update()

    def _poke_owner(self) -> None:
        remote = self.window.connections.remote
        if remote is not None:
            remote.reload()

    def _start_following(self) -> None:
        import asyncio

        registry = self.window.registry
        if registry is not None and self._follow is None:
            self._follow = asyncio.ensure_future(registry.follow())

    def _stop_following(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._follow is not None:
            self._follow.cancel()
            self._follow = None

    def _owner_gone(self) -> None:
        import asyncio

        window = self.window
        window.set_owner_note(
            QCoreApplication.translate(
                "ProfileLink", "The process that ran the connections stopped; taking them over…"
            )
        )
        self._takeover = asyncio.ensure_future(self._after_owner())

    async def _after_owner(self) -> None:
        from nbwss_gui.services.ownership import wait_for_ownership

        window = self.window
        if await wait_for_ownership(self.lock):
            await self._own()
            window.say(
                QCoreApplication.translate(
                    "ProfileLink", "The connections' owner stopped: this window now keeps them."
                )
            )
            return
        # Someone else was quicker: show theirs.
        await self._attach_or_take_over()

    async def close(self) -> None:
        """Stop following; the connections themselves close through the adapter."""
        self._stop_following()
        if self._takeover is not None:
            self._takeover.cancel()
        self.lock.release()
