"""Images for blog posts (tools/figures.py, `make figures`): every key figure, both editions, SVG and PNG.

What these tests prove:

- The table names real chapters and real builders, and bad arguments get an error naming
  the parameter and what it allows.
- Every file is written, at the stated size (PNG: WIDTH x the figure's height, at SCALE x),
  is more than an empty frame, and the SVG parses, names the house font chain (so a
  reader's machine finds a Japanese font too) and carries the figure's title and axis titles.
- Every character of every text a figure draws (titles, axis titles, tick labels, notes,
  legend and bar labels), in both editions, has a glyph in an installed font of the theme's
  chain (widgets/figures/theme.py), found the way chromium finds it: fontconfig's fc-match
  for each family in turn, then that font file's character map (fontTools). This fails when
  no Japanese font of the chain is installed: .ci/run's apt-get of fonts-noto-cjk is what
  makes it pass on a fresh machine (here the chain reaches Noto Sans CJK JP).
- Each Japanese PNG shows its title's glyphs, not boxes: the same figure drawn with every
  non-ASCII character of its title replaced by an unassigned code point (which no font
  has, so chromium draws its empty box) is a different image. Without a Japanese font
  both titles are rows of the same boxes and the two images are identical, byte for
  byte (tried with fontconfig told to hide Noto Sans CJK). Kaleido draws the same figure
  to the same bytes, which the test checks first.
"""

from __future__ import annotations

import html
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from widgets.figures import theme
from widgets.figures.protocol import Figure

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import figures  # noqa: E402 - tools/figures.py

SVG = "{http://www.w3.org/2000/svg}"
MIN_PNG_BYTES = 50_000  # an empty 2000 x 760 plotly frame (axes, grid, no data) is 71 KB; the figures 120-340 KB
MIN_SVG_BYTES = 10_000  # the same empty frame as SVG is 7 KB; the figures 17-43 KB
UNASSIGNED = "\u0378"  # no character, in no font: drawn as the font's "missing glyph" box
GENERIC = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    """Every key figure in both editions and formats, written as `make figures` writes them."""
    out = tmp_path_factory.mktemp("figures")
    written = figures.export(out)
    assert len(written) == len(figures.KEY_FIGURES) * len(figures.LANGS) * len(figures.FORMATS)
    return out


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
    return struct.unpack(">II", data[16:24])


def plain(text: str) -> list[str]:
    """The lines a plotly string draws: <br> splits, other tags go, entities are decoded."""
    return [html.unescape(re.sub(r"<[^>]+>", "", part)).strip() for part in re.split(r"<br\s*/?>", text or "")]


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str)]
    return []


def drawn_texts(fig) -> list[str]:
    """Every text the figure draws: titles, axis titles and tick labels, notes, legend names, bar labels."""
    spec = fig.to_plotly_json()
    layout = spec["layout"]
    texts = _strings((layout.get("title") or {}).get("text"))
    for key, axis in layout.items():
        if re.fullmatch(r"[xy]axis\d*", key):
            texts += _strings((axis.get("title") or {}).get("text")) + _strings(axis.get("ticktext"))
    texts += [a.get("text", "") for a in layout.get("annotations", [])]
    for trace in spec["data"]:
        if trace.get("showlegend", True) is not False:
            texts += _strings(trace.get("name"))
        if "text" in str(trace.get("mode", "text")) or trace.get("type") == "bar":
            texts += _strings(trace.get("text"))
    return [line for text in texts for line in plain(text) if line]


def chain() -> list[str]:
    return [f.strip().strip("'\"") for f in theme.FONT.split(",")]


