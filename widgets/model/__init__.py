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
    check_number,
    check_integer,
)
from .host import (  # noqa: F401 - re-exported
    RAM_RANGE_MIB,
    CORES_RANGE,
    WORKLOAD_MEMORY_RANGE_MIB,
    LIBS_RANGE_MIB,
    CPU_RANGE,
    VCPU_RATIO_RANGE,
    MEMORY_MODES,
    PLATFORMS,
    LIMITS,
    Host,
    default_vcpu_ratio,
    vcpu_ratio_stops,
    default_memory_mode,
    check_memory_mode,
    Workload,
    Platform,
    platforms,
    cost_grades,
    platform,
    default_host,
    default_workload,
    MemoryBreakdown,
    Fit,
    cpu_limits,
    fit,
    counts_over_ram,
    fit_or_none,
    State,
    default_state,
)
from .startup import (  # noqa: F401 - re-exported
    START_POINTS,
    END_POINTS,
    SPANS,
    APP_START_STOPS_MS,
    APP_START_RANGE_MS,
    STARTUP_KEYS,
    Span,
    check_app_ms,
    default_app_ms,
    startup_spans,
    span,
    PLATFORM_SPAN,
    startup,
    Ratio,
    same_points,
    startup_ratio,
)
