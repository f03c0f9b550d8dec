"""Strings of chapter 7: the namespace and cgroups timeline, and the live machine panel."""

TEXT: dict[str, dict[str, str]] = {
    # --- the timeline figure ------------------------------------------------
    "kernel.title": {
        "en": "The shared kernel grew its walls slowly: {count} namespace types, {first} to {last}, and cgroups",
        "ja": "共有カーネルの「壁」は少しずつ増えた: {count} 種類の名前空間 ({first}〜{last}年) と cgroups",
    },
    "kernel.axis.year": {"en": "Year of the Linux release that brought it", "ja": "それを入れた Linux のリリース年"},
    "kernel.label": {"en": "Linux {version}", "ja": "Linux {version}"},
    "kernel.label.user": {
        "en": "Linux {version} (first pieces {first})",
        "ja": "Linux {version} (最初の部分は {first})",
    },
    "kernel.hover": {
        "en": "<b>{name}</b><br>isolates: {what}<br>Linux {version}, released {year}<br>grade: {grade}",
        "ja": "<b>{name}</b><br>分離するもの: {what}<br>Linux {version} ({year}年リリース)<br>確度: {grade}",
    },
    "kernel.hover.user_first": {
        "en": "user namespace: first pieces<br>Linux {version}, released {year}<br>grade: {grade}",
        "ja": "ユーザー名前空間: 最初の部分<br>Linux {version} ({year}年リリース)<br>確度: {grade}",
    },
    # namespace types: name, what it isolates (`namespaces(7)`), the row's tick label
    "kernel.ns.mnt": {"en": "mount namespace (mnt)", "ja": "マウント名前空間 (mnt)"},
    "kernel.ns.mnt.what": {
        "en": "mount points: which file systems a process sees, and where",
        "ja": "マウントポイント: どのファイルシステムがどこに見えるか",
    },
    "kernel.ns.mnt.tick": {"en": "mnt · mount points", "ja": "mnt · マウントポイント"},
    "kernel.ns.uts": {"en": "UTS namespace (uts)", "ja": "UTS 名前空間 (uts)"},
    "kernel.ns.uts.what": {"en": "the host name and NIS domain name", "ja": "ホスト名と NIS ドメイン名"},
    "kernel.ns.uts.tick": {"en": "uts · host name", "ja": "uts · ホスト名"},
    "kernel.ns.ipc": {"en": "IPC namespace (ipc)", "ja": "IPC 名前空間 (ipc)"},
    "kernel.ns.ipc.what": {
        "en": "System V IPC objects and POSIX message queues",
        "ja": "System V IPC と POSIX メッセージキュー",
    },
    "kernel.ns.ipc.tick": {"en": "ipc · message queues", "ja": "ipc · メッセージキュー"},
    "kernel.ns.pid": {"en": "PID namespace (pid)", "ja": "PID 名前空間 (pid)"},
    "kernel.ns.pid.what": {
        "en": "process IDs: a container's first process is its PID 1",
        "ja": "プロセス ID: コンテナ最初のプロセスが PID 1 になる",
    },
    "kernel.ns.pid.tick": {"en": "pid · process IDs", "ja": "pid · プロセス ID"},
    "kernel.ns.net": {"en": "network namespace (net)", "ja": "ネットワーク名前空間 (net)"},
    "kernel.ns.net.what": {
        "en": "network devices, addresses, routes, ports",
        "ja": "ネットワークデバイス、アドレス、経路、ポート",
    },
    "kernel.ns.net.tick": {"en": "net · network stack", "ja": "net · ネットワーク"},
    "kernel.ns.user": {"en": "user namespace (user)", "ja": "ユーザー名前空間 (user)"},
    "kernel.ns.user.what": {
        "en": "user and group IDs: root inside need not be root outside",
        "ja": "ユーザー ID とグループ ID: 中の root が外でも root とは限らない",
    },
    "kernel.ns.user.tick": {"en": "user · user and group IDs", "ja": "user · ユーザー/グループ ID"},
    "kernel.ns.cgroup": {"en": "cgroup namespace (cgroup)", "ja": "cgroup 名前空間 (cgroup)"},
    "kernel.ns.cgroup.what": {
        "en": "the cgroup root directory a process sees",
        "ja": "プロセスから見える cgroup のルートディレクトリ",
    },
    "kernel.ns.cgroup.tick": {"en": "cgroup · cgroup root", "ja": "cgroup · cgroup のルート"},
    "kernel.ns.time": {"en": "time namespace (time)", "ja": "時間名前空間 (time)"},
    "kernel.ns.time.what": {
        "en": "the boot-time and monotonic clocks",
        "ja": "起動時刻からのクロックと単調増加クロック",
    },
    "kernel.ns.time.tick": {"en": "time · clocks", "ja": "time · クロック"},
    # cgroups milestones
    "kernel.cg.v1": {"en": "cgroups version 1", "ja": "cgroups バージョン 1"},
    "kernel.cg.v1.what": {
        "en": "nothing: cgroups limit and count, they do not hide (first controllers: cpu, cpuacct, cpuset)",
        "ja": "なし: cgroups は隠さず、制限し数える (最初のコントローラ: cpu, cpuacct, cpuset)",
    },
    "kernel.cg.v1.tick": {"en": "cgroups v1 (limits)", "ja": "cgroups v1 (制限)"},
    "kernel.cg.memory": {"en": "cgroups v1 memory controller", "ja": "cgroups v1 メモリコントローラ"},
    "kernel.cg.memory.what": {
        "en": "nothing: it caps how much memory a group of processes may use",
        "ja": "なし: プロセスのグループが使えるメモリの上限を決める",
    },
    "kernel.cg.memory.tick": {"en": "memory controller", "ja": "メモリコントローラ"},
    "kernel.cg.v2": {"en": "cgroups version 2 (official)", "ja": "cgroups バージョン 2 (正式)"},
    "kernel.cg.v2.what": {
        "en": "nothing: one unified hierarchy replaces v1's many",
        "ja": "なし: v1 の複数の階層を一つの階層にまとめた",
    },
    "kernel.cg.v2.tick": {"en": "cgroups v2", "ja": "cgroups v2"},
    # --- the live machine panel ----------------------------------------------
    "panel.ask": {
        "en": "Before you look: where do you think this notebook is running?",
        "ja": "見る前に: このノートブックはどこで動いていると思いますか?",
    },
    "panel.guess.container": {"en": "in a container", "ja": "コンテナの中"},
    "panel.guess.vm": {"en": "in a virtual machine", "ja": "仮想マシンの中"},
    "panel.guess.bare-metal": {"en": "directly on a physical machine", "ja": "物理マシンの上で直接"},
    "panel.guess.unsure": {"en": "no idea", "ja": "見当がつかない"},
    "panel.guess.label": {"en": "My guess", "ja": "予想"},
    "panel.reveal": {"en": "Reveal", "ja": "答えを見る"},
    "panel.reveal.tip": {
        "en": "Read this machine's /proc and /sys and show what they say",
        "ja": "このマシンの /proc と /sys を読んで結果を表示する",
    },
    "panel.reread": {"en": "Read again", "ja": "もう一度読む"},
    "panel.reread.tip": {
        "en": "Read /proc and /sys again (the limits can change while you read)",
        "ja": "/proc と /sys を読み直す (読んでいる間に制限が変わることもある)",
    },
    "panel.you_guessed": {"en": "You guessed: {guess}.", "ja": "あなたの予想: {guess}。"},
    "panel.no_guess": {"en": "You did not guess; that is fine.", "ja": "予想はなし。それでも大丈夫です。"},
    "panel.verdict.container": {
        "en": "You are reading this inside a container.",
        "ja": "あなたはコンテナの中でこれを読んでいます。",
    },
    "panel.verdict.container-weak": {
        "en": "You are probably inside a container, but the only sign is /.dockerenv, a file some container engines leave in a container's root directory. It can also be a leftover.",
        "ja": "おそらくコンテナの中です。ただし手がかりは /.dockerenv だけです。これは一部のコンテナエンジンがコンテナのルートに置くファイルで、消し忘れの残骸のこともあります。",
    },
    "panel.verdict.vm": {
        "en": "You are reading this on a virtual machine.",
        "ja": "あなたは仮想マシンの上でこれを読んでいます。",
    },
    "panel.verdict.bare-metal": {
        "en": "You are reading this directly on a physical machine: no container, no hypervisor in sight.",
        "ja": "あなたは物理マシンの上で直接これを読んでいます。コンテナもハイパーバイザーも見当たりません。",
    },
    "panel.verdict.unknown": {
        "en": "The files this panel can read do not settle where you are.",
        "ja": "このパネルが読めるファイルだけでは、どこで動いているか決められません。",
    },
    "panel.verdict.sandbox": {
        "en": "This copy of the essay runs its Python inside your browser (Pyodide, in WebAssembly), not on a machine of its own. The browser's sandbox shows Python no /proc or /sys of your computer (what it finds there is a stand-in), so this panel cannot tell whether you are in a container, a VM or on a physical machine. That is no error: it is the sandbox doing its job.",
        "ja": "この版のエッセイは Python を専用のマシンではなく、ブラウザの中 (Pyodide、WebAssembly) で動かしています。ブラウザのサンドボックスは、あなたのコンピュータの /proc や /sys を Python に見せません (そこにあるのは代わりの入れ物です)。そのため、このパネルにはコンテナか VM か物理マシンかを判定できません。エラーではなく、サンドボックスが役目を果たしているのです。",
    },
    "panel.verdict.unsupported": {
        "en": "This computer has no /proc, so it is not running Linux (macOS or Windows, perhaps). Namespaces and cgroups are Linux features; the panel cannot see them here, and that is no error.",
        "ja": "このコンピュータには /proc がありません。Linux ではないようです (macOS か Windows でしょうか)。名前空間と cgroups は Linux の機能なので、ここでは見えません。エラーではありません。",
    },
    "panel.kind.container": {"en": "a container", "ja": "コンテナ"},
    "panel.kind.container-weak": {"en": "probably a container", "ja": "おそらくコンテナ"},
    "panel.kind.vm": {"en": "a virtual machine", "ja": "仮想マシン"},
    "panel.kind.bare-metal": {"en": "a physical machine", "ja": "物理マシン"},
    "panel.kind.unknown": {"en": "not settled", "ja": "判定できず"},
    "panel.says": {"en": "The evidence says: {kind}.", "ja": "手がかりの示す答え: {kind}。"},
    "panel.under.named": {
        "en": "Under it, the machine itself is a virtual machine ({hypervisor}).",
        "ja": "その下のマシン自体も仮想マシンです ({hypervisor})。",
    },
    "panel.under.unnamed": {
        "en": "Under it, the CPU says it runs on a hypervisor: the machine itself is a virtual machine.",
        "ja": "その下では CPU がハイパーバイザー上で動いていると言っています。マシン自体が仮想マシンです。",
    },
    "panel.weak.vm": {
        "en": "The CPU also says it runs on a hypervisor, so this may simply be a virtual machine where that file was left behind.",
        "ja": "CPU はハイパーバイザー上で動いているとも言っています。ファイルが残っているだけの仮想マシンかもしれません。",
    },
    "panel.under.common": {
        "en": "That is the usual arrangement: Docker Desktop on macOS and Windows runs its containers inside a Linux VM, and clouds run containers inside VMs.",
        "ja": "これはよくある形です。macOS と Windows の Docker Desktop はコンテナを Linux の VM の中で動かし、クラウドもコンテナを VM の中で動かします。",
    },
    "panel.vm.named": {"en": "The hypervisor: {hypervisor}.", "ja": "ハイパーバイザー: {hypervisor}。"},
    "panel.vm.unnamed": {
        "en": "The CPU says so, but nothing here names the hypervisor.",
        "ja": "CPU はそう言っていますが、ハイパーバイザーの名前はここからは分かりません。",
    },
    "panel.heading": {"en": "{name}:", "ja": "{name}:"},
    "panel.join": {"en": "{a} {b}", "ja": "{a}{b}"},
    "panel.memory": {"en": "Memory", "ja": "メモリ"},
    "panel.memory.total": {"en": "The kernel reports {total} of RAM.", "ja": "カーネルが報告するメモリは {total}。"},
    "panel.memory.limit": {
        "en": "Your cgroup may use at most {limit}: {share} of that.",
        "ja": "あなたの cgroup が使えるのは最大 {limit}、その {share} です。",
    },
    "panel.memory.limit_over": {
        "en": "Your cgroup's limit, {limit}, is more than the machine has: in practice, no limit.",
        "ja": "cgroup の上限 {limit} はマシンのメモリより大きく、実質的に制限なしです。",
    },
    "panel.memory.no_limit": {
        "en": "No cgroup memory limit: as far as cgroups go, your processes may use all of it.",
        "ja": "cgroup のメモリ上限はありません。cgroups の上では全部使えます。",
    },
    "panel.memory.unknown": {
        "en": "The kernel's memory total could not be read.",
        "ja": "カーネルのメモリ総量を読めませんでした。",
    },
    "panel.bar.total": {"en": "reported by the kernel", "ja": "カーネルの報告"},
    "panel.bar.limit": {"en": "cgroup limit", "ja": "cgroup の上限"},
    "panel.cpu": {"en": "CPUs", "ja": "CPU"},
    "panel.cpu.total": {"en": "The kernel reports {count} CPUs.", "ja": "カーネルが報告する CPU は {count} 個。"},
    "panel.cpu.quota": {
        "en": "Your CPU quota: {quota} CPUs' worth of time, {share} of them.",
        "ja": "あなたの CPU クォータ: CPU {quota} 個分の時間 ({share})。",
    },
    "panel.cpu.no_quota": {
        "en": "No CPU quota: your processes may keep every CPU busy.",
        "ja": "CPU クォータはありません。全 CPU を使い切れます。",
    },
    "panel.cpu.unknown": {"en": "The number of CPUs could not be read.", "ja": "CPU の数を読めませんでした。"},
    "panel.cgroups": {"en": "cgroups", "ja": "cgroups"},
    "panel.cgroups.version": {
        "en": "This machine uses cgroups version {version}.",
        "ja": "このマシンは cgroups バージョン {version} を使っています。",
    },
    "panel.cgroups.unknown": {
        "en": "The cgroups version could not be told.",
        "ja": "cgroups のバージョンは分かりませんでした。",
    },
    "panel.ns": {"en": "Namespaces", "ja": "名前空間"},
    "panel.ns.list": {
        "en": "This process belongs to {count} namespaces, one of each type it can see (`namespaces(7)` lists {known}): {names}.",
        "ja": "このプロセスは {count} 個の名前空間に属しています (種類ごとに一つ。`namespaces(7)` には {known} 種類): {names}。",
    },
    "panel.ns.none": {
        "en": "The namespaces of this process could not be listed.",
        "ja": "このプロセスの名前空間は一覧できませんでした。",
    },
    "panel.ns.own_pid": {
        "en": "Its PID namespace is not the host's first one: its process IDs are its own.",
        "ja": "PID 名前空間はホスト最初のものではありません。プロセス ID はこの中だけのものです。",
    },
    "panel.ns.host_pid": {
        "en": "Its PID namespace is the host's first one: it sees the host's own process IDs.",
        "ja": "PID 名前空間はホスト最初のものです。ホストのプロセス ID がそのまま見えます。",
    },
    "panel.ns.ids": {"en": "namespace IDs", "ja": "名前空間の ID"},
    # what holds the process besides namespaces and cgroups
    "panel.priv": {"en": "Privileges and filters", "ja": "権限とフィルタ"},
    "panel.priv.intro": {
        "en": "Namespaces and cgroups are not the only fences; the kernel also checks these.",
        "ja": "囲いは名前空間と cgroups だけではありません。カーネルはこれらも確かめます。",
    },
    "panel.caps.full": {
        "en": "Capabilities: this process holds all {known} capabilities the kernel defines, root's full set. Nothing has been dropped.",
        "ja": "ケーパビリティ: このプロセスはカーネルが定める {known} 個すべてを持っています (root の全権限)。何も外されていません。",
    },
    "panel.caps.docker-default": {
        "en": "Capabilities: this process holds {count} of the kernel's {known}, exactly the {docker} that Docker leaves a container's root by default. The rest, such as loading kernel modules, most mounting and setting the clock, are dropped.",
        "ja": "ケーパビリティ: カーネルの {known} 個のうち {count} 個。Docker が既定でコンテナの root に残す {docker} 個とちょうど同じです。カーネルモジュールの読み込み、ほとんどのマウント、時計の設定などは外されています。",
    },
    "panel.caps.some": {
        "en": "Capabilities: this process holds {count} of the kernel's {known}; the others have been dropped. (Docker's default leaves {docker}.)",
        "ja": "ケーパビリティ: カーネルの {known} 個のうち {count} 個を持ち、残りは外されています (Docker の既定では {docker} 個)。",
    },
    "panel.caps.none": {
        "en": "Capabilities: none of the kernel's {known}. An ordinary unprivileged process: it cannot mount file systems, load kernel modules or set the clock. (Docker leaves a container's root {docker}.)",
        "ja": "ケーパビリティ: カーネルの {known} 個のうち 1 つもありません。普通の非特権プロセスで、マウントもカーネルモジュールの読み込みも時計の設定もできません (Docker はコンテナの root に {docker} 個残します)。",
    },
    "panel.caps.unavailable": {
        "en": "Capabilities: not available here (no `CapEff` line in `/proc/self/status`).",
        "ja": "ケーパビリティ: ここでは読めません (`/proc/self/status` に `CapEff` の行がない)。",
    },
    "panel.caps.names": {"en": "effective capabilities", "ja": "有効なケーパビリティ"},
    "panel.seccomp.disabled": {
        "en": "Seccomp: off (mode 0). Every system call this process makes reaches the kernel unfiltered.",
        "ja": "seccomp: オフ (モード 0)。このプロセスのシステムコールはすべて、ふるいにかけられずにカーネルへ届きます。",
    },
    "panel.seccomp.strict": {
        "en": "Seccomp: strict (mode 1). Only read, write, _exit and sigreturn are allowed.",
        "ja": "seccomp: strict (モード 1)。read、write、_exit、sigreturn だけが許されます。",
    },
    "panel.seccomp.filter": {
        "en": "Seccomp: a filter (mode 2; filters installed: {filters}) decides which system calls get through to the kernel. Docker's default profile, for one, shuts around {blocked}.",
        "ja": "seccomp: フィルタ (モード 2、入っているフィルタ: {filters} 個) が、どのシステムコールをカーネルへ通すかを決めます。たとえば Docker の既定のプロファイルは約 {blocked} 個を閉じます。",
    },
    "panel.seccomp.unavailable": {"en": "Seccomp: not available here.", "ja": "seccomp: ここでは読めません。"},
    "panel.nnp.set": {
        "en": "`no_new_privs` is set: nothing this process starts can gain privileges, not even a `setuid` program.",
        "ja": "`no_new_privs` が立っています。このプロセスから起動するものは、`setuid` プログラムでも権限を増やせません。",
    },
    "panel.nnp.unset": {
        "en": "`no_new_privs` is not set: a `setuid` program started from here could still gain privileges.",
        "ja": "`no_new_privs` は立っていません。ここから起動した `setuid` プログラムは権限を増やせます。",
    },
    "panel.lsm.label": {
        "en": "Security module: {label}, an AppArmor profile or SELinux context that confines this process.",
        "ja": "セキュリティモジュール: {label}。このプロセスを閉じ込める AppArmor のプロファイルか SELinux のコンテキストです。",
    },
    "panel.lsm.none": {
        "en": "Security module: no AppArmor profile or SELinux context shows for this process (or none is readable here).",
        "ja": "セキュリティモジュール: このプロセスには AppArmor のプロファイルも SELinux のコンテキストも見えません (またはここでは読めません)。",
    },
    # what a guest sees of its virtual hardware
    "panel.hw": {"en": "Virtual hardware", "ja": "仮想ハードウェア"},
    "panel.hw.flag.set": {
        "en": "The CPU's `hypervisor` bit is set: the CPU itself tells this kernel that it runs on a hypervisor. A guest is normally told, not fooled.",
        "ja": "CPU の `hypervisor` ビットが立っています。CPU 自身が、ハイパーバイザーの上で動いているとカーネルに伝えています。ゲストは普通、だまされるのではなく知らされています。",
    },
    "panel.hw.flag.unset": {
        "en": "The CPU's `hypervisor` bit is not set: no hypervisor has announced itself to this kernel.",
        "ja": "CPU の `hypervisor` ビットは立っていません。ハイパーバイザーはこのカーネルに名乗り出ていません。",
    },
    "panel.hw.flag.unavailable": {
        "en": "The CPU's `hypervisor` bit: not available here (no `flags` line in `/proc/cpuinfo`).",
        "ja": "CPU の `hypervisor` ビット: ここでは読めません (`/proc/cpuinfo` に `flags` の行がない)。",
    },
    "panel.hw.virtio.some": {
        "en": "{count} virtio devices: {names}. Virtio devices are not imitations of real hardware but interfaces made for guests that know they are virtual.",
        "ja": "virtio デバイスが {count} 個: {names}。virtio は実在のハードウェアの模倣ではなく、自分が仮想だと知っているゲストのための入口です。",
    },
    "panel.hw.virtio.none": {"en": "No virtio devices.", "ja": "virtio デバイスはありません。"},
    "panel.hw.virtio.unavailable": {
        "en": "Virtio devices: not available here.",
        "ja": "virtio デバイス: ここでは読めません。",
    },
    "panel.evidence": {"en": "What the panel found", "ja": "パネルが見つけた手がかり"},
    "panel.evidence.none": {
        "en": "no sign of a container or a hypervisor",
        "ja": "コンテナやハイパーバイザーの手がかりなし",
    },
    # one per code of widgets.probes.machine.EVIDENCE_CODES, with its values as placeholders
    "panel.ev.dockerenv": {
        "en": "/.dockerenv exists: a file Docker and some other engines leave in a container",
        "ja": "/.dockerenv がある: Docker などがコンテナ内に置くファイル",
    },
    "panel.ev.containerenv": {
        "en": "/run/.containerenv exists: a file Podman leaves in its containers",
        "ja": "/run/.containerenv がある: Podman がコンテナ内に置くファイル",
    },
    "panel.ev.pid1_env": {
        "en": "the first process was started with {var}",
        "ja": "最初のプロセスが {var} 付きで起動されている",
    },
    "panel.ev.cgroup_marker": {
        "en": "{file} names a container runtime: {markers}",
        "ja": "{file} にコンテナランタイム名がある: {markers}",
    },
    "panel.ev.overlay": {
        "en": "the root file system is {fstype}, the layered file system of container images",
        "ja": "ルートファイルシステムが {fstype} (コンテナイメージの重ね合わせファイルシステム)",
    },
    "panel.ev.pid_ns": {
        "en": "the process is not in the host's first PID namespace",
        "ja": "プロセスがホスト最初の PID 名前空間にいない",
    },
    "panel.ev.hv_flag": {
        "en": "the CPU reports the `hypervisor` flag: it runs under a hypervisor",
        "ja": "CPU に `hypervisor` フラグがある: ハイパーバイザー上で動いている",
    },
    "panel.ev.no_hv_flag": {"en": "the CPU has no `hypervisor` flag", "ja": "CPU に `hypervisor` フラグがない"},
    "panel.ev.dmi": {"en": "the firmware names the machine: {desc}", "ja": "ファームウェアが示すマシン名: {desc}"},
    "panel.ev.hv_type": {"en": "/sys/hypervisor/type says {type}", "ja": "/sys/hypervisor/type の値: {type}"},
    "panel.notes": {"en": "What the panel could not read ({count})", "ja": "パネルが読めなかったもの ({count} 件)"},
    # one per code of widgets.probes.machine.NOTE_CODES, with its values as placeholders;
    # the panel sets paths and names in <code> itself
    "panel.note.unreadable": {"en": "{path} could not be read", "ja": "{path} を読めませんでした"},
    "panel.note.not_found": {"en": "{path} not found", "ja": "{path} が見つかりません"},
    "panel.note.permission_denied": {
        "en": "{path}: permission denied",
        "ja": "{path} を読む権限がありません",
    },
    "panel.note.is_directory": {
        "en": "{path} is a directory, not a file",
        "ja": "{path} はファイルではなくディレクトリです",
    },
    "panel.note.not_text": {"en": "{path} is not text", "ja": "{path} はテキストではありません"},
    "panel.note.read_error": {
        "en": "{path} could not be read ({reason})",
        "ja": "{path} を読めませんでした ({reason})",
    },
    "panel.note.not_listed": {
        "en": "{path} could not be listed",
        "ja": "{path} の中身を一覧できませんでした",
    },
    "panel.note.not_understood": {
        "en": "{path} not understood",
        "ja": "{path} の内容を解釈できませんでした",
    },
    "panel.note.field_not_understood": {
        "en": "{path}: {field} not understood",
        "ja": "{path} の {field} を解釈できませんでした",
    },
    "panel.note.no_field": {"en": "no {field} line in {path}", "ja": "{path} に {field} の行がありません"},
    "panel.note.cgroup_version_unknown": {
        "en": "cgroup version unknown",
        "ja": "cgroup のバージョンが分かりません",
    },
    "panel.note.no_v1_controller": {
        "en": "no cgroup v1 {controller} controller mounted",
        "ja": "cgroup v1 の {controller} コントローラがマウントされていません",
    },
    "panel.note.limit_not_found": {
        "en": "{file} not found under {path}",
        "ja": "{path} の下に {file} が見つかりません",
    },
    "panel.note.no_dmi_vendor": {
        "en": "no DMI vendor to name the hypervisor",
        "ja": "ハイパーバイザーの名前を示す DMI のベンダー情報がありません",
    },
}
