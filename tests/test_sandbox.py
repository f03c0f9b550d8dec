"""Inside a browser (the lite edition: Pyodide, ``sys.platform == "emscripten"``) the probes of chapters 3 and 7
cannot look at the reader's machine: no process starts (subprocess raises OSError) and /proc is Emscripten's
stand-in. What each chapter's widget then says, in both languages, with the link to the ways of reading live;
and that nothing starts a process or raises.

The browser is simulated by setting ``sys.platform``; tests/browser/test_lite_browser.py runs the same chapters
in Pyodide itself.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys

import pytest
from seen_text import english, widget_strings

from widgets.explorables import lite
from widgets.explorables.machine_panel import MachinePanel, render_unshare, unshare_demo
from widgets.explorables.startup import StartupExplorer
from widgets.model import kernel
from widgets.probes import machine, namespaces, sandbox, timing
from widgets.text import LANGUAGES, t

LINK = re.compile(r"<a href='([^']+)' target='_blank' rel='noopener'>([^<]+)</a>")


@pytest.fixture
def browser(monkeypatch):
    """sys.platform as Pyodide has it, and a subprocess that fails as Pyodide's does (it must not be reached)."""
    monkeypatch.setattr(sys, "platform", "emscripten")

    def no_process(*args, **kwargs):
        raise OSError(138, "emscripten does not support processes.")

    monkeypatch.setattr(subprocess, "run", no_process)
    monkeypatch.setattr(subprocess, "Popen", no_process)
    assert sandbox.in_browser()


def plain(value: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", value))).strip()


def test_outside_a_browser_nothing_changes():
    assert not sandbox.in_browser()
    assert timing.can_start_processes()
    assert not machine.read_machine("/").sandboxed


def test_timing_starts_nothing_and_says_why(browser):
    assert not timing.can_start_processes()
    with pytest.raises(timing.ProcessesUnavailable):
        timing.measure()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_start_up_timer_says_what_a_browser_cannot_time_and_links_to_the_live_ways(browser, lang):
    explorer = StartupExplorer(lang)
    assert explorer.button.disabled and explorer.command.disabled and explorer.repeats.disabled
    shown = explorer.readout.value
    assert t("startup.sandbox", lang) in shown
    assert LINK.search(shown).groups() == (lite.READ_IT, t("lite.live.link", lang))
    # called anyway (as a notebook cell could): no OSError, the same words, nothing drawn
    assert explorer.measure() is None
    assert explorer.readout.value == shown and explorer.state.measured is None
    assert explorer.button.disabled
    # the chart's own controls still work
    explorer.update(scale="linear")
    assert explorer.state.scale == "linear"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_machine_panel_says_the_sandbox_shows_nothing_of_the_machine(browser, lang):
    view = machine.read_machine("/")
    assert view.sandboxed and not view.os_supported and view.notes == ()
    facts = kernel.read_panel("/")
    assert facts.sandboxed and not facts.supported
    panel = MachinePanel(lang, ask_first=False)
    assert t("panel.verdict.sandbox", lang) in plain(panel.output.value)
    assert t("panel.verdict.unsupported", lang) not in plain(panel.output.value)
    assert LINK.search(panel.output.value).groups() == (lite.READ_IT, t("lite.live.link", lang))
    assert panel.refresh().sandboxed


def test_a_captured_machine_is_still_read_inside_a_browser(browser, tmp_path):
    """Only the real machine's /proc is Emscripten's: a tree passed as root is read as before."""
    (tmp_path / "proc").mkdir()
    (tmp_path / "proc" / "meminfo").write_text("MemTotal:       2048 kB\n")
    view = machine.read_machine(tmp_path)
    assert view.os_supported and not view.sandboxed and view.mem_total_bytes == 2048 * 1024


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_namespaces_demo_says_no_process_starts_here(browser, lang):
    demo = namespaces.unshare_demo()
    assert not demo.ran and demo.reason == "sandbox"
    shown = render_unshare(demo, lang)
    assert t("ns_demo.sandbox", lang) in plain(shown)
    assert LINK.search(shown).groups() == (lite.READ_IT, t("lite.live.link", lang))
    box = unshare_demo(lang)
    assert box.demo.reason == "sandbox"
    assert box.children[1].disabled, "running it again would start nothing either"


def test_outside_a_browser_the_demo_button_stays(monkeypatch):
    box = unshare_demo("en", runner=lambda argv: (1, ""))
    assert box.demo.reason == "blocked" and not box.children[1].disabled


@pytest.mark.parametrize("widget", ["startup", "panel", "unshare"])
def test_a_japanese_reader_meets_no_english_in_the_browser(browser, widget):
    make = {
        "startup": lambda: StartupExplorer("ja").widget(),
        "panel": lambda: MachinePanel("ja", ask_first=False).widget(),
        "unshare": lambda: unshare_demo("ja"),
    }[widget]
    found = [word for text in widget_strings(make()) for word in english(text)]
    assert found == []
