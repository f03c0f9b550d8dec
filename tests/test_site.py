"""The kernel-free pages (tools/static_site.py, `make site`): built once into a temporary folder, then read
as a reader and a maintainer would. Every chapter of both editions has a page; every link inside the
site opens a file (and an anchor) that exists; each page stays within its size budget; plotly.js is
written once and every page uses it; no page loads anything from outside the site, and the only
addresses it shows are the sources' own citations and the "run live" links; every slider has a step
for each value its control offers, labelled as the widget labels it; and each step shows the figure
the chapter's builders draw for that state."""

from __future__ import annotations

import copy
import functools
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import ipywidgets as w
import nbformat
import plotly.graph_objects as go
import pytest
from plotly.offline import get_plotlyjs
from plotly.utils import PlotlyJSONEncoder
from seen_text import english

from widgets import data, explorables
from widgets.explorables.base import allowed_values
from widgets.figures import compare, consolidation, density, growth, kernel, layers, stack, startup
from widgets.model import layers as layers_model
from widgets.text import t

ROOT = Path(__file__).resolve().parent.parent


sys.path.insert(0, str(ROOT / "tools"))
import static_site as S  # noqa: E402 - tools/ is not a package

LANGS = S.LANGS
CHAPTERS = [(lang, p.stem) for lang in LANGS for p in S.nav.chapters(lang)]
#: Tags that make a browser fetch what their attribute names.
FETCHING = {"script": "src", "link": "href", "img": "src", "iframe": "src", "source": "src", "embed": "src"}
URL = re.compile(r"https?://[^\s\"'<>\\)\];,]+")


