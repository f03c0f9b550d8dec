"""The live panel of chapter 7: where is this notebook running, and what may it use?

It reads the reader's own machine with :func:`widgets.probes.machine.read_machine`
(``root="/"``; tests pass a captured tree) and shows, in words from the text
table: the RAM the kernel reports against the cgroup memory limit, the CPUs
against the CPU quota, the cgroups version, the namespaces, the privileges
and filters that hold the process (capabilities, seccomp, no_new_privs, an
AppArmor or SELinux label), the virtual hardware a guest is told about (the
CPU's hypervisor bit, virtio devices), and the verdict (container, VM,
physical machine, or not settled) with its evidence. A file it cannot read
becomes "not available here". Off Linux
(no ``/proc``) it says what it cannot see, and inside a browser (the lite edition,
Pyodide) that a browser's sandbox shows nothing of the machine, with a link to the
ways of reading live. It never raises for what it reads.

With ``ask_first`` the reader guesses before the panel reveals the answer.
"""

from __future__ import annotations

import functools
import html
import math
import re

import ipywidgets as w

from ..figures import palette
from ..model import kernel
from ..text import check_lang, memory, t
from . import a11y
from .base import Explorable, decimal
from .lite import live_link

GUESSES = ("container", "vm", "bare-metal", "unsure")
# ipywidgets' HTML sets a control-height line height; prose needs its own.
_STYLE = "line-height:1.45"


def _pct(share: float) -> str:
    """A share as a percentage, halves rounded up (12.5 -> 13 %); one decimal below 10 %, kept (5.0 %).

    Its own rule, not :func:`~widgets.explorables.base.percent`: the panel rounds halves up.
    """
    pct = 100 * share
    places = 1 if pct < 10 else 0
    return f"{math.floor(pct * 10**places + 0.5) / 10**places:.{places}f} %"


def _bar(facts: kernel.PanelFacts, lang: str) -> str:
    """Two horizontal bars: RAM the kernel reports, and the cgroup limit to the same scale."""
    share = min(facts.mem_limit_share, 1.0)
    row = (
        "<div style='display:flex;align-items:center;gap:0.5em;margin:2px 0'>"
        "<span style='width:11em;font-size:90%'>{label}</span>"
        f"<span style='flex:1;max-width:24em;background:{palette.TRACK}'>"
        "<span style='display:block;width:{width:.2f}%;min-width:2px;height:0.9em;background:{colour}'></span>"
        "</span><span style='font-size:90%'>{value}</span></div>"
    )
    return row.format(
        label=t("panel.bar.total", lang), width=100, colour=palette.SKY_BLUE, value=memory(facts.mem_total_gib * 1024)
    ) + row.format(
        label=t("panel.bar.limit", lang),
        width=100 * share,
        colour=palette.ORANGE,
        value=memory(facts.mem_limit_gib * 1024),
    )


def _join(items: list[str], lang: str) -> str:
    """Sentences (already escaped) joined as the language joins them: a space in English, none in Japanese."""
    return functools.reduce(lambda a, b: t("panel.join", lang, a=a, b=b), items) if items else ""


def _head(key: str, lang: str) -> str:
    return f"<b>{html.escape(t('panel.heading', lang, name=t(key, lang)))}</b>"


def _html(text: str) -> str:
    """A text-table string as HTML: escaped, each `name` in backticks set in ``<code>``.

    The text table marks identifiers (a CPU flag, a man page, a file) with backticks, and the
    panel puts what the machine itself reported (a runtime, a file system, a firmware's name)
    in backticks too: a reader sees them verbatim, in code type, in either language.
    """
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text))


def _verbatim(value: object) -> str:
    """A value as the machine reported it, marked for :func:`_html` (a stray backtick is dropped)."""
    return f"`{str(value).replace('`', '')}`"


def _evidence(code: str, values: dict[str, str], lang: str) -> str:
    return t(f"panel.ev.{code}", lang, **{k: _verbatim(v) for k, v in values.items()})


# Note values shown as prose, not as a name to type: an OS error's text ("Input/output error").
_PLAIN_VALUES = frozenset({"reason"})


def _note(code: str, values: dict[str, str], lang: str) -> str:
    """A note worded in lang, as HTML: the wording escaped, each path or name escaped and set in ``<code>``.

    The text is looked up with a marker in place of each value (NUL, a number,
    NUL: nothing the text table holds or html.escape makes), and the markers
    are then replaced in one pass, so no value is ever read as markup.
    """
    names = list(values)
    worded = html.escape(t(f"panel.note.{code}", lang, **{name: f"\0{i}\0" for i, name in enumerate(names)}))

    def value(m: re.Match[str]) -> str:
        name = names[int(m.group(1))]
        shown = html.escape(values[name])
        return shown if name in _PLAIN_VALUES else f"<code>{shown}</code>"

    return re.sub(r"\0(\d+)\0", value, worded)


