"""Strings of chapter 4: the comparison table, its evidence figure and the row picker.

The table's cells are the essay's own short wording of the article's table
(its section 3), not a translation of it.
"""

TEXT: dict[str, dict[str, str]] = {
    # units and marks
    "compare.grades": {"en": "grade {grades}", "ja": "確度 {grades}"},
    "compare.unconfirmed_mark": {"en": "(C: partly unconfirmed)", "ja": "(C: 一部未確認)"},
    # the table
    "compare.head.row": {"en": "Row", "ja": "項目"},
    "compare.head.vm": {"en": "VM", "ja": "VM"},
    "compare.head.container": {"en": "Container", "ja": "コンテナ"},
    "compare.row.layer": {"en": "Layer virtualized", "ja": "仮想化する層"},
    "compare.row.os": {"en": "Operating system", "ja": "OS"},
    "compare.row.startup": {"en": "Start-up time", "ja": "起動時間"},
    "compare.row.efficiency": {"en": "Resource efficiency", "ja": "リソース効率"},
    "compare.row.isolation": {"en": "Isolation", "ja": "分離性"},
    "compare.row.use": {"en": "Typical use", "ja": "主な用途"},
    "compare.cell.layer.vm": {"en": "the hardware, through a hypervisor", "ja": "ハードウェア (ハイパーバイザー経由)"},
    "compare.cell.layer.container": {"en": "the OS, through a container engine", "ja": "OS (コンテナエンジン経由)"},
    "compare.cell.os.vm": {"en": "each VM runs an OS of its own", "ja": "VM ごとに独立した OS"},
    "compare.cell.os.container": {"en": "all share the host's OS", "ja": "ホストの OS を共有"},
    "compare.cell.startup.vm": {"en": "minutes: a whole OS boots", "ja": "分単位: OS 全体が起動する"},
    "compare.cell.startup.container": {"en": "seconds: a light process starts", "ja": "秒単位: 軽いプロセスが起動する"},
    "compare.cell.efficiency.vm": {"en": "heavy: an OS in every copy", "ja": "重い: コピーごとに OS"},
    "compare.cell.efficiency.container": {"en": "light: one kernel for all", "ja": "軽い: カーネルは 1 つ"},
    "compare.cell.isolation.vm": {"en": "high: fully separate", "ja": "高い: 完全に独立"},
    "compare.cell.isolation.container": {"en": "medium: rests on the host's OS", "ja": "中程度: ホスト OS 次第"},
    "compare.cell.use.vm": {"en": "mixing Windows and Linux; strict separation", "ja": "Windows と Linux の混在、厳格な独立"},
    "compare.cell.use.container": {"en": "microservices; cloud-native applications",
                                   "ja": "マイクロサービス、クラウドネイティブなアプリ"},
    # evidence, per row (HTML)
    "compare.evidence.layer": {
        "en": "A VM's illusion plays the part of the <b>{vm_layer}</b> (the liar is the {vm_liar}); a container's "
              "plays the part of the <b>{container_layer}</b> (the {container_liar} asks the kernel). "
              "Each VM brings {vm_brings}; each container brings {container_brings}.",
        "ja": "VM の錯覚は<b>{vm_layer}</b>の役を演じる (錯覚を作るのは{vm_liar})。コンテナの錯覚は"
              "<b>{container_layer}</b>の役 ({container_liar}がカーネルに頼む)。VM はそれぞれ {vm_brings} を、"
              "コンテナは {container_brings} を持ち込む。"},
    "compare.evidence.os": {
        "en": "A VM's guest OS needs at least <b>{vm_os}</b> of memory (Ubuntu's cloud image), in every VM. "
              "A microVM's minimal guest needs about {microvm_os}. A container brings no OS "
              "kernel at all: it runs on the host's.",
        "ja": "VM のゲストOS は最低 <b>{vm_os}</b> のメモリを使う (Ubuntu のクラウドイメージ)。それが VM の数だけ要る。"
              "microVM の最小限のゲストは約 {microvm_os}。コンテナは OS のカーネルを持ち込まず、ホストのものの上で動く。"},
    "compare.evidence.startup": {
        "en": "To a running application: a stock VM <b>{vm}</b> ({vm_grades}), a Firecracker microVM "
              "<b>{microvm}</b> ({microvm_grades}), a container about <b>{container}</b> ({container_grades}; "
              "derived from LightVM's abstract). Seconds rather than minutes for the VM, and well under a "
              "second for the container: the sourced figures move both of the article's words down a step.",
        "ja": "アプリが動くまで: 素の VM は <b>{vm}</b> ({vm_grades})、Firecracker の microVM は <b>{microvm}</b>"
              " ({microvm_grades})、コンテナは約 <b>{container}</b> ({container_grades}、LightVM 論文の要旨から導出)。"
              "VM は分でなく秒、コンテナは 1 秒を大きく下回る: 出典のある数値は記事の言葉をどちらも一段縮める。"},
    "compare.evidence.efficiency": {
        "en": "For the essay's service ({app} + {libs} of libraries) on the article's 64 GB, 16-core host: a VM "
              "takes <b>{vm_each}</b> each, {vm_own} of it the platform's own ({vm_mark}); a microVM "
              "<b>{microvm_each}</b> ({microvm_own} its own); a container <b>{container_each}</b> ({container_own} "
              "its own). {vm_fits} VMs fit, {container_fits} containers.",
        "ja": "本稿のサービス (アプリ {app} + ライブラリ {libs}) を記事の 64 GB・16 コアのホストに載せると: VM は 1 個"
              " <b>{vm_each}</b>、うち基盤の分 {vm_own} ({vm_mark})。microVM は <b>{microvm_each}</b> (基盤の分 {microvm_own})。"
              "コンテナは <b>{container_each}</b> (基盤の分 {container_own})。VM は {vm_fits} 個、コンテナは"
              " {container_fits} 個入る。"},
    "compare.evidence.isolation": {
        "en": "A container talks straight to the host's kernel: <b>{syscalls}</b> system calls on x86-64 "
              "(Linux 6.19), every one a door to the one kernel all containers share. gVisor puts a kernel of its "
              "own in between, answering {gvisor} of its {gvisor_table} listed calls itself. A Firecracker microVM "
              "sees only <b>{devices}</b> emulated devices ({devices_now} in the current FAQ), and the Firecracker "
              "process may make only {seccomp} system calls (S).",
        "ja": "コンテナはホストのカーネルと直接話す: x86-64 で <b>{syscalls}</b> 個のシステムコール (Linux 6.19)。"
              "その一つひとつが、全コンテナが共有する 1 つのカーネルへの入口。gVisor は間に自前のカーネルを置き、"
              "一覧にある {gvisor_table} 個のうち {gvisor} 個を自分で処理する。Firecracker の microVM から見えるのは"
              "エミュレートされた <b>{devices}</b> 個のデバイスだけ (現行の FAQ では {devices_now} 個)。Firecracker"
              " のプロセス自体が使えるシステムコールも {seccomp} 個に絞られる (S)。"},
    "compare.evidence.use": {
        "en": "A VM brings its own kernel, so its guest can be Windows on a Linux host, or an older Linux. "
              "A container brings none, so it must be a program for the host's kernel. Where the kernel can be "
              "shared, containers' light weight and quick start suit many small services.",
        "ja": "VM は自分のカーネルを持ち込むので、Linux ホストの上で Windows や古い Linux も動く。コンテナはカーネルを"
              "持ち込まないので、ホストのカーネル向けのプログラムでなければならない。カーネルを共有できるなら、"
              "軽くて速く起動するコンテナは小さなサービスの群れに向く。"},
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
    "compare.mark.c": {"en": "its hypervisor-process share is unconfirmed, C", "ja": "ハイパーバイザーのプロセス分は未確認 C"},
    # figure
    "compare.figure.title": {"en": "The evidence behind the table (log scales)", "ja": "表の裏付け (対数目盛)"},
    "compare.axis.memory": {"en": "Memory per instance (light: in all; solid: the platform's own)",
                            "ja": "インスタンス 1 個のメモリ (薄い色: 全体、濃い色: 基盤の分)"},
    "compare.axis.startup": {"en": "Start-up: from asking to the application running",
                             "ja": "起動: 要求からアプリが動くまで"},
    "compare.axis.surface": {"en": "The interface an instance talks to: system calls, or emulated devices",
                             "ja": "インスタンスが話しかける入口: システムコール、またはエミュレートされたデバイス"},
    "compare.memory.text": {"en": "{each} · platform {own}", "ja": "{each}・基盤 {own}"},
    "compare.memory.hover": {"en": "{platform}: {each} per instance<br>the platform's own: {own}<br>{fits} fit on the default host<br>grades: {grades}",
                             "ja": "{platform}: 1 個 {each}<br>基盤の分: {own}<br>既定のホストに {fits} 個<br>確度: {grades}"},
    "compare.startup.hover": {"en": "{platform}: {time}<br>{stages}", "ja": "{platform}: {time}<br>{stages}"},
    "compare.stage.firmware": {"en": "firmware and boot loader", "ja": "ファームウェアとブートローダー"},
    "compare.stage.guest_boot": {"en": "guest OS boot to a command", "ja": "ゲストOS の起動からコマンド実行まで"},
    "compare.stage.microvm_boot": {"en": "microVM to /sbin/init", "ja": "microVM が /sbin/init に至るまで"},
    "compare.stage.engine": {"en": "container engine start", "ja": "コンテナエンジンによる起動"},
    "compare.stage.process": {"en": "the process itself", "ja": "プロセス自体"},
    "compare.surface.container": {"en": "container: shared kernel", "ja": "コンテナ: 共有カーネル"},
    "compare.surface.gvisor": {"en": "gVisor: its own kernel", "ja": "gVisor: 自前のカーネル"},
    "compare.surface.microvm": {"en": "microVM: Firecracker", "ja": "microVM: Firecracker"},
    "compare.surface.container.text": {"en": "{n} system calls", "ja": "システムコール {n} 個"},
    "compare.surface.gvisor.text": {"en": "{n} of {listed} system calls", "ja": "システムコール {listed} 個中 {n} 個"},
    "compare.surface.microvm.text": {"en": "{n} emulated devices", "ja": "エミュレートされたデバイス {n} 個"},
    "compare.surface.container.hover": {"en": "Linux x86-64 ({year}): {n} system calls, all into the one kernel every container shares",
                                        "ja": "Linux x86-64 ({year} 年): システムコール {n} 個。すべて全コンテナ共有の 1 つのカーネルへ"},
    "compare.surface.gvisor.hover": {"en": "gVisor's amd64 table: {n} of {listed} system calls implemented, answered by gVisor's own kernel in user space, not by the host's",
                                     "ja": "gVisor の amd64 の表: {listed} 個中 {n} 個を実装。ホストではなく gVisor 自前のユーザー空間カーネルが処理する"},
    "compare.surface.microvm.hover": {"en": "Firecracker's FAQ ({year}): {n} emulated devices",
                                      "ja": "Firecracker の FAQ ({year} 年): エミュレートされたデバイス {n} 個"},
    # controls
    "compare.picker": {"en": "Row", "ja": "行"},
}
