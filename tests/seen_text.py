"""What a reader can read: the visible strings of widgets, figures and notebook outputs.

Used by tests/test_japanese.py to find English in the Japanese edition. Only what
shows on screen is collected: widget descriptions, option labels, tooltips and
HTML; figure titles, axis titles, tick labels, annotations, text, hover text and
hover templates (outside their ``%{...}`` fields) and legend entries where a
legend shows; the accessibility helper's names and descriptions (a screen
reader says them aloud). Internal trace names with no legend, CSS, ids and the
plotly bundle are not text a reader meets.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterator

import ipywidgets as w
import plotly.graph_objects as go

#: Words a Japanese reader may meet in English, by kind. Everything else English is a missing translation.
PRODUCTS = """
    AMD AMD-V AWS Amazon Apple Arm Azure Binder Borg Clear Containers Cloud Hypervisor Compose Depot Desktop
    Docker EC2 EPYC ESXi Firecracker Genoa Google Graviton HANA Hyper-V IBM Intel Jupyter JupyterLab Kata
    Kubernetes KVM LightVM LXC LXCFS Lambda Linux Nitro Nova OpenStack Plotly Podman Premium QEMU Qiita SAP
    Solaris Standard Steam Terraform Ubuntu Debian Alpine VirtualBox VMware Voilà Windows Workstation Xen
    containerd crun gVisor kvmtool qboot runc youki macOS vSphere AppArmor SELinux VENOM L1TF MDS Python
    Pyodide WebAssembly AI Impacts Khan Shamsher John McCallum SOSP NSDI XP Go arXiv English
    ENERGY STAR NRDC MIT CC BY Red Hat POSIX NIS System V IPC man-pages
""".split()  # noqa: SIM905 (a block of words reads better than a list literal)
ACRONYMS_AND_UNITS = """
    API APIC CaaS CD CI CI/CD CP-40 CP-67 CPU CPUs DRAM FAQ GB GiB GB/s GHz Gen3 Gen4 Gen5 HDD I/O IaaS IaC ID III
    KSM KiB MB MB/s MiB NVMe OCI OS PC PCIe PID RAM SATA SSD TB TiB UID USD VM VMs VMM VT-x microVM microVMs
    vCPU vCPUs x4 x86 x86-64 amd64 ms s min R S C I
""".split()  # noqa: SIM905 (a block of words reads better than a list literal)
#: Commands and kernel names the text quotes verbatim, as a reader would type or read them: among them
#: the namespace types as /proc/self/ns names them and cgroup v1's first controllers.
IDENTIFIERS = """
    docker run rm alpine echo hello ctr d unshare init cloud-init meminfo root cgroup cgroups virtio virtio-fs
    shim seccomp README v1 v2
    cgroup ipc mnt net pid time user uts UTS cpu cpuacct cpuset