def render(facts: kernel.PanelFacts, lang: str = "en") -> str:
    """The panel's content as HTML (pure: facts in, text out)."""
    check_lang(lang)
    esc = _html
    if not facts.supported:
        verdict = esc(t("panel.verdict.sandbox" if facts.sandboxed else "panel.verdict.unsupported", lang))
        link = live_link(lang) if facts.sandboxed else ""
        return f"<div class='machine-panel' style='{_STYLE}'><p><b>{verdict}</b></p>{link}</div>"
    parts = []
    verdict = [t(f"panel.verdict.{facts.verdict}", lang)]
    if facts.verdict == "container" and facts.hypervisor is not None:
        verdict.append(
            t("panel.under.unnamed", lang)
            if facts.hypervisor == "unidentified"
            else t("panel.under.named", lang, hypervisor=facts.hypervisor)
        )
        verdict.append(t("panel.under.common", lang))
    elif facts.verdict == "container-weak" and facts.hypervisor is not None:
        verdict.append(t("panel.weak.vm", lang))
    elif facts.verdict == "vm":
        verdict.append(
            t("panel.vm.unnamed", lang)
            if facts.hypervisor == "unidentified"
            else t("panel.vm.named", lang, hypervisor=facts.hypervisor)
        )
    parts.append(f"<p>{_join([f'<b>{esc(verdict[0])}</b>', *map(esc, verdict[1:])], lang)}</p>")

    # memory: what the kernel reports against the cgroup limit
    mem = []
    if facts.mem_total_gib is None:
        mem.append(t("panel.memory.unknown", lang))
    else:
        mem.append(t("panel.memory.total", lang, total=memory(facts.mem_total_gib * 1024)))
    bar = ""
    if facts.mem_limit_gib is None:
        mem.append(t("panel.memory.no_limit", lang))
    elif facts.mem_limit_share is not None and facts.mem_limit_share > 1:
        mem.append(t("panel.memory.limit_over", lang, limit=memory(facts.mem_limit_gib * 1024)))
    elif facts.mem_limit_share is not None:
        mem.append(
            t("panel.memory.limit", lang, limit=memory(facts.mem_limit_gib * 1024), share=_pct(facts.mem_limit_share))
        )
        bar = _bar(facts, lang)
    else:
        mem.append(t("panel.memory.limit", lang, limit=memory(facts.mem_limit_gib * 1024), share="?"))
    parts.append(f"<p>{_join([_head('panel.memory', lang), *map(esc, mem)], lang)}</p>{bar}")

    # CPUs against the quota
    cpu = [
        t("panel.cpu.unknown", lang) if facts.cpu_count is None else t("panel.cpu.total", lang, count=facts.cpu_count)
    ]
    if facts.cpu_quota is None:
        cpu.append(t("panel.cpu.no_quota", lang))
    else:
        share = _pct(facts.cpu_quota / facts.cpu_count) if facts.cpu_count else "?"
        cpu.append(t("panel.cpu.quota", lang, quota=decimal(facts.cpu_quota, 2), share=share))
    parts.append(f"<p>{_join([_head('panel.cpu', lang), *map(esc, cpu)], lang)}</p>")

    version = (
        t("panel.cgroups.unknown", lang)
        if facts.cgroup_version is None
        else t("panel.cgroups.version", lang, version=facts.cgroup_version)
    )
    parts.append(f"<p>{_join([_head('panel.cgroups', lang), esc(version)], lang)}</p>")

    if facts.namespaces:
        ns = [
            t(
                "panel.ns.list",
                lang,
                count=len(facts.namespaces),
                known=facts.namespace_types_known,
                names=", ".join(_verbatim(name) for name, _ in facts.namespaces),
            )
        ]
        if facts.own_pid_namespace is not None:
            ns.append(t("panel.ns.own_pid" if facts.own_pid_namespace else "panel.ns.host_pid", lang))
        ids = ", ".join(f"{_verbatim(name)} {ident}" for name, ident in facts.namespaces)
        ids_html = (
            f"<span style='color:{palette.MUTED};font-size:85%'>({esc(t('panel.ns.ids', lang))}: {esc(ids)})</span>"
        )
        parts.append(f"<p>{_join([_head('panel.ns', lang), *map(esc, ns), ids_html], lang)}</p>")
    else:
        parts.append(f"<p>{_join([_head('panel.ns', lang), esc(t('panel.ns.none', lang))], lang)}</p>")

    parts.append(_privileges(facts, lang))
    parts.append(_virtual_hardware(facts, lang))

    found = [*facts.container_evidence, *facts.hypervisor_evidence]
    items = (
        "".join(f"<li>{esc(_evidence(code, values, lang))}</li>" for code, values in found)
        or f"<li>{esc(t('panel.evidence.none', lang))}</li>"
    )
    parts.append(f"<p style='margin-bottom:0'>{_head('panel.evidence', lang)}</p><ul>{items}</ul>")
    if facts.notes:
        notes = "".join(f"<li>{_note(code, values, lang)}</li>" for code, values in facts.notes)
        parts.append(
            f"<details><summary>{esc(t('panel.notes', lang, count=len(facts.notes)))}</summary>"
            f"<ul>{notes}</ul></details>"
        )
    return f"<div class='machine-panel' style='{_STYLE}'>" + "".join(parts) + "</div>"