class Parts(HTMLParser):
    """What a page holds that these tests read: references, ids, the figures' JSON, classes' texts."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[str, str, str, str]] = []  # (tag, attribute, value, class)
        self.ids: set[str] = set()
        self.payloads: list[dict] = []
        self.texts: dict[str, list[str]] = {}
        self._script: list[str] | None = None
        self._open: list[tuple[str, str, list[str]]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class") or ""
        if "id" in a:
            self.ids.add(a["id"])
        for name in ("href", "src"):
            if a.get(name) is not None:
                self.refs.append((tag, name, a[name], cls))
        if tag == "script" and "essay-data" in cls.split():
            self._script = []
        for c in ("essay-banner", "essay-note", "essay-needs-kernel", "essay-quiz"):
            if c in cls.split():
                self._open.append((tag, c, []))

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.payloads.append(json.loads("".join(self._script)))
            self._script = None
        if self._open and self._open[-1][0] == tag:
            _, c, chunks = self._open.pop()
            self.texts.setdefault(c, []).append("".join(chunks))

    def handle_data(self, text):
        if self._script is not None:
            self._script.append(text)
        for _, _, chunks in self._open:
            chunks.append(text)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    S.write_site(out)
    return out


@pytest.fixture(scope="module")
def pages(site) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in site.rglob("*.html")}


@pytest.fixture(scope="module")
def parts(pages) -> dict[str, Parts]:
    return {name: Parts(text) for name, text in pages.items()}


def test_every_chapter_of_both_editions_has_a_page_and_the_index_lists_them(site, parts):
    assert CHAPTERS and {lang for lang, _ in CHAPTERS} == set(LANGS)
    for lang, stem in CHAPTERS:
        assert (site / lang / f"{stem}.html").is_file(), f"{lang}/{stem} has no page"
    listed = {v for tag, attr, v, _ in parts["index.html"].refs if tag == "a"}
    assert {f"{lang}/{stem}.html" for lang, stem in CHAPTERS} <= listed


def test_every_page_has_the_chapters_prose_title_and_language(pages):
    for lang, stem in CHAPTERS:
        nb = nbformat.read(ROOT / "notebooks" / lang / f"{stem}.ipynb", as_version=4)
        page = pages[f"{lang}/{stem}.html"]
        assert f'<html lang="{lang}">' in page
        assert f"<title>{html.escape(S.nav.title(nb))}</title>" in page
        # every section heading of the chapter is on its page
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                for heading in re.findall(r"^#{1,3} (.+)$", cell.source, re.M):
                    plain = re.sub(r"[*_`]", "", heading).strip()
                    assert html.escape(plain, quote=False) in page, f"{lang}/{stem}: heading {plain!r} missing"


def test_every_link_inside_the_site_opens_a_file_and_anchor_that_exist(site, parts):
    checked = 0
    for name, page in parts.items():
        here = (site / name).parent
        for tag, attr, value, _ in page.refs:
            if re.match(r"^(https?:|data:|mailto:)", value):
                continue
            path, _, anchor = value.partition("#")
            target = (here / path).resolve() if path else (site / name).resolve()
            assert target.is_file() and site.resolve() in target.parents, f"{name}: <{tag} {attr}={value!r}> is dead"
            if anchor and target.suffix == ".html":
                assert anchor in parts[target.relative_to(site.resolve()).as_posix()].ids, f"{name}: no #{anchor}"
            checked += 1
    assert checked > 100
    assert not any(v.endswith(".ipynb") or ".ipynb#" in v for p in parts.values() for _, _, v, _ in p.refs)


def test_navigation_leads_to_the_neighbours_and_the_twin_edition(parts):
    for lang, stem in CHAPTERS:
        links = {v for tag, _, v, _ in parts[f"{lang}/{stem}.html"].refs if tag == "a"}
        others = [other for other in LANGS if other != lang and (other, stem) in CHAPTERS]
        assert all(f"../{other}/{stem}.html" in links for other in others), f"{lang}/{stem}: no twin link"
        stems = [s for la, s in CHAPTERS if la == lang]
        at = stems.index(stem)
        neighbours = stems[max(at - 1, 0) : at] + stems[at + 1 : at + 2]
        assert all(f"{n}.html" in links for n in neighbours), f"{lang}/{stem}: previous or next missing"


def test_each_page_stays_within_its_budget_and_plotly_js_is_written_once(site, pages):
    for name, text in pages.items():
        size = len(text.encode("utf-8"))
        assert size <= S.PAGE_BUDGET, f"{name} is {size:,} bytes, over the budget of {S.PAGE_BUDGET:,}"
    bundles = [p for p in site.rglob("*.js") if "plotly" in p.name]
    assert [p.relative_to(site).as_posix() for p in bundles] == ["plotly.min.js"]
    assert (site / "plotly.min.js").read_text(encoding="utf-8") == get_plotlyjs()  # the installed plotly's own
    for lang, stem in CHAPTERS:
        page = pages[f"{lang}/{stem}.html"]
        assert page.count('<script src="../plotly.min.js"></script>') == 1
        assert "Plotly.register" not in page  # no page carries a copy of plotly.js


def test_no_page_asks_for_anything_beyond_the_site(site, parts, pages):
    sources = [r.source for records in data.load_all().values() for r in records]
    for name, page in parts.items():
        for tag, attr, value, _ in page.refs:
            if FETCHING.get(tag) == attr:
                assert not re.match(r"^(https?:)?//", value), f"{name}: <{tag}> loads {value} from outside the site"
        live = {v for tag, _, v, cls in page.refs if tag == "a" and "essay-live" in cls.split()}
        for url in {html.unescape(u) for u in URL.findall(pages[name])}:
            if any(link.startswith(url) for link in live):
                assert urlsplit(url).hostname == S.links.BINDER, f"{name}: a run-live link leads to {url}"
            else:
                assert any(url in source for source in sources), f"{name}: {url} is no source's citation"
    for shared in ("essay.js", "essay.css"):
        assert not URL.findall((site / shared).read_text(encoding="utf-8")), f"{shared} names an address"
    assert "url(" not in S.ESSAY_CSS and "@import" not in S.ESSAY_CSS  # no web font, no image from anywhere


def shown_labels(control, values: list, lang: str) -> list[str]:
    """What the widget shows at each value: a selection's option label, a slider's number; a checkbox, on or off."""
    if isinstance(control, w.Checkbox):
        return [t("site.control.on" if v else "site.control.off", lang) for v in values]
    if isinstance(control, (w.SelectionSlider, w.ToggleButtons)):
        return [next(label for label, v in control.options if v == value) for value in values]
    return [str(v) for v in values]


def test_each_slider_has_a_step_per_value_its_control_offers_labelled_as_the_widget(parts):
    sliders = 0
    for lang, stem in CHAPTERS:
        for payload in parts[f"{lang}/{stem}.html"].payloads:
            if "controls" not in payload:
                continue
            explorer = getattr(explorables, payload["explorer"])(lang)
            frames = {f["name"] for f in payload["figures"][0]["frames"]}
            for slider in payload["controls"]["layout"]["sliders"]:
                control = explorer.controls[slider["name"]]
                values = list(allowed_values(control))
                offered = S.offered(values, control.value)
                if len(values) <= S.MAX_STEPS:
                    assert offered == values
                else:  # the page says which values it offers
                    note = t(
                        "site.static.sampled", lang, control=control.description, count=len(offered), total=len(values)
                    )
                    assert note in " ".join(parts[f"{lang}/{stem}.html"].texts["essay-note"])
                steps = slider["steps"]
                assert len(steps) == len(offered), f"{lang}/{stem} {slider['name']}: {len(steps)} steps"
                assert slider["currentvalue"]["prefix"] == f"{control.description}: "
                assert [s["label"] for s in steps] == shown_labels(control, offered, lang)
                assert offered[slider["active"]] == control.value
                assert all(s["args"][0] in frames for s in steps)
                sliders += 1
            # one state per value besides the start, per control; every figure has a frame for each
            expected = 1 + sum(len(s["steps"]) - 1 for s in payload["controls"]["layout"]["sliders"])
            assert len(payload["states"]) == expected
            assert all([f["name"] for f in fig["frames"]] == payload["states"] for fig in payload["figures"])
    assert sliders >= 2 * 20


def _merge(into: dict, change: dict) -> dict:
    """Plotly's frame merge: objects merge key by key, arrays and values replace."""
    out = copy.deepcopy(into)
    for key, value in change.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def _unset(value):
    """None (plotly's "unset"), empty objects and empty leftovers dropped."""
    if isinstance(value, dict):
        kept = {k: _unset(v) for k, v in value.items() if v is not None}
        return {k: v for k, v in kept.items() if v != {}}
    if isinstance(value, list):
        return [_unset(v) for v in value]
    return value


