"""Desktop integration: single instance, tray icon, gentle reminders, autostart, About.

`run_app` needs two calls (see `integration.install_desktop` and `handoff`):

    from anapana.app.desktop.handoff import forward_to_running_instance
    # first thing, before Qt is even imported: hand over to a running Anapana
    if forward_to_running_instance({"action": "run", "session": sid, "checkin": checkin}):
        return 0
    ...
    from anapana.app.desktop import install_desktop
    desktop = install_desktop(app, window, start_session, settings, is_practising)
    desktop.show_window(background)

Names are imported lazily, so `anapana.app.desktop.handoff` loads no Qt. Nothing in this
package shows a window or touches the disk on import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from anapana.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from .autostart import disable_autostart, enable_autostart, is_autostart_enabled
    from .handoff import InstanceRequest, forward_to_running_instance, server_name
    from .integration import DesktopIntegration, StartSession, install_desktop
    from .single_instance import InstanceServer

_WHERE = {
    "disable_autostart": "autostart",
    "enable_autostart": "autostart",
    "is_autostart_enabled": "autostart",
    "InstanceRequest": "handoff",
    "forward_to_running_instance": "handoff",
    "server_name": "handoff",
    "DesktopIntegration": "integration",
    "StartSession": "integration",
    "install_desktop": "integration",
    "InstanceServer": "single_instance",
}

__all__ = [
    "DesktopIntegration",
    "InstanceRequest",
    "InstanceServer",
    "StartSession",
    "disable_autostart",
    "enable_autostart",
    "forward_to_running_instance",
    "install_desktop",
    "is_autostart_enabled",
    "server_name",
]


__getattr__, __dir__ = lazy_exports(globals(), _WHERE)