def _privileges(facts: kernel.PanelFacts, lang: str) -> str:
    """Capabilities, seccomp, no_new_privs and a security module's label: what holds the process besides namespaces."""
    esc = _html
    rows = []
    if facts.capabilities is None:
        rows.append(t("panel.caps.unavailable", lang))
    else:
        rows.append(
            t(
                f"panel.caps.{facts.capability_set}",
                lang,
                count=len(facts.capabilities),
                known=facts.capabilities_known,
                docker=facts.docker_capabilities,
            )
        )
    if facts.seccomp is None:
        rows.append(t("panel.seccomp.unavailable", lang))
    else:
        rows.append(
            t(
                f"panel.seccomp.{facts.seccomp}",
                lang,
                filters=facts.seccomp_filters or 0,
                blocked=facts.seccomp_blocked_by_docker,
            )
        )
    if facts.no_new_privs is not None:
        rows.append(t("panel.nnp.set" if facts.no_new_privs else "panel.nnp.unset", lang))
    rows.append(
        t("panel.lsm.label", lang, label=_verbatim(facts.security_label))
        if facts.security_label
        else t("panel.lsm.none", lang)
    )
    items = "".join(f"<li>{esc(r)}</li>" for r in rows)
    names = ""
    if facts.capabilities and facts.capability_set != "full":
        shown = ", ".join(_verbatim(c.removeprefix("CAP_").lower()) for c in facts.capabilities)
        names = (
            f"<span style='color:{palette.MUTED};font-size:85%'>({esc(t('panel.caps.names', lang))}: "
            f"{esc(shown)})</span>"
        )
    return (
        f"<p style='margin-bottom:0'>{_head('panel.priv', lang)} {esc(t('panel.priv.intro', lang))}</p>"
        f"<ul style='margin-top:0'>{items}</ul>{names}"
    )


def _virtual_hardware(facts: kernel.PanelFacts, lang: str) -> str:
    """The CPUID hypervisor bit and virtio devices: how a guest knows it is virtualized."""
    esc = _html
    flag = {True: "panel.hw.flag.set", False: "panel.hw.flag.unset", None: "panel.hw.flag.unavailable"}
    rows = [t(flag[facts.hypervisor_flag], lang)]
    if facts.virtio_devices is None:
        rows.append(t("panel.hw.virtio.unavailable", lang))
    elif facts.virtio_devices:
        rows.append(
            t(
                "panel.hw.virtio.some",
                lang,
                count=len(facts.virtio_devices),
                names=", ".join(map(_verbatim, facts.virtio_devices)),
            )
        )
    else:
        rows.append(t("panel.hw.virtio.none", lang))
    items = "".join(f"<li>{esc(r)}</li>" for r in rows)
    return f"<p style='margin-bottom:0'>{_head('panel.hw', lang)}</p><ul style='margin-top:0'>{items}</ul>"


