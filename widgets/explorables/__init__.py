"""Controls and linked views: one state drives several figures."""

from .host import HostExplorer, host_explorer

__all__ = ["HostExplorer", "host_explorer"]
