"""Colours: the Okabe-Ito palette, safe for the common colour-vision deficiencies."""

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

PLATFORM = {"vm": BLUE, "container": ORANGE, "microvm": BLUISH_GREEN}
LAYER = {"hardware": GREY, "host_os": SKY_BLUE, "runtime": REDDISH_PURPLE,
         "guest_os": BLUE, "libs": YELLOW, "app": ORANGE, "free": LIGHT_GREY}
# Text that stays readable on each layer's colour.
ON_LAYER = {"hardware": BLACK, "host_os": BLACK, "runtime": BLACK, "guest_os": "#FFFFFF",
            "libs": BLACK, "app": BLACK, "free": BLACK}
FONT = "Noto Sans, Noto Sans CJK JP, Arial, sans-serif"
