"""Strings of chapter 8: the self-check quiz and the sources count."""

TEXT: dict[str, dict[str, str]] = {
    "summary.figures": {
        "en": "{count} figures in data/ ({rows} rows, counting each year of a series); by grade: {grades}",
        "ja": "data/ の数値は {count} 項目 (系列の各年を数えると {rows} 行)。確度別: {grades}",
    },
    "quiz.check": {"en": "Check", "ja": "答え合わせ"},
    "quiz.check.tip": {"en": "Check this answer", "ja": "この問題の答えを確かめる"},
    "quiz.pick_first": {"en": "Pick an answer first.", "ja": "先に答えを選んでください。"},
    "quiz.right": {"en": "Right.", "ja": "正解。"},
    "quiz.wrong": {"en": "Not quite.", "ja": "惜しい。"},
    "quiz.score": {
        "en": "Score: {right} of {total} right ({checked} checked).",
        "ja": "得点: {total} 問中 {right} 問正解 ({checked} 問答え合わせ済み)。",
    },
    "quiz.number": {"en": "Question {n} of {total}", "ja": "問 {n} / {total}"},
    "quiz.feedback": {"en": "{verdict} {why}", "ja": "{verdict}{why}"},
    # 1. where the illusion is made (chapters 1 and 2)
    "quiz.layer.prompt": {
        "en": "Where does a virtual machine make its illusion of a computer?",
        "ja": "仮想マシンは「コンピュータがある」という錯覚をどこで作っていますか?",
    },
    "quiz.layer.below": {
        "en": "Below the operating system: a hypervisor stands in for the hardware",
        "ja": "OS の下: ハイパーバイザーがハードウェアの代わりをする",
    },
    "quiz.layer.at": {
        "en": "At the operating system: one kernel keeps groups of processes apart",
        "ja": "OS の層: 一つのカーネルがプロセスのグループを分ける",
    },
    "quiz.layer.app": {
        "en": "Inside the application, which is written to share the machine",
        "ja": "アプリケーションの中: マシンを共有するように書かれている",
    },
    "quiz.layer.below.why": {
        "en": "The guest OS boots on virtual hardware and believes it owns the machine.",
        "ja": "ゲストOS は仮想ハードウェアの上で起動し、マシンを独り占めしていると思っています。",
    },
    "quiz.layer.at.why": {
        "en": "That is a container: the illusion is made at the OS, and the kernel is shared.",
        "ja": "それはコンテナです。錯覚は OS の層で作られ、カーネルは共有されます。",
    },
    "quiz.layer.app.why": {
        "en": "Neither approach asks the application to change; both fool it from below.",
        "ja": "どちらの方式もアプリを書き換えません。どちらも下の層からアプリをだまします。",
    },
    # 2. how many fit (chapter 2)
    "quiz.fit.prompt": {
        "en": "On a host with the author's {ram} and the {cores} cores the article calls common today, "
        "how many copies of chapter 2's small service fit, at the essay's defaults?",
        "ja": "筆者の PC と同じメモリ {ram}、記事が今では一般的とする {cores} コアのホストに、"
        "第2章の小さなサービスは本稿の既定の設定で何個入りますか?",
    },
    "quiz.fit.right": {
        "en": "{vm} as VMs, {container} as containers",
        "ja": "VM なら {vm} 個、コンテナなら {container} 個",
    },
    "quiz.fit.swapped": {
        "en": "{container} as VMs, {vm} as containers",
        "ja": "VM なら {container} 個、コンテナなら {vm} 個",
    },
    "quiz.fit.same": {
        "en": "{vm} either way: the host's size decides, not the platform",
        "ja": "どちらでも {vm} 個: 決めるのはホストの大きさで、方式ではない",
    },
    "quiz.fit.right.why": {
        "en": "Counted as OpenStack counts by default, each VM sets aside its whole configured {configured}, a guest OS of about {guest_os} included, so memory runs out at {vm}; a container sets aside only what its service holds.",
        "ja": "OpenStack の既定どおりに数えると、VM はそれぞれ割り当てた {configured} を丸ごと確保し (約 {guest_os} のゲストOS を含む)、{vm} 個でメモリが尽きます。コンテナが確保するのはサービスが使う分だけです。",
    },
    "quiz.fit.swapped.why": {
        "en": "The other way round: the VM is the heavy one, with a guest OS of about {guest_os} in every copy.",
        "ja": "逆です。重いのは VM で、どの VM にも約 {guest_os} のゲストOSが入っています。",
    },
    "quiz.fit.same.why": {
        "en": "The platform matters: every VM repeats a whole guest OS (about {guest_os}); a container repeats only libraries and the application.",
        "ja": "方式で変わります。VM は一つずつゲストOS (約 {guest_os}) を丸ごと持ち、コンテナはライブラリとアプリだけを持ちます。",
    },
    # 3. start-up (chapter 3)
    "quiz.start.prompt": {
        "en": "By the measurements in chapter 3, how long from asking for an instance to a command having run in it?",
        "ja": "第3章の測定値では、インスタンスを頼んでからその中でコマンドが動き終わるまでどのくらいかかりますか?",
    },
    "quiz.start.right": {
        "en": "{vm} for a stock VM, {container} for a container",
        "ja": "素の VM で {vm}、コンテナで {container}",
    },
    "quiz.start.swapped": {
        "en": "{container} for a stock VM, {vm} for a container",
        "ja": "素の VM で {container}、コンテナで {vm}",
    },
    "quiz.start.same": {
        "en": "About the same: both must start an operating system",
        "ja": "ほぼ同じ: どちらも OS を起動する必要がある",
    },
    "quiz.start.right.why": {
        "en": "A VM boots firmware and a whole guest OS first; a container is a process on a kernel that is already running: {times} times sooner, when the application itself starts at once.",
        "ja": "VM はまずファームウェアとゲストOS 全体を起動します。コンテナは既に動いているカーネルの上のプロセスなので、アプリ自身がすぐ起動するなら {times} 倍速く動き出します。",
    },
    "quiz.start.swapped.why": {
        "en": "The other way round: only the VM has an operating system to boot.",
        "ja": "逆です。起動すべき OS を持つのは VM だけです。",
    },
    "quiz.start.same.why": {
        "en": "A container boots no operating system: the host's kernel is already running.",
        "ja": "コンテナは OS を起動しません。ホストのカーネルはもう動いています。",
    },
    # 4. isolation (chapter 4)
    "quiz.isolation.prompt": {
        "en": 'Why does the article rate a container\'s isolation only "medium"?',
        "ja": "記事がコンテナの分離性を「中程度」としか評価しないのはなぜですか?",
    },
    "quiz.isolation.kernel": {
        "en": "Every container asks the same host kernel for everything, so a kernel flaw can reach them all",
        "ja": "どのコンテナも同じホストカーネルにすべてを頼むので、カーネルの欠陥が全コンテナに及びうる",
    },
    "quiz.isolation.memory": {
        "en": "Containers have no way to limit each other's memory",
        "ja": "コンテナにはお互いのメモリを制限する方法がない",
    },
    "quiz.isolation.none": {
        "en": "Containers see each other's files and processes",
        "ja": "コンテナ同士はお互いのファイルやプロセスが見える",
    },
    "quiz.isolation.kernel.why": {
        "en": "The system-call surface of chapter 4 is the wall between them, and it is the kernel's.",
        "ja": "第4章のシステムコールの面がコンテナ間の壁で、それはカーネルのものです。",
    },
    "quiz.isolation.memory.why": {
        "en": "They can: cgroups cap memory (the memory controller arrived in Linux {memory_version}, {memory_year}).",
        "ja": "できます。cgroups がメモリを制限します (メモリコントローラは Linux {memory_version}、{memory_year}年)。",
    },
    "quiz.isolation.none.why": {
        "en": "Mount and PID namespaces hide those; what is shared is the kernel underneath.",
        "ja": "マウント名前空間と PID 名前空間がそれらを隠します。共有されているのはその下のカーネルです。",
    },
    # 5. why virtualization became a necessity (chapters 5 and 6)
    "quiz.why.prompt": {
        "en": "Why did virtualization go from an option to a necessity?",
        "ja": "仮想化が「選択肢」から「必須」になったのはなぜですか?",
    },
    "quiz.why.growth": {
        "en": "Machines grew far beyond what one ordinary application needs",
        "ja": "マシンが、普通のアプリ一つに必要な量をはるかに超えて大きくなった",
    },
    "quiz.why.cost": {
        "en": "Hardware became too expensive to buy more of it",
        "ja": "ハードウェアが高くなりすぎて買い足せなくなった",
    },
    "quiz.why.bigger_apps": {
        "en": "Applications grew until each needed a whole server",
        "ja": "アプリが大きくなり、どれもサーバー丸ごとを必要とするようになった",
    },
    "quiz.why.growth.why": {
        "en": "One server, one application left most of each server idle; sharing it puts the rest to work.",
        "ja": "「1 サーバー 1 アプリ」ではサーバーの大半が遊んでいました。共有すれば残りも働きます。",
    },
    "quiz.why.cost.why": {
        "en": "The opposite: over the decades memory and cores got cheaper and more plentiful, and one application could not use them all.",
        "ja": "逆です。数十年でメモリもコアも安く豊富になり、一つのアプリでは使い切れなくなりました。",
    },
    "quiz.why.bigger_apps.why": {
        "en": "If every application filled a server there would be nothing left to share.",
        "ja": "どのアプリもサーバーを使い切るなら、共有する余りはありません。",
    },
    # 6. namespaces and cgroups (chapter 7)
    "quiz.limit.prompt": {
        "en": "Which kernel feature caps how much memory a container may use?",
        "ja": "コンテナが使えるメモリに上限をかけるカーネルの機能はどれですか?",
    },
    "quiz.limit.namespace": {"en": "A namespace", "ja": "名前空間"},
    "quiz.limit.cgroup": {"en": "A cgroup", "ja": "cgroup"},
    "quiz.limit.image": {"en": "The container image", "ja": "コンテナイメージ"},
    "quiz.limit.namespace.why": {
        "en": "Namespaces decide what a process can see, not how much it may use.",
        "ja": "名前空間が決めるのは何が見えるかで、どれだけ使えるかではありません。",
    },
    "quiz.limit.cgroup.why": {
        "en": "cgroups limit and count; their memory controller came in Linux {memory_version} ({memory_year}).",
        "ja": "cgroups は制限し数えます。メモリコントローラは Linux {memory_version} ({memory_year}年) で入りました。",
    },
    "quiz.limit.image.why": {
        "en": "The image brings the container's own userland (its files and libraries); limits are set when it runs.",
        "ja": "イメージが持ってくるのはコンテナ自身のユーザーランド (ファイルとライブラリ) です。制限は実行時にかけます。",
    },
    # 7. what the kernel reports inside a container (chapter 7's live panel)
    "quiz.meminfo.prompt": {
        "en": "A container's memory limit is far below the machine's RAM. What total does /proc/meminfo show inside it?",
        "ja": "コンテナのメモリ上限がマシンのメモリよりずっと小さいとき、その中の /proc/meminfo の総量は?",
    },
    "quiz.meminfo.limit": {"en": "The container's limit", "ja": "コンテナの上限"},
    "quiz.meminfo.host": {
        "en": "The whole machine's RAM, as the shared kernel sees it",
        "ja": "共有カーネルから見たマシン全体のメモリ",
    },
    "quiz.meminfo.none": {"en": "Nothing: a container has no /proc", "ja": "何も出ない: コンテナには /proc がない"},
    "quiz.meminfo.limit.why": {
        "en": "The kernel itself keeps no per-container meminfo; the limit lives in the cgroup files, which is why chapter 7's panel reads both.",
        "ja": "カーネルにコンテナ別の meminfo はありません。上限は cgroup のファイルにあり、だから第7章のパネルは両方を読みます。",
    },
    "quiz.meminfo.host.why": {
        "en": "One kernel, one meminfo (unless a helper such as LXCFS rewrites it): the limit is in the cgroup files, and a program that reads only meminfo can ask for more than it may use.",
        "ja": "カーネルが一つなら meminfo も一つ (LXCFS のような補助ツールが書き換えない限り)。上限は cgroup のファイルにあり、meminfo だけを見るプログラムは使える以上を求めてしまいます。",
    },
    "quiz.meminfo.none.why": {
        "en": "A container mounts its own /proc; it just shows the shared kernel's numbers.",
        "ja": "コンテナも自分の /proc をマウントします。そこに出るのは共有カーネルの数字です。",
    },
}