def played(figure: dict, name: str) -> dict:
    """The figure after its frame ``name`` is played (with its base frame), as plotly merges frames."""
    frames = {f["name"]: f for f in figure["frames"]}
    chain, frame = [], frames[name]
    while frame is not None:
        chain.append(frame)
        frame = frames.get(frame.get("baseframe"))
    data, layout = {}, {}
    for frame in reversed(chain):
        for i, d in zip(frame["traces"], frame["data"], strict=True):
            data[i] = _merge(data.get(i, {}), d)
        layout = _merge(layout, frame["layout"])
    out = {"data": [_merge(trace, data.get(i, {})) for i, trace in enumerate(figure["data"])]}
    out["layout"] = _merge(figure["layout"], layout)
    return _unset(out)


#: Each explorer's figure, straight from its builder, for the explorer's state.
BUILDERS = {
    ("Picker", "layers"): layers.spec,
    ("HostExplorer", "stack"): stack.spec,
    ("HostExplorer", "density"): density.spec,
    ("StartupExplorer", "timeline"): startup.spec,
    ("ComparisonTable", "evidence"): compare.spec,
    ("YearExplorer", "stack"): lambda state, lang: stack.spec(state.host_state(), lang),
    **{
        ("YearExplorer", n): functools.partial(lambda n, state, lang: growth.spec(state, lang, n), n)
        for n in growth.NAMES
    },
    ("ConsolidationExplorer", "servers"): consolidation.spec,
    ("ConsolidationExplorer", "picture"): consolidation.utilization_spec,
}


