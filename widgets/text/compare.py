"""Strings of chapter 4: the comparison table, its evidence figure and the row picker.

The table's cells are the essay's own short wording of the article's table
(under its heading 「VMとコンテナの違い」), not a translation of it.
"""

TEXT: dict[str, dict[str, str]] = {
    # units and marks
    "compare.grades": {"en": "grade {grades}", "ja": "確度 {grades}"},
    # what each grade in a memory bar's hover is for (widgets.model.compare: MemoryCost.grades)
    "compare.grade_part.guest_os": {"en": "guest OS", "ja": "ゲストOS"},
    "compare.grade_part.overhead": {"en": "overhead", "ja": "オーバーヘッド"},
    "compare.unconfirmed_mark": {"en": "(C: partly unconfirmed)", "ja": "(C: 一部未確認)"},
    # the table
    "compare.head.row": {"en": "Row", "ja": "項目"},
    "compare.head.vm": {"en": "VM", "ja": "VM"},
    "compare.head.container": {"en": "Container", "ja": "コンテナ"},
    "compare.row.layer": {"en": "Layer virtualized", "ja": "仮想化レイヤ"},
    "compare.row.os": {"en": "Operating system", "ja": "OSの管理"},
    "compare.row.startup": {"en": "Start-up time", "ja": "起動時間"},
    "compare.row.efficiency": {"en": "Resource efficiency", "ja": "リソース効率"},
    "compare.row.isolation": {"en": "Isolation", "ja": "分離性"},
    "compare.row.use": {"en": "Typical use", "ja": "適用例"},
    "compare.cell.layer.vm": {"en": "the hardware, through a hypervisor", "ja": "ハードウェア (ハイパーバイザー経由)"},
    "compare.cell.layer.container": {"en": "the OS, through a container engine", "ja": "OS (コンテナエンジン経由)"},
    "compare.cell.os.vm": {"en": "each VM runs an OS of its own", "ja": "VM ごとに独立した OS"},
    "compare.cell.os.container": {"en": "all share the host's OS", "ja": "ホストの OS を共有"},
    "compare.cell.startup.vm": {"en": "minutes: a whole OS boots", "ja": "分単位: OS 全体が起動する"},
    "compare.cell.startup.container": {"en": "seconds: a light process starts", "ja": "秒単位: 軽いプロセスが起動する"},
    "compare.cell.efficiency.vm": {"en": "heavy: an OS in every copy", "ja": "重い: コピーごとに OS"},
    "compare.cell.efficiency.container": {"en": "light: one kernel for all", "ja": "軽い: カーネルは 1 つ"},
    "compare.cell.isolation.vm": {
        "en": "high: strongly separate, though not completely (the article: fully)",
        "ja": "高い: 強く分離されるが、完全ではない (記事では「完全に独立」)",
    },
    "compare.cell.isolation.container": {
        "en": "medium: rests on the host's kernel and the fences it keeps",
        "ja": "中程度: ホストのカーネルと、それが設ける囲い次第",
    },
    "compare.cell.use.vm": {
        "en": "mixing Windows and Linux; strict separation",
        "ja": "Windows と Linux の混在、厳格な独立",
    },
    "compare.cell.use.container": {
        "en": "microservices; cloud-native applications",
        "ja": "マイクロサービス、クラウドネイティブなアプリ",
    },
    # evidence, per row (HTML)
    "compare.evidence.layer": {
        "en": "A VM's illusion plays the part of the <b>{vm_layer}</b> (made by the {vm_liar}); a container's "
        "plays the part of the <b>{container_layer}</b> (the {container_liar} asks the kernel). "
        "Each VM brings {vm_brings}; each container brings {container_brings}.",
        "ja": "VM の錯覚は<b>{vm_layer}</b>の役を演じる (錯覚を作るのは{vm_liar})。コンテナの錯覚は"
        "<b>{container_layer}</b>の役 ({container_liar}がカーネルに頼む)。VM はそれぞれ {vm_brings} を、"
        "コンテナは {container_brings} を持ち込む。",
    },
    "compare.evidence.os": {
        "en": "A VM's guest OS holds about <b>{vm_os}</b> of memory once booted (an idle Ubuntu cloud image, "
        "measured), in every VM, and each VM is configured with at least {vm_min}. A microVM's minimal "
        "guest holds about {microvm_os}. A container brings no OS kernel at all: it runs on the host's.",
        "ja": "VM のゲストOS は起動後に約 <b>{vm_os}</b> のメモリを使う (アイドル状態の Ubuntu クラウドイメージの実測)。"
        "それが VM の数だけ要り、VM には最低 {vm_min} を割り当てる。microVM の最小限のゲストは約 {microvm_os}。"
        "コンテナは OS のカーネルを持ち込まず、ホストのものの上で動く。",
    },
    "compare.evidence.startup": {
        "en": "From being requested to a command having run: a stock VM <b>{vm}</b>, a container <b>{container}</b> "
        "(docker run, SSD to HDD). A Firecracker microVM reaches its own init in <b>{microvm}</b>, a ceiling and "
        "a different end point. Seconds rather than minutes for the VM, about a second or less for the container.",
        "ja": "要求からコマンドが動くまで: 素の VM は <b>{vm}</b>、コンテナは <b>{container}</b> (docker run、SSD から HDD)。"
        "Firecracker の microVM は自身の init まで <b>{microvm}</b> (上限で終点が異なる)。VM は分でなく秒、"
        "コンテナは 1 秒前後以下。",
    },
    "compare.evidence.efficiency": {
        "en": "For the essay's service ({app} + {libs} of libraries) on a {ram}, {cores}-core host, counted as "
        "OpenStack's scheduler counts by default (each VM's whole configured memory, {ratio} vCPUs per core): "
        "a VM is given <b>{vm_each}</b> (it holds {vm_holds}), {vm_own} of it beyond the service; a microVM "
        "<b>{microvm_each}</b> ({microvm_own} beyond the service); a container <b>{container_each}</b> "
        "({container_own} beyond it). {vm_fits} VMs fit, {container_fits} containers. Chapter 2 lets you "
        "move both rules.",
        "ja": "本稿のサービス (アプリ {app} + ライブラリ {libs}) を {ram}・{cores} コアのホストに、OpenStack のスケジューラの"
        "既定どおり (VM は割り当てたメモリ全量、1 コアあたり vCPU {ratio} 個) で数えると: VM は 1 個 <b>{vm_each}</b>"
        " (実際に使うのは {vm_holds})、うちサービス以外の分 {vm_own}。microVM は <b>{microvm_each}</b> (サービス以外"
        " {microvm_own})。コンテナは <b>{container_each}</b> (サービス以外 {container_own})。VM は {vm_fits} 個、"
        "コンテナは {container_fits} 個入る。第2章でどちらの前提も動かせる。",
    },
    "compare.evidence.isolation": {
        "en": "Both sides counted the same way, in the same year: doors into code on the host. A container calls the "
        "host's kernel through <b>{syscalls}</b> x86-64 system calls, every one a door into the one kernel all "
        "containers share (a seccomp filter can shut some). gVisor puts a kernel of its own in between and "
        "answers {gvisor} of its {gvisor_table} listed calls itself. A Firecracker microVM's guest reaches "
        "<b>{devices}</b> emulated devices: those the Firecracker process emulates, plus the interrupt "
        "controllers and timer that KVM emulates inside the host kernel (the FAQ's shorter list names "
        "{devices_now}). The Firecracker process itself may make only {seccomp} system calls (read in a summary). Strong walls, "
        "but not complete ones: a device-emulation bug (VENOM) and CPU side channels (L1TF, MDS) have crossed "
        "them.",
        "ja": "両側を同じ年に、同じ数え方で数える: ホスト上のコードへの入口の数。コンテナはホストのカーネルを x86-64 の "
        "<b>{syscalls}</b> 個のシステムコールで呼ぶ。その一つひとつが、全コンテナが共有する 1 つのカーネルへの入口"
        " (seccomp のフィルタで一部は閉じられる)。gVisor は間に自前のカーネルを置き、一覧にある {gvisor_table} 個の"
        "うち {gvisor} 個を自分で処理する。Firecracker の microVM のゲストが触れられるのは、エミュレートされた "
        "<b>{devices}</b> 個のデバイス: Firecracker のプロセスがエミュレートするものと、KVM がホストのカーネル内で"
        "エミュレートする割り込みコントローラとタイマー (FAQ の短い一覧では {devices_now} 個)。Firecracker の"
        "プロセス自体が使えるシステムコールも {seccomp} 個に絞られる (要約で確認)。壁は強いが、完全ではない: デバイスの"
        "エミュレーションのバグ (VENOM) や CPU のサイドチャネル (L1TF、MDS) が壁を越えたことがある。",
    },
    "compare.evidence.use": {
        "en": "A VM brings its own kernel, so its guest can be Windows on a Linux host, or an older Linux. "
        "A container brings none, so it must be a program for the host's kernel. Where the kernel can be "
        "shared, containers' light weight and quick start suit many small services.",
        "ja": "VM は自分のカーネルを持ち込むので、Linux ホストの上で Windows や古い Linux も動く。コンテナはカーネルを"
        "持ち込まないので、ホストのカーネル向けのプログラムでなければならない。カーネルを共有できるなら、"
        "軽くて速く起動するコンテナは小さなサービスの群れに向く。",
    },
    "compare.layer.hardware": {"en": "hardware", "ja": "ハードウェア"},
    "compare.brought.hardware": {"en": "virtual hardware", "ja": "仮想ハードウェア"},
    "compare.brought.os": {"en": "an OS", "ja": "OS"},
    "compare.brought.middleware": {"en": "middleware", "ja": "ミドルウェア"},
    "compare.brought.app": {"en": "the application", "ja": "アプリ"},
    "compare.layer.os": {"en": "OS", "ja": "OS"},
    "compare.layer.middleware": {"en": "middleware", "ja": "ミドルウェア"},
    "compare.layer.app": {"en": "application", "ja": "アプリ"},
    "compare.liar.hypervisor": {"en": "hypervisor", "ja": "ハイパーバイザー"},
    "compare.liar.engine": {"en": "container engine", "ja": "コンテナエンジン"},
    "compare.sep": {"en": ", ", "ja": "・"},
    "compare.and": {"en": " and ", "ja": "・"},
    "compare.none": {"en": "none", "ja": "なし"},
    # figure
    "compare.figure.title": {"en": "The evidence behind the table (log scales)", "ja": "表の裏付け (対数目盛)"},
    "compare.axis.memory": {
        "en": "Memory set aside per instance (light: in all; solid: beyond the service)",
        "ja": "インスタンス 1 個に確保するメモリ (薄い色: 全体、濃い色: サービス以外の分)",
    },
    "compare.axis.startup": {
        "en": "Start-up: from asking to the application running",
        "ja": "起動: 要求からアプリが動くまで",
    },
    "compare.axis.surface": {
        "en": "Doors into code on the host, counted in the same year: system calls, or emulated devices",
        "ja": "ホスト上のコードへの入口 (同じ年に数えたもの): システムコール、またはエミュレートされたデバイス",
    },
    "compare.memory.text": {"en": "{each} · beyond the service {own}", "ja": "{each}・サービス以外 {own}"},
    "compare.memory.hover": {
        "en": "{platform}: {each} set aside per instance<br>beyond the service: {own}<br>{fits} fit on the default host<br>grades: {grades}",
        "ja": "{platform}: 1 個あたり {each} を確保<br>サービス以外の分: {own}<br>既定のホストに {fits} 個<br>確度: {grades}",
    },
    "compare.surface.container": {"en": "container: shared kernel", "ja": "コンテナ: 共有カーネル"},
    "compare.surface.gvisor": {"en": "gVisor: its own kernel", "ja": "gVisor: 自前のカーネル"},
    "compare.surface.microvm": {"en": "microVM: Firecracker + KVM", "ja": "microVM: Firecracker + KVM"},
    "compare.surface.container.text": {"en": "{n} system calls", "ja": "システムコール {n} 個"},
    "compare.surface.gvisor.text": {"en": "{n} of {listed} system calls", "ja": "システムコール {listed} 個中 {n} 個"},
    "compare.surface.microvm.text": {"en": "{n} emulated devices", "ja": "エミュレートされたデバイス {n} 個"},
    "compare.surface.container.hover": {
        "en": "Linux x86-64 ({year}): {n} system calls, all into the one kernel every container shares",
        "ja": "Linux x86-64 ({year} 年): システムコール {n} 個。すべて全コンテナ共有の 1 つのカーネルへ",
    },
    "compare.surface.gvisor.hover": {
        "en": "gVisor's amd64 table: {n} of {listed} system calls implemented, answered by gVisor's own kernel in user space, not by the host's",
        "ja": "gVisor の amd64 の表: {listed} 個中 {n} 個を実装。ホストではなく gVisor 自前のユーザー空間カーネルが処理する",
    },
    "compare.surface.microvm.hover": {
        "en": "Firecracker and KVM ({year}): {n} emulated devices, {own} in the Firecracker process and {kvm} in KVM inside the host kernel",
        "ja": "Firecracker と KVM ({year} 年): エミュレートされたデバイス {n} 個 (Firecracker のプロセスに {own} 個、ホストのカーネル内の KVM に {kvm} 個)",
    },
    # controls
    "compare.picker": {"en": "Row", "ja": "項目"},
}
