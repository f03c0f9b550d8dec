"""The essay's numbers: every model lives here, one module per topic, and none
imports plotly or ipywidgets (tests/test_model.py checks).

- :mod:`.host`: what fits on a host (Host, Workload, Platform, fit) and the
  host explorer's State;
- :mod:`.startup`: measured start-up spans and their ratios;
- :mod:`.growth`: hardware over the years; :mod:`.layers`: where each platform
  draws the line; :mod:`.consolidation`: servers before and after;
  :mod:`.compare`: the article's comparison table; :mod:`.kernel`: what the
  kernel isolates, and how the reader's machine shows it;
- :mod:`.checks`: the shared range checks.

``from widgets import model`` gives the host and start-up names directly
(``model.fit``, ``model.startup_ratio``); the other topics are submodules
(``from widgets.model import growth``). Probes of the reader's own machine,
which read /proc or run processes, live apart in :mod:`widgets.probes`.
"""

from .checks import (  # noqa: F401 - re-exported
    check_choice,
    check_integer,
    check_number,
)
from .host import (  # noqa: F401 - re-exported
    CORES_RANGE,
    CPU_RANGE,
    LIBS_RANGE_MIB,
    LIMITS,
    MEMORY_MODES,
    PLATFORMS,
    RAM_RANGE_MIB,
    VCPU_RATIO_RANGE,
    WORKLOAD_MEMORY_RANGE_MIB,
    Fit,
    Host,
    MemoryBreakdown,
    Platform,
    State,
    Workload,
    check_memory_mode,
    cost_grades,
    counts_over_ram,
    cpu_limits,
    default_host,
    default_memory_mode,
    default_state,
    default_vcpu_ratio,
    default_workload,
    fit,
    fit_or_none,
    platform,
    platforms,
    vcpu_ratio_stops,
)
from .startup import (  # noqa: F401 - re-exported
    APP_START_RANGE_MS,
    APP_START_STOPS_MS,
    END_POINTS,
    PLATFORM_SPAN,
    SPANS,
    START_POINTS,
    STARTUP_KEYS,
    Ratio,
    Span,
    check_app_ms,
    default_app_ms,
    same_points,
    span,
    startup,
    startup_ratio,
    startup_spans,
)
