"""Where a probe cannot look inside the reader's browser (the lite edition, `make lite`): the link that follows
what the explorer says instead (``startup.sandbox``, ``panel.verdict.sandbox``, ``ns_demo.sandbox``).

It leads to lite/read-it.html, which the lite build writes beside the chapters from the README's "Read it"
section (tools/lite_build.py): the ways to read a chapter live, with the reader's own machine. Only a kernel in
the browser shows it (:func:`widgets.probes.sandbox.in_browser`), and there the chapter is
``<site>/lab/index.html``, so the page is one folder up.
"""

from __future__ import annotations

import html

from ..text import t

READ_IT = "../read-it.html"


def live_link(lang: str) -> str:
    """The paragraph with the link to the ways of reading live, as HTML."""
    text = html.escape(t("lite.live.link", lang))
    return f"<p><a href='{READ_IT}' target='_blank' rel='noopener'>{text}</a></p>"