class MachinePanel(Explorable):
    """The live panel: an optional guess, a reveal, the machine's facts, a "read again" button.

    Its state is what it shows of the machine: a :class:`widgets.model.kernel.PanelFacts`
    (None until it is revealed). The guess is a control, but not part of the state: it is
    compared with the facts, not drawn from them.
    """

    state_type = kernel.PanelFacts

    def __init__(self, lang: str = "en", root: str = "/", *, ask_first: bool = True):
        super().__init__(lang)
        if not isinstance(root, str) or not root:
            raise ValueError(f"root must be a non-empty path string, got {root!r}")
        self.root = root
        self.state: kernel.PanelFacts | None = None
        self.guess = w.RadioButtons(
            options=[(t(f"panel.guess.{g}", lang), g) for g in GUESSES],
            value=None,
            description=t("panel.guess.label", lang),
            style={"description_width": "6em"},
        )
        self.reveal_button = w.Button(
            description=t("panel.reveal", lang), tooltip=t("panel.reveal.tip", lang), button_style="primary", icon="eye"
        )
        self.reread_button = w.Button(
            description=t("panel.reread", lang), tooltip=t("panel.reread.tip", lang), icon="refresh"
        )
        self.ask = w.HTML(f"<p><b>{html.escape(t('panel.ask', lang))}</b></p>")
        self.comparison = w.HTML()
        self.output = w.HTML(layout=w.Layout(max_width="46em"))
        self.controls = {"guess": self.guess}
        self.readouts = (self.comparison, self.output)
        self.revealed = False
        self.reveal_button.on_click(lambda _: self.reveal())
        self.reread_button.on_click(lambda _: self.refresh())
        self.reread_button.layout.display = "none"
        self._watch()
        if not ask_first:
            self.reveal()

    def refresh(self) -> kernel.PanelFacts:
        """Read the machine again and redraw."""
        self.set_state(kernel.read_panel(self.root))
        return self.state

    def reveal(self) -> kernel.PanelFacts:
        """Show what the machine says (and how it compares with the guess)."""
        self.revealed = True
        self.reveal_button.layout.display = "none"
        self.reread_button.layout.display = None
        return self.refresh()

    def redraw_from_controls(self) -> None:
        """The guess moved: compare it again with the facts (nothing to compare before the first reading)."""
        if self.state is not None:
            self._describe()

    def _draw(self, previous: kernel.PanelFacts | None) -> None:
        self.output.value = render(self.state, self.lang)

    def _describe(self) -> None:
        f, lang = self.state, self.lang
        guessed = (
            t("panel.you_guessed", lang, guess=t(f"panel.guess.{self.guess.value}", lang))
            if self.guess.value is not None
            else t("panel.no_guess", lang)
        )
        kind = f.verdict if f.supported else "unknown"
        says = t("panel.says", lang, kind=t(f"panel.kind.{kind}", lang))
        self.comparison.value = f"<p>{_join([html.escape(guessed), html.escape(says)], lang)}</p>"

    def _top(self) -> list[w.DOMWidget]:
        return [self.ask, self.guess, w.HBox([self.reveal_button, self.reread_button]), self.comparison, self.output]


def machine_panel(lang: str = "en", root: str = "/", *, ask_first: bool = True) -> w.VBox:
    """The live panel as one widget."""
    return MachinePanel(lang, root, ask_first=ask_first).widget()


# --- namespaces without an engine ---------------------------------------------------------------------


def render_unshare(demo, lang: str = "en") -> str:
    """The demonstration's result as HTML (pure: record in, text out)."""
    check_lang(lang)
    esc = _html
    head = f"<p><b>{esc(t('ns_demo.heading', lang))}</b></p>"
    if not demo.ran:
        why = esc(t(f"ns_demo.{demo.reason}", lang))
        link = live_link(lang) if demo.reason == "sandbox" else ""
        return f"<div class='unshare-demo' style='{_STYLE}'>{head}<p>{why}</p>{link}</div>"
    unknown = t("ns_demo.unknown", lang)
    rows = "".join(
        f"<tr><td style='padding:1px 10px 1px 0'>{esc(t(f'ns_demo.row.{k}', lang))}</td>"
        f"<td style='padding:1px 10px'><code>{esc(str(demo.inside.get(k, unknown)))}</code></td>"
        f"<td style='padding:1px 10px'><code>{esc(str(demo.outside.get(k, unknown)))}</code></td></tr>"
        for k in ("pid", "uid", "hostname", "processes")
    )
    table = (
        f"<table><thead><tr><th></th><th style='text-align:left;padding:1px 10px'>"
        f"{esc(t('ns_demo.head.inside', lang))}</th><th style='text-align:left;padding:1px 10px'>"
        f"{esc(t('ns_demo.head.outside', lang))}</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    said = t(
        "ns_demo.ran",
        lang,
        **{
            k: (_verbatim(demo.inside[k]) if k == "hostname" else demo.inside[k])
            for k in ("pid", "uid", "hostname", "processes")
        },
    )
    return (
        f"<div class='unshare-demo' style='{_STYLE}'>{head}<p>{esc(t('ns_demo.command', lang))}</p>"
        f"{table}<p>{esc(said)}</p></div>"
    )


def unshare_demo(lang: str = "en", runner=None) -> w.VBox:
    """Run widgets.probes.namespaces.unshare_demo() and show what the process saw (or why it could not run),
    with a button to run it again. ``runner`` is for tests (see widgets.probes.namespaces.unshare_demo)."""
    from ..probes import namespaces

    check_lang(lang)
    output = w.HTML()
    button = w.Button(description=t("ns_demo.button", lang), icon="refresh")

    def run(_=None):
        box.demo = namespaces.unshare_demo(runner)
        output.value = render_unshare(box.demo, lang)
        button.disabled = box.demo.reason == "sandbox"  # in a browser, running it again starts nothing either

    box = w.VBox([output, button, a11y.helper(lang, (), (output,))])
    output.add_class("unshare-demo-output")
    button.on_click(run)
    run()
    return box