@cache
def installed(family: str) -> tuple[str, int] | None:
    """The font file (and index in a collection) fontconfig gives for a family, if that family is installed.

    fc-match always answers with some font; a family is installed only when the answer is that family.
    """
    fc_match = shutil.which("fc-match")
    assert fc_match, "fontconfig's fc-match is needed to check the fonts (apt-get install fontconfig)"
    out = subprocess.run(
        [fc_match, "--format=%{family}\n%{file}\n%{index}", family], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    names = {n.strip() for n in out[0].split(",")}
    return (out[1], int(out[2] or 0)) if family in names else None


@cache
def charmap(file: str, index: int) -> frozenset[int]:
    font = TTFont(file, fontNumber=index, lazy=True)
    try:
        return frozenset(font.getBestCmap())
    finally:
        font.close()


def font_for(char: str) -> str | None:
    """The first family of the chain that is installed and has a glyph for char: the one chromium draws it in."""
    for family in chain():
        if family in GENERIC:
            continue
        found = installed(family)
        if found and ord(char) in charmap(*found):
            return family
    return None


# --------------------------------------------------------------------------
# The table and its arguments
# --------------------------------------------------------------------------


def test_every_key_figure_is_a_chapter_s_figure_drawn_by_its_builder():
    assert figures.KEY_FIGURES, "no key figures"
    for key in figures.KEY_FIGURES:
        for lang in figures.LANGS:
            assert (ROOT / "notebooks" / lang / f"{key.chapter}.ipynb").is_file(), f"{key.stem}: no such chapter"
        assert isinstance(figures.builder(key), Figure), f"{key.stem}: {key.figure} is not a figure builder"
    stems = [k.stem for k in figures.KEY_FIGURES]
    assert len(stems) == len(set(stems)), "two key figures would write the same file"
    with_figures = {p.stem for p in (ROOT / "notebooks" / "en").glob("0[1-7]-*.ipynb")}
    assert with_figures <= set(figures.chapters()), "a chapter with figures has no key figure"


def test_bad_arguments_name_the_parameter_and_what_it_allows(tmp_path):
    with pytest.raises(ValueError, match=r"chapter must be one of 01-the-illusion.*got 08-summary"):
        figures.export(tmp_path, only=["08-summary"])
    with pytest.raises(ValueError, match=r"lang must be one or more of en, ja; got fr"):
        figures.export(tmp_path, langs=["fr"])
    with pytest.raises(ValueError, match=r"format must be one or more of svg, png; got jpeg"):
        figures.export(tmp_path, formats=["jpeg"])
    assert not any(tmp_path.iterdir()), "nothing is written when the arguments are wrong"


# --------------------------------------------------------------------------
# The files
# --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", figures.LANGS)
@pytest.mark.parametrize("key", figures.KEY_FIGURES, ids=lambda k: k.stem)
def test_the_png_is_a_full_size_image(exported, key, lang):
    data = figures.path_of(exported, key, lang, "png").read_bytes()
    height = figures.build(key, lang).layout.height
    assert png_size(data) == (figures.WIDTH * figures.SCALE, height * figures.SCALE)
    assert len(data) > MIN_PNG_BYTES, f"{len(data)} bytes: no more than an empty frame"


@pytest.mark.parametrize("lang", figures.LANGS)
@pytest.mark.parametrize("key", figures.KEY_FIGURES, ids=lambda k: k.stem)
def test_the_svg_parses_names_the_font_chain_and_carries_the_titles(exported, key, lang):
    path = figures.path_of(exported, key, lang, "svg")
    assert path.stat().st_size > MIN_SVG_BYTES
    root = ET.parse(path).getroot()
    fig = figures.build(key, lang)
    assert root.tag == f"{SVG}svg"
    assert (root.get("width"), root.get("height")) == (str(figures.WIDTH), str(fig.layout.height))
    texts = list(root.iter(f"{SVG}text"))
    drawn = " ".join("".join(t.itertext()) for t in texts).replace("\u200b", " ")
    title = [line for line in plain(fig.layout.title.text) if line]
    assert title, f"{key.stem}: the figure has no title"
    axis_titles = [
        line
        for name in ("xaxis", "yaxis")
        for line in plain(fig.layout[name].title.text if fig.layout[name].title else "")
        if line
    ]
    for line in title + axis_titles:
        assert line in drawn, f"{key.stem} ({lang}): the SVG does not show {line!r}"
    styles = {t.get("style", "") for t in texts}
    assert any("'Noto Sans CJK JP'" in s and "'Hiragino Sans'" in s for s in styles), (
        "the SVG's text does not name the theme's font chain"
    )


# --------------------------------------------------------------------------
# Glyphs, not boxes
# --------------------------------------------------------------------------


def test_the_theme_s_font_chain_names_japanese_fonts_for_every_system():
    families = chain()
    for family in ("Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", "Meiryo"):
        assert family in families, f"the theme's font chain lacks {family}"
    assert families[-1] in GENERIC, "the chain ends in a generic family"


@pytest.mark.parametrize("lang", figures.LANGS)
def test_every_character_a_figure_draws_is_in_a_font_of_the_chain(lang):
    used: dict[str, set[str]] = {}
    missing: dict[str, set[str]] = {}
    for key in figures.KEY_FIGURES:
        for text in drawn_texts(figures.build(key, lang)):
            for char in set(text) - {" ", "\u00a0"}:
                family = font_for(char)
                (used.setdefault(family, set()) if family else missing.setdefault(key.stem, set())).add(char)
    assert not missing, (
        f"characters no installed font of the chain ({theme.FONT}) has; Debian: apt-get install fonts-noto-cjk: "
        + "; ".join(f"{stem}: {''.join(sorted(chars))}" for stem, chars in missing.items())
    )
    if lang == "ja":
        kana = {c for chars in used.values() for c in chars if "\u3040" <= c <= "\u30ff"}
        assert kana, "the Japanese figures draw no kana: are they in Japanese?"
    print(f"{lang}: " + ", ".join(f"{family}: {len(chars)} characters" for family, chars in used.items()))


def test_each_japanese_png_shows_its_title_s_glyphs_not_boxes(exported):
    figures.start()
    try:
        for key in figures.KEY_FIGURES:
            fig = figures.build(key, "ja")
            exported_png = figures.path_of(exported, key, "ja", "png").read_bytes()
            assert figures.render(fig, "png") == exported_png, f"{key.stem}: kaleido drew the same figure differently"
            title = fig.layout.title.text
            assert any(ord(c) > 0x3000 for c in title), f"{key.stem}: the Japanese title has no Japanese: {title!r}"
            fig.layout.title.text = "".join(UNASSIGNED if ord(c) > 0x7F else c for c in title)
            boxes = figures.render(fig, "png")
            assert boxes != exported_png, (
                f"{key.stem}: the Japanese title is drawn as the same boxes as characters no font has: "
                "no Japanese font reached (Debian: apt-get install fonts-noto-cjk)"
            )
    finally:
        figures.stop()