def builder_figure(spec: dict) -> dict:
    plain = json.loads(json.dumps(go.Figure(spec).to_plotly_json(), cls=PlotlyJSONEncoder))
    plain["layout"].pop("template", None)
    return _unset(plain)


def _live(explorer, key: str) -> dict:
    """A figure as the live explorer shows it now, in the page's plain form."""
    return _unset(S.figure_dict(explorer.figures[key]))


@pytest.mark.parametrize("lang", LANGS)
def test_every_step_shows_what_the_live_explorer_shows_in_that_state(parts, lang):
    """Play each step's frame as plotly does: the figure is the one the chapter's explorer shows once
    that control is moved there (the others where the chapter starts them)."""
    checked = 0
    for stem in (s for la, s in CHAPTERS if la == lang):
        for payload in parts[f"{lang}/{stem}.html"].payloads:
            if "controls" not in payload:
                if payload["figures"] and payload["explorer"] == "":  # a figure shown alone: chapter 7's
                    assert _unset(payload["figures"][0]) == builder_figure(kernel.spec(lang=lang))
                continue
            explorer = getattr(explorables, payload["explorer"])(lang)
            for figure in payload["figures"]:
                assert _unset({"data": figure["data"], "layout": figure["layout"]}) == _live(explorer, figure["key"])
            for slider in payload["controls"]["layout"]["sliders"]:
                control = explorer.controls[slider["name"]]
                start, values = control.value, S.offered(list(allowed_values(control)), control.value)
                for i, step in enumerate(slider["steps"]):
                    explorer.update(**{slider["name"]: values[i]})
                    for figure in payload["figures"]:
                        where = f"{lang}/{stem}: {payload['explorer']}.{figure['key']} at {slider['name']} step {i}"
                        assert played(figure, step["args"][0]) == _live(explorer, figure["key"]), where
                        checked += 1
                explorer.update(**{slider["name"]: start})
    assert checked > 200


@pytest.mark.parametrize(
    "kind, key",
    BUILDERS,
)
def test_the_live_figures_are_the_builders_figures_at_every_state_a_page_offers(kind, key):
    """The page reads the explorer's live figures; each is its builder's figure for the explorer's state
    at every value a page offers (no figure is drawn twice, so none may drift)."""
    for lang in LANGS:
        explorer = getattr(explorables, kind)(lang)
        if key not in explorer.figures:
            continue
        for name, control in explorer.controls.items():
            start = control.value
            for value in S.offered(list(allowed_values(control)), start):
                explorer.update(**{name: value})
                want = builder_figure(BUILDERS[kind, key](explorer.state, lang))
                assert _live(explorer, key) == want, f"{lang}: {kind}.{key} with {name}={value!r}"
            explorer.update(**{name: start})


def test_readouts_follow_the_state_they_describe(parts):
    """Chapter 1's readout, for each place the picker offers, is the explorer's own for that place."""
    for lang in LANGS:
        payload = next(p for p in parts[f"{lang}/01-the-illusion.html"].payloads if p["explorer"] == "Picker")
        (place,) = [s for s in payload["controls"]["layout"]["sliders"] if s["name"] == "place"]
        variants = payload["views"][0]
        for i, step in enumerate(place["steps"]):
            explorer = explorables.Picker(lang)
            explorer.update(place=layers_model.PLACES[i])
            at = payload["states"].index(step["args"][0])
            assert variants["html"][variants["at"][at]] == explorer.readout.value


