"""Controls and linked views: one state drives several figures."""

from .compare import ComparisonTable
from .consolidation import ConsolidationExplorer, consolidation_explorer
from .host import HostExplorer, host_explorer
from .machine_panel import MachinePanel
from .picker import Picker
from .quiz import Quiz
from .startup import StartupExplorer, startup_explorer
from .year import YearExplorer, year_explorer

__all__ = [
    "ComparisonTable",
    "ConsolidationExplorer",
    "HostExplorer",
    "MachinePanel",
    "Picker",
    "Quiz",
    "StartupExplorer",
    "YearExplorer",
    "consolidation_explorer",
    "host_explorer",
    "startup_explorer",
    "year_explorer",
]