""".split()  # noqa: SIM905 (a block of words reads better than a list literal)
ALLOWED = frozenset(PRODUCTS + ACRONYMS_AND_UNITS + IDENTIFIERS)

_TAG = re.compile(r"<[^>]+>")
# code, citations, and a passage marked as English on purpose (<span lang="en">: a glossary's English
# column, a menu that has no Japanese), which a screen reader then reads in English
_KEEP_OUT = re.compile(r"<(code|cite|pre|style|script)\b[^>]*>.*?</\1>|<span lang=[\"']en[\"']>.*?</span>", re.S | re.I)
_FIELD = re.compile(r"%\{[^}]*\}")
_URL = re.compile(r"https?://\S+|www\.\S+")
_IDENT = re.compile(r"\S*[/_\\]\S*|\b\w+(?:\.\w+)+\b|`[^`]*`")
#: A Japanese term glossed with its English original in parentheses, "名前空間 (namespace)": the gloss is
#: for the reader who will search for the term, not prose.
_GLOSS = re.compile(r"([\u3000-\u30ff\u4e00-\u9fff][*_]{0,2}\s*[（(])[A-Za-z][A-Za-z' -]*(?=[)）:：。、,])")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*[A-Za-z0-9]|[A-Za-z]")


@functools.cache
def citations() -> tuple[str, ...]:
    """Every source data/ cites, longest first: a citation is quoted as published, in its own language."""
    from widgets import data
    from widgets.sources import CHOSEN

    found = {r.source for records in data.load_all().values() for r in records} - {CHOSEN}
    return tuple(sorted(found, key=len, reverse=True))


def plain(text: str) -> str:
    """What a reader reads of a string: tags, code, citations, fields, URLs and identifiers taken out."""
    text = str(text)
    for cited in citations():
        if cited in text:
            text = text.replace(cited, " ")
    text = _KEEP_OUT.sub(" ", text)
    text = re.sub(r"<extra>.*?</extra>", " ", text, flags=re.S)
    text = html.unescape(_TAG.sub(" ", text))
    text = _GLOSS.sub(r"\1", text)
    text = _FIELD.sub(" ", text)
    text = _URL.sub(" ", text)
    return _IDENT.sub(" ", text)


def english(text: str, allowed: frozenset[str] = ALLOWED) -> list[str]:
    """The English words in a string that are not on the allowlist."""
    words = []
    for word in _WORD.findall(plain(text)):
        stem = word.strip("'’-")
        if stem in allowed or stem.rstrip("s") in allowed:
            continue
        words.append(stem)
    return words


# -- figures ------------------------------------------------------------------------------------------


def _text_values(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _text_values(v)
    elif hasattr(value, "tolist"):
        yield from _text_values(value.tolist())


def figure_strings(figure: go.Figure | dict) -> Iterator[str]:
    """The strings of one plotly figure that a reader can see or hover."""
    spec = figure.to_dict() if hasattr(figure, "to_dict") else figure
    layout = spec.get("layout", {})
    legend_shown = layout.get("showlegend", None) is not False
    for key in ("title",):
        yield from _title(layout.get(key))
    for key, axis in layout.items():
        if re.fullmatch(r"[xy]axis\d*|polar|scene", key) and isinstance(axis, dict):
            yield from _title(axis.get("title"))
            yield from _text_values(axis.get("ticktext"))
    for note in layout.get("annotations", []) or []:
        yield from _text_values(note.get("text"))
        yield from _text_values(note.get("hovertext"))
    for shape in layout.get("shapes", []) or []:
        yield from _text_values((shape.get("label") or {}).get("text"))
    yield from _title((layout.get("legend") or {}).get("title"))
    for menu in layout.get("updatemenus", []) or []:
        for button in menu.get("buttons", []) or []:
            yield from _text_values(button.get("label"))
    for slider in layout.get("sliders", []) or []:
        yield from _text_values((slider.get("currentvalue") or {}).get("prefix"))
        for step in slider.get("steps", []) or []:
            yield from _text_values(step.get("label"))
    for trace in spec.get("data", []):
        if legend_shown and trace.get("showlegend", True) is not False and trace.get("name"):
            yield trace["name"]
        for field in ("text", "hovertext", "hovertemplate", "texttemplate", "customdata"):
            if field == "hovertemplate" or trace.get("hoverinfo") != "skip" or field in ("text", "texttemplate"):
                yield from _text_values(trace.get(field))
        for part in ("header", "cells"):
            yield from _text_values((trace.get(part) or {}).get("values"))


def _title(title) -> Iterator[str]:
    if isinstance(title, str):
        yield title
    elif isinstance(title, dict):
        yield from _text_values(title.get("text"))


# -- widgets ------------------------------------------------------------------------------------------


def widget_strings(widget) -> Iterator[str]:
    """The strings a reader meets in a widget and everything inside it."""
    if isinstance(widget, go.FigureWidget):
        yield from figure_strings(widget)
        return
    if type(widget).__name__ == "PlotlyBundle":
        return
    if type(widget).__name__ == "A11y":
        for target in getattr(widget, "targets", []):
            for key, value in target.items():
                if key in ("name", "description", "valuetexts"):
                    yield from _text_values(value)
        return
    for trait in ("description", "tooltip", "placeholder"):
        value = getattr(widget, trait, None)
        if isinstance(value, str):
            yield value
    if isinstance(widget, (w.HTML, w.HTMLMath, w.Label)):
        yield widget.value
    labels = getattr(widget, "_options_labels", None)
    if labels:
        yield from labels
    yield from getattr(widget, "tooltips", None) or ()
    if isinstance(widget, w.Output):
        for output in widget.outputs:
            yield from output_strings(output)
    for child in getattr(widget, "children", ()) or ():
        yield from widget_strings(child)


def output_strings(output: dict) -> Iterator[str]:
    """The strings of one notebook output (an nbformat output dict)."""
    if output.get("output_type") == "stream":
        yield output.get("text", "")
        return
    if output.get("output_type") == "error":
        yield f"{output.get('ename')}: {output.get('evalue')}"
        return
    data = output.get("data", {})
    if "text/html" in data:
        yield "".join(data["text/html"]) if isinstance(data["text/html"], list) else data["text/html"]
    elif "text/markdown" in data:
        yield data["text/markdown"]
    elif "application/vnd.plotly.v1+json" in data:
        yield from figure_strings(data["application/vnd.plotly.v1+json"])
    elif "text/plain" in data and "application/vnd.jupyter.widget-view+json" not in data:
        yield "".join(data["text/plain"]) if isinstance(data["text/plain"], list) else data["text/plain"]
