"""Strings of chapter 7's namespaces demonstration (widgets/explorables/machine_panel.py: unshare_demo)."""

TEXT: dict[str, dict[str, str]] = {
    "ns_demo.button": {"en": "Run it again", "ja": "もう一度実行"},
    "ns_demo.heading": {"en": "Namespaces without an engine", "ja": "エンジンなしの名前空間"},
    "ns_demo.command": {
        "en": "The kernel started one process with `unshare` (`util-linux`) in new user, PID, mount and host-name "
        "namespaces; no container engine took part.",
        "ja": "カーネルが `unshare` (`util-linux`) で、新しいユーザー・PID・マウント・ホスト名の名前空間にプロセスを 1 つ"
        "起動しました。コンテナエンジンは使っていません。",
    },
    "ns_demo.row.pid": {"en": "Its process ID", "ja": "プロセス ID"},
    "ns_demo.row.uid": {"en": "Its user ID", "ja": "ユーザー ID"},
    "ns_demo.row.hostname": {"en": "Host name", "ja": "ホスト名"},
    "ns_demo.row.processes": {"en": "Processes it can see", "ja": "見えるプロセス数"},
    "ns_demo.head.inside": {"en": "Inside", "ja": "内側"},
    "ns_demo.head.outside": {"en": "This notebook", "ja": "このノートブック"},
    "ns_demo.unknown": {"en": "(not read)", "ja": "(未取得)"},
    "ns_demo.ran": {
        "en": "Inside, the process is PID {pid} and user {uid}, names its host {hostname} and sees {processes} "
        "process(es): the kernel shows it a machine of its own, while this notebook keeps its own ID and "
        "host name.",
        "ja": "内側のプロセスは PID {pid}、ユーザー {uid} で、ホスト名を {hostname} とし、見えるプロセスは {processes} 個: "
        "カーネルがそのプロセスにだけ専用のマシンのように見せ、このノートブックの ID とホスト名はそのまま。",
    },
    "ns_demo.missing": {
        "en": "unshare (from util-linux) is not installed here, so the demonstration cannot run on this machine.",
        "ja": "ここには unshare (util-linux) がないため、このマシンではこの実演を実行できません。",
    },
    "ns_demo.blocked": {
        "en": "This machine refused to create the new namespaces (often the case inside a container, or where an "
        "administrator has turned user namespaces off). That is a setting of this machine; the namespaces "
        "themselves are part of every Linux kernel this essay describes.",
        "ja": "このマシンは新しい名前空間の作成を拒否しました (コンテナの中や、管理者がユーザー名前空間を無効にしている場合に"
        "よくあります)。これはこのマシンの設定で、名前空間そのものはこのエッセイが扱う Linux カーネルに備わっています。",
    },
    "ns_demo.sandbox": {
        "en": "This copy of the essay runs its Python inside your browser (Pyodide), and a browser's sandbox starts no processes, so none can be started in new namespaces here.",
        "ja": "この版のエッセイは Python をブラウザの中 (Pyodide) で動かしています。ブラウザのサンドボックスはプロセスを起動しないため、ここでは新しい名前空間でプロセスを起動できません。",
    },
    "ns_demo.unsupported": {
        "en": "This is not a Linux machine, so it has no namespaces to show.",
        "ja": "このマシンは Linux ではないため、見せられる名前空間がありません。",
    },
    "ns_demo.timeout": {
        "en": "The process in new namespaces did not finish within 10 seconds, so nothing is shown.",
        "ja": "新しい名前空間のプロセスが 10 秒以内に終わらなかったため、何も表示しません。",
    },
    "ns_demo.output": {
        "en": "The process in new namespaces ran but did not report what it saw, so nothing is shown.",
        "ja": "新しい名前空間のプロセスは動きましたが、見えたものを報告しなかったため、何も表示しません。",
    },
}