def test_widgets_that_need_python_say_so_with_a_link_to_run_the_chapter_live(parts, pages):
    expected = {"03-start-up": ["timer", "timer"], "07-under-the-hood": ["unshare", "machine"]}
    for lang, stem in CHAPTERS:
        page = parts[f"{lang}/{stem}.html"]
        notices = page.texts.get("essay-needs-kernel", [])
        kinds = expected.get(stem, [])
        assert len(notices) == len(kinds), f"{lang}/{stem}: {notices}"
        for notice, kind in zip(notices, kinds, strict=True):
            assert t(f"site.needs.{kind}", lang) in notice and t("site.live.link", lang) in notice
        live = [v for tag, _, v, cls in page.refs if tag == "a" and "essay-live" in cls.split()]
        assert live and set(live) == {S.live_href(lang, f"{stem}.ipynb")}
    # nothing measured on the machine that built the site reached a page
    for lang in LANGS:
        assert t("startup.readout.none", lang) not in pages[f"{lang}/03-start-up.html"]
        assert "machine-panel" not in pages[f"{lang}/07-under-the-hood.html"]


def test_run_live_leads_to_binder_when_a_release_is_configured(monkeypatch):
    config = {"repository": "example/essay", "ref": "v1.0", "hub": "", "pull-branch": ""}
    monkeypatch.setattr(S.links, "configured", lambda *a, **k: config)
    url = urlsplit(S.live_href("ja", "03-start-up.ipynb"))
    assert (url.hostname, url.path) == ("mybinder.org", "/v2/gh/example/essay/v1.0")
    assert parse_qs(url.query)["urlpath"] == ["lab/tree/notebooks/ja/03-start-up.ipynb"]
    monkeypatch.setattr(S.links, "configured", lambda *a, **k: dict(config, repository="", ref=""))
    assert S.live_href("ja", "03-start-up.ipynb") == "../index.html#live"


def test_the_quiz_works_without_python(parts):
    for lang in LANGS:
        (quiz,) = parts[f"{lang}/08-summary.html"].texts["essay-quiz"]
        questions = explorables.quiz.QUESTIONS
        assert quiz.count(t("quiz.right", lang)) == len(questions)
        assert quiz.count(t("quiz.wrong", lang)) == sum(len(q.choices) - 1 for q in questions)
        assert t("site.quiz.how", lang) in quiz


def test_every_chapter_keeps_its_sources_table(pages):
    for lang, stem in CHAPTERS:
        if stem.startswith("00-"):
            continue
        page = pages[f"{lang}/{stem}.html"]
        assert page.count("essay-sources") == 1, f"{lang}/{stem}"
        assert t("sources.source", lang) in page
    rows = sum(len(data.series(k)) for k in layers_model.DATA_KEYS)
    table = pages["en/01-the-illusion.html"].split("essay-sources", 1)[1].split("</table>", 1)[0]
    assert table.count("<tr>") == rows + 1  # the head and one row per figure and year


def test_the_japanese_pages_own_words_are_japanese(parts):
    for lang, stem in CHAPTERS:
        if lang != "ja":
            continue
        page = parts[f"ja/{stem}.html"]
        words = [text for c in ("essay-banner", "essay-note", "essay-needs-kernel") for text in page.texts.get(c, [])]
        for payload in page.payloads:
            for slider in payload.get("controls", {}).get("layout", {}).get("sliders", []):
                words += [slider["currentvalue"]["prefix"], *(s["label"] for s in slider["steps"])]
        assert words and all(not english(w) for w in words), [w for w in words if english(w)]


def test_offered_values_keep_small_controls_whole_and_sample_large_ones():
    assert S.offered([1, 2, 3], 2) == [1, 2, 3]
    assert S.offered(list(range(1, 257)), 16) == [1, 2, 4, 8, 16, 32, 64, 128, 256]
    assert S.offered(list(range(1, 201)), 60) == [1, 2, 4, 8, 16, 32, 60, 64, 128, 200]
    many = [x / 10 for x in range(100)]
    picked = S.offered(many, 5.5, limit=10)
    assert picked[0] == 0 and picked[-1] == 9.9 and 5.5 in picked and len(picked) <= 10


def test_the_site_folder_is_emptied_only_when_it_is_a_site(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ValueError, match="--out must be empty or a site"):
        S.write_site(tmp_path, langs=())
    assert (tmp_path / "notes.txt").read_text() == "mine"
    with pytest.raises(ValueError, match="--out must be a folder"):
        S.write_site(tmp_path / "notes.txt", langs=())
