"""Strings of the kernel-free pages (tools/site.py, `make site`): the banner, the notes under the
precomputed controls, and the notices that stand where a widget needs Python."""

TEXT: dict[str, dict[str, str]] = {
    # <title> and heading of site/index.html, which lists both editions
    "site.index.title": {
        "en": "Virtual machines and containers: the kernel-free pages",
        "ja": "仮想マシンとコンテナ: カーネルなしで読めるページ",
    },
    "site.index.intro": {
        "en": "Every chapter, with its figures and sources, reads in the browser with nothing installed.",
        "ja": "各章の本文・図・出典を、何もインストールせずにブラウザで読めます。",
    },
    # the banner at the top of every chapter page
    "site.banner": {
        "en": "Kernel-free page: the figures' controls are precomputed, and nothing here runs Python.",
        "ja": "カーネルなしのページです: 図の操作はあらかじめ計算してあり、ここでは Python を動かしません。",
    },
    # under an explorer's figures: how its precomputed controls behave
    "site.static.note": {
        "en": "Without Python, one control moves at a time: moving one puts the others back where they started.",
        "ja": "Python なしでは操作は 1 つずつです: どれかを動かすと、ほかの操作は最初の値に戻ります。",
    },
    # a control with too many values for a kernel-free page offers some of them
    "site.static.sampled": {
        "en": "{control}: {count} of its {total} values here.",
        "ja": "{control}: ここでは {total} 通りのうち {count} 通りを選べます。",
    },
    # the accessible name of the group of precomputed sliders above an explorer's figures
    "site.controls": {"en": "Precomputed controls", "ja": "あらかじめ計算した操作"},
    # the two steps standing for a checkbox
    "site.control.on": {"en": "shown", "ja": "表示"},
    "site.control.off": {"en": "hidden", "ja": "非表示"},
    # what a widget that needs Python would have done, shown in its place
    "site.needs.timer": {
        "en": "Timing a process on your own machine runs Python, so it needs the chapter running live.",
        "ja": "自分のマシンでプロセスの起動時間を測るには Python が動く必要があるため、この章をライブで実行してください。",
    },
    "site.needs.unshare": {
        "en": "This demonstration starts a process in new namespaces on the machine running the notebook, "
        "so it needs the chapter running live.",
        "ja": "このデモはノートブックを動かすマシンで新しい名前空間にプロセスを起動するため、この章をライブで実行してください。",
    },
    "site.needs.machine": {
        "en": "This panel reads the machine the notebook runs on (/proc and /sys), so it needs the chapter "
        "running live.",
        "ja": "このパネルはノートブックを動かすマシン (/proc と /sys) を読むため、この章をライブで実行してください。",
    },
    # above the quiz on a kernel-free page: each choice opens on its feedback
    "site.quiz.how": {
        "en": "Open a choice to see whether it is right, and why.",
        "ja": "選択肢を開くと、正しいかどうかとその理由が表示されます。",
    },
    # the link in every notice: Binder when a release is configured, else site/index.html#live
    "site.live.link": {"en": "Run this chapter live", "ja": "この章をライブで実行する"},
    # site/index.html#live: how to run the chapters live when no Binder release is configured
    "site.live.heading": {"en": "Run the chapters live", "ja": "章をライブで実行する"},
    "site.live.howto": {
        "en": "Clone the repository and run `make lab` (`make lab EDITION=ja` for the Japanese edition); "
        "each chapter is `notebooks/<edition>/<chapter>.ipynb`, and README.md lists the other ways in.",
        "ja": "リポジトリを clone して `make lab` を実行します (日本語版は `make lab EDITION=ja`)。"
        "各章は `notebooks/<edition>/<chapter>.ipynb` にあり、ほかの読み方は README.md にあります。",
    },
}
