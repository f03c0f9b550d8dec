"""Controls and linked views: one state drives several figures."""

from .consolidation import ConsolidationExplorer, consolidation_explorer
from .host import HostExplorer, host_explorer
from .startup import StartupExplorer, startup_explorer
from .year import YearExplorer, year_explorer

__all__ = ["ConsolidationExplorer", "HostExplorer", "StartupExplorer", "YearExplorer",
           "consolidation_explorer", "host_explorer", "startup_explorer", "year_explorer"]
