"""Strings of chapter 1: the layered diagram and the picker ("where is the illusion made?")."""

TEXT: dict[str, dict[str, str]] = {
    # units
    "layers.cpu.one": {"en": "{n} CPU", "ja": "CPU {n} 個"},
    "layers.cpu.many": {"en": "{n} CPUs", "ja": "CPU {n} 個"},
    # the places, as buttons and as words
    "layers.place.hypervisor": {"en": "Below the OS: a hypervisor", "ja": "OS の下: ハイパーバイザー"},
    "layers.place.engine": {"en": "At the OS: a container engine", "ja": "OS の層: コンテナエンジン"},
    "layers.place.none": {"en": "Nowhere: bare metal", "ja": "どこでもない: ベアメタル"},
    # rows (y-axis) and scopes
    "layers.row.hardware": {"en": "Hardware", "ja": "ハードウェア"},
    "layers.row.hypervisor": {"en": "Hypervisor", "ja": "ハイパーバイザー"},
    "layers.row.virtual_hw": {"en": "Virtual hardware", "ja": "仮想ハードウェア"},
    "layers.row.os": {"en": "OS", "ja": "OS"},
    "layers.row.engine": {"en": "Container engine", "ja": "コンテナエンジン"},
    "layers.row.middleware": {"en": "Middleware", "ja": "ミドルウェア"},
    "layers.row.app": {"en": "Application", "ja": "アプリケーション"},
    "layers.scope.shared": {"en": "one, shared", "ja": "1 つを共有"},
    "layers.scope.each": {"en": "one per instance", "ja": "インスタンスごと"},
    # blocks
    "layers.block.hardware": {
        "en": "{cores} cores, {ram}<br>CPU, memory, storage, I/O",
        "ja": "{cores} コア、{ram}<br>CPU・メモリ・ストレージ・I/O",
    },
    "layers.block.hypervisor": {"en": "Hypervisor", "ja": "ハイパーバイザー"},
    "layers.block.virtual_hw": {"en": "{cpus}<br>{memory}", "ja": "{cpus}<br>{memory}"},
    "layers.block.os.each": {"en": "Guest OS", "ja": "ゲストOS"},
    "layers.block.os.shared": {"en": "OS: one kernel for all", "ja": "OS: カーネルは全員で 1 つ"},
    "layers.block.engine": {"en": "Container engine", "ja": "コンテナエンジン"},
    "layers.block.middleware.each": {"en": "Middleware", "ja": "ミドルウェア"},
    "layers.block.middleware.shared": {
        "en": "Middleware: one installed set for all",
        "ja": "ミドルウェア: 全員で同じものを 1 組",
    },
    "layers.block.app": {"en": "App {n}", "ja": "アプリ {n}"},
    # hover
    "layers.hover.hardware": {"en": "The hardware: what is really there", "ja": "ハードウェア: 実際に存在するもの"},
    "layers.hover.hypervisor": {
        "en": "The hypervisor stands in for the hardware and offers each VM virtual hardware<br>"
        "Type 1 runs on the bare hardware (Xen, ESXi, Hyper-V); with KVM the host's Linux "
        "kernel is the hypervisor, and each VM is one process on it",
        "ja": "ハイパーバイザーがハードウェアの代わりに立ち、各 VM に仮想ハードウェアを見せる<br>"
        "タイプ1 はハードウェアの上で直接動く (Xen、ESXi、Hyper-V)。KVM ではホストの Linux "
        "カーネルがハイパーバイザーになり、VM はそれぞれその上の 1 つのプロセス",
    },
    "layers.hover.virtual_hw": {
        "en": "VM {n}'s virtual hardware: {cpus}, {memory}",
        "ja": "VM {n} の仮想ハードウェア: {cpus}、{memory}",
    },
    "layers.hover.os.each": {"en": "Each VM boots an OS of its own", "ja": "VM ごとに自分の OS を起動する"},
    "layers.hover.os.shared": {
        "en": "One operating system kernel serves everything above it",
        "ja": "1 つの OS カーネルが上のすべてに仕える",
    },
    "layers.hover.engine": {
        "en": "The engine has the host kernel fence off and limit each container",
        "ja": "エンジンはホストのカーネルに頼んで、コンテナごとに囲いと上限を設ける",
    },
    "layers.hover.middleware.each": {
        "en": "Each instance brings its own libraries and runtimes",
        "ja": "インスタンスごとに自分のライブラリとランタイムを持ち込む",
    },
    "layers.hover.middleware.shared": {
        "en": "Every application must agree on the one installed set",
        "ja": "すべてのアプリが、入っている 1 組に合わせるしかない",
    },
    "layers.hover.app.hypervisor": {
        "en": "App {n} is told: {cpus}, {memory}<br>Really there: {cores} cores, {ram}, shared",
        "ja": "アプリ {n} に見えるもの: {cpus}、{memory}<br>実際: {cores} コア、{ram} を共有",
    },
    "layers.hover.app.engine": {
        "en": "App {n} is held to {cpus}, {memory} by the kernel<br>Really there: {cores} cores, {ram}, shared",
        "ja": "アプリ {n} はカーネルにより {cpus}、{memory} に制限<br>実際: {cores} コア、{ram} を共有",
    },
    "layers.hover.app.none": {
        "en": "App {n} sees the real machine: {cores} cores, {ram}, and competes for it",
        "ja": "アプリ {n} には実機がそのまま見える: {cores} コア、{ram} を取り合う",
    },
    # pointer and titles
    "layers.pointer.hypervisor": {
        "en": "the illusion is made here,<br>below the OS",
        "ja": "ここで錯覚を作る<br>(OS の下)",
    },
    "layers.pointer.engine": {
        "en": "the illusion is made here, at the OS:<br>the kernel fences off each container<br>as the engine asks",
        "ja": "ここで錯覚を作る (OS の層):<br>エンジンの求めで<br>カーネルがコンテナを囲う",
    },
    "layers.pointer.none": {"en": "no illusion:<br>the real machine", "ja": "錯覚なし:<br>実機そのもの"},
    "layers.title.hypervisor": {
        "en": "A hypervisor below the OS: each VM brings its own OS, middleware and app",
        "ja": "OS の下のハイパーバイザー: VM ごとに OS・ミドルウェア・アプリを持ち込む",
    },
    "layers.title.engine": {
        "en": "A container engine at the OS: each container brings middleware and app; one kernel",
        "ja": "OS の層のコンテナエンジン: コンテナはミドルウェアとアプリを持ち込み、カーネルは 1 つ",
    },
    "layers.title.none": {
        "en": "Bare metal: one OS and one set of middleware under every app",
        "ja": "ベアメタル: すべてのアプリの下に OS とミドルウェアが 1 組",
    },
    # picker controls and readout
    "picker.place": {"en": "Illusion made", "ja": "錯覚を作る場所"},
    "picker.instances": {"en": "Instances", "ja": "インスタンス数"},
    "picker.cpus": {"en": "Told: CPUs", "ja": "見せる CPU"},
    "picker.memory": {"en": "Told: memory", "ja": "見せるメモリ"},
    "picker.readout.hypervisor": {
        "en": "Each VM ({n} in all) is told it has <b>{cpus} and {memory}</b>, and its guest OS believes it: "
        "its own <code>/proc/meminfo</code> says {memory}. Really there: <b>{cores} cores and {ram}</b>, "
        "shared. Promised in all: {total_cpus} and {total_memory} ({share} of the memory).",
        "ja": "{n} 台の VM はそれぞれ <b>{cpus}・{memory}</b> を持つと告げられ、ゲストOS はそれを信じる"
        " (中の <code>/proc/meminfo</code> も {memory})。実際にあるのは <b>{cores} コア・{ram}</b> で、"
        "全員で共有。約束の合計: {total_cpus}・{total_memory} (メモリの {share})。",
    },
    "picker.readout.engine": {
        "en": "Each container ({n} in all) is held to <b>{cpus} and {memory}</b> by the host's kernel (cgroups). "
        "That is a limit, not smaller hardware: <code>/proc/meminfo</code> inside still describes the "
        "host's {ram}. Really there: <b>{cores} cores and {ram}</b>, shared. Promised in all: "
        "{total_cpus} and {total_memory} ({share} of the memory).",
        "ja": "{n} 個のコンテナはそれぞれホストのカーネル (cgroups) によって <b>{cpus}・{memory}</b> に制限される。"
        "これは上限であって、小さなハードウェアではない: 中の <code>/proc/meminfo</code> はホストの {ram} を示す。"
        "実際にあるのは <b>{cores} コア・{ram}</b> で、全員で共有。約束の合計: {total_cpus}・{total_memory}"
        " (メモリの {share})。",
    },
    "picker.readout.none": {
        "en": "No illusion: each application ({n} in all) sees the real machine, <b>{cores} cores and {ram}</b>, "
        "and they all compete for it. Nothing is promised, so nothing is fenced off.",
        "ja": "錯覚はない: {n} 個のアプリはどれも実機 (<b>{cores} コア・{ram}</b>) をそのまま見て、取り合う。"
        "何も約束しないので、何も区切られない。",
    },
    "picker.kept": {"en": " The host can keep every promise at once.", "ja": "ホストはすべての約束を同時に守れる。"},
    "picker.overcommitted": {
        "en": " <b>That is more than the host has</b>: the promises cannot all be kept at once.",
        "ja": "<b>ホストにある量を超えている</b>: すべての約束を同時には守れない。",
    },
}
