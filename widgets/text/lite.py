"""Strings of the lite edition (`make lite`: the essay running in the reader's browser through Pyodide): the link
a probe shows where a browser cannot look, and the page it leads to (lite/read-it.html, tools/lite_build.py)."""

TEXT: dict[str, dict[str, str]] = {
    # after what a browser cannot show (startup.sandbox, panel.verdict.sandbox, ns_demo.sandbox): the link
    "lite.live.link": {
        "en": "How to read this chapter live, on your own machine",
        "ja": "この章を自分のマシンでライブに読む方法",
    },
    # lite/read-it.html: its title, and the sentence above the README's "Read it" section
    "lite.read_it.title": {
        "en": "Read it live: the ways in",
        "ja": "ライブで読む方法",
    },
    "lite.read_it.intro": {
        "en": "These pages run the essay's Python in your browser, which cannot see your machine. To see it, read the chapters live in one of these ways (from the essay's README):",
        "ja": "このページはエッセイの Python をブラウザの中で動かしているため、あなたのマシンは見えません。見るには、次のいずれかの方法で章をライブで読んでください (エッセイの README から):",
    },
}
