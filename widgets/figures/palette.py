"""Colours: the Okabe-Ito palette, safe for the common colour-vision deficiencies.

Every colour a figure or an explorable draws comes from here: the eight
Okabe-Ito colours, a few neutrals (white, greys for grids, tracks and quiet
text), and the named uses below.
"""

BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#999999"
LIGHT_GREY = "#E8E8E8"

# Okabe-Ito's order: plotly's default colours for a trace that names none (no figure relies on it).
SEQUENCE = (ORANGE, SKY_BLUE, BLUISH_GREEN, YELLOW, BLUE, VERMILLION, REDDISH_PURPLE, BLACK)

# Neutrals.
WHITE = "#FFFFFF"
TRANSPARENT = "rgba(0,0,0,0)"  # a marker drawn as its outline only
GRID = "#EEEEEE"  # grid lines (widgets/figures/theme.py)
GRID_LOG = "#E4E4E4"  # a shade darker, for the comparison's log-axis panels
TRACK = "#F4F4F4"  # the empty part of an HTML bar
QUIET = "#555555"  # a figure's footnote
MUTED = "#666666"  # secondary text in HTML readouts
HIGHLIGHT = "#FFF3D6"  # the table row being read

PLATFORM = {"vm": BLUE, "container": ORANGE, "microvm": BLUISH_GREEN}
LAYER = {
    "hardware": GREY,
    "host_os": SKY_BLUE,
    "runtime": REDDISH_PURPLE,
    "guest_os": BLUE,
    "libs": YELLOW,
    "app": ORANGE,
    "free": LIGHT_GREY,
}
# Text that stays readable on each layer's colour.
ON_LAYER = {
    "hardware": BLACK,
    "host_os": BLACK,
    "runtime": BLACK,
    "guest_os": WHITE,
    "libs": BLACK,
    "app": BLACK,
    "free": BLACK,
}
# Right and wrong, where an answer is marked.
RIGHT = BLUISH_GREEN
WRONG = VERMILLION
