"""Export each chapter's key figures as SVG and PNG, in both editions, for blog posts: ``make figures``.

Each figure is drawn by its one builder in widgets/figures (``build(state, lang)``),
from the state in :data:`KEY_FIGURES`, and written by kaleido (which drives Debian's
/usr/bin/chromium by itself) to ``figures/<lang>/<chapter>-<figure>.svg`` and ``.png``.
figures/ is output only (git-ignored).

Size: :data:`WIDTH` CSS pixels wide (a blog's column), each figure's own height as
the chapter draws it, so nothing is stretched; the PNG at :data:`SCALE` x for sharp
text on high-density screens (2000 pixels wide), the SVG at 1 x.

Japanese text needs a CJK font on the machine that exports (Debian: fonts-noto-cjk).
The figures name the house font chain (widgets/figures/theme.py: Noto Sans, then Noto
Sans CJK JP and the other systems' Japanese fonts), so an SVG also finds a Japanese
font on the reader's machine. tests/test_figures_export.py checks the files and that
the Japanese text is drawn with glyphs, not boxes.

    python tools/figures.py [--out DIR] [--lang en ja] [--format svg png] [--chapter 02-two-stacks ...]
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from widgets import model
from widgets.figures import startup
from widgets.model import consolidation, growth, layers

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "figures"
LANGS = ("en", "ja")
FORMATS = ("svg", "png")
WIDTH = 1000  # CSS pixels
SCALE = 2  # PNG pixels per CSS pixel


@dataclass(frozen=True)
class KeyFigure:
    """One chapter's key figure: which builder draws it, and from which state."""

    chapter: str  # the notebook's stem in notebooks/<lang>/
    name: str
    figure: str  # the builder: a module in widgets/figures, or "module.NAME" of a module's FIGURES
    state: Callable[[], Any]  # the state it is drawn from

    @property
    def stem(self) -> str:
        return f"{self.chapter}-{self.name}"


# Each chapter's key figures, in the state a reader first sees (the explorer's
# default). The comparison is drawn with no row picked: all its evidence at full
# strength. Chapter 8 (the summary) has no figure.
KEY_FIGURES: tuple[KeyFigure, ...] = (
    KeyFigure("01-the-illusion", "layers", "layers", layers.default_state),
    KeyFigure("02-two-stacks", "stack", "stack", model.default_state),
    KeyFigure("02-two-stacks", "density", "density", model.default_state),
    KeyFigure("03-start-up", "timeline", "startup", startup.State),
    KeyFigure("04-the-comparison", "evidence", "compare", lambda: None),
    KeyFigure("05-why-virtualization", "ram", "growth.ram", growth.default_state),
    KeyFigure("05-why-virtualization", "cores", "growth.cores", growth.default_state),
    KeyFigure("06-consolidation", "servers", "consolidation.servers", consolidation.default_state),
    KeyFigure("06-consolidation", "utilization", "consolidation.utilization", consolidation.default_state),
    KeyFigure("07-under-the-hood", "kernel", "kernel", lambda: None),
)


def builder(key: KeyFigure) -> Any:
    """The figure's builder (widgets/figures/protocol.py's Figure): its module, or its FIGURES entry."""
    module_name, _, named = key.figure.partition(".")
    module = importlib.import_module(f"widgets.figures.{module_name}")
    return module.FIGURES[named] if named else module


def build(key: KeyFigure, lang: str):
    """The go.Figure of a key figure in one language, at the export width."""
    fig = builder(key).build(key.state(), lang)
    fig.update_layout(width=WIDTH)
    return fig


def chapters() -> tuple[str, ...]:
    return tuple(dict.fromkeys(k.chapter for k in KEY_FIGURES))


def selected(only: Iterable[str] | None = None) -> list[KeyFigure]:
    """The key figures of the chapters named (all when none); a chapter with no key figure is an error."""
    if not only:
        return list(KEY_FIGURES)
    only = list(only)
    unknown = [c for c in only if c not in chapters()]
    if unknown:
        raise ValueError(f"chapter must be one of {', '.join(chapters())}; got {', '.join(unknown)}")
    return [k for k in KEY_FIGURES if k.chapter in only]


def path_of(out: Path, key: KeyFigure, lang: str, fmt: str) -> Path:
    return out / lang / f"{key.stem}.{fmt}"


def render(fig, fmt: str) -> bytes:
    """The image of a figure as kaleido draws it: WIDTH x the figure's height, the PNG at SCALE x.

    Between :func:`start` and :func:`stop` (as :func:`export` calls it), one browser serves every render.
    """
    import kaleido

    opts = dict(format=fmt, width=WIDTH, height=fig.layout.height, scale=SCALE if fmt == "png" else 1)
    return kaleido.calc_fig_sync(fig, opts=opts)


def start() -> None:
    """Start the one kaleido browser that every render uses (Debian's chromium).

    Without MathJax: the figures have no LaTeX, and kaleido would load it from a CDN.
    """
    import kaleido

    kaleido.start_sync_server(mathjax=False, silence_warnings=True)


def stop() -> None:
    import kaleido

    kaleido.stop_sync_server(silence_warnings=True)


def export(
    out: Path = OUT,
    langs: Iterable[str] = LANGS,
    formats: Iterable[str] = FORMATS,
    only: Iterable[str] | None = None,
) -> list[Path]:
    """Write the key figures; returns the files written. One kaleido browser serves every write."""
    langs, formats = list(langs), list(formats)
    for name, values, allowed in (("lang", langs, LANGS), ("format", formats, FORMATS)):
        bad = [v for v in values if v not in allowed]
        if bad or not values:
            raise ValueError(f"{name} must be one or more of {', '.join(allowed)}; got {', '.join(bad) or 'none'}")
    keys = selected(only)
    written = []
    start()
    try:
        for key in keys:
            for lang in langs:
                fig = build(key, lang)
                for fmt in formats:
                    path = path_of(out, key, lang, fmt)
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(render(fig, fmt))
                    written.append(path)
    finally:
        stop()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default: figures/)")
    parser.add_argument("--lang", nargs="+", choices=LANGS, default=list(LANGS), help="editions")
    parser.add_argument("--format", nargs="+", choices=FORMATS, default=list(FORMATS), help="file formats")
    parser.add_argument("--chapter", nargs="+", choices=chapters(), help="only these chapters' figures")
    args = parser.parse_args(argv)
    written = export(args.out, args.lang, args.format, args.chapter)
    for path in written:
        print(path)
    print(f"{len(written)} files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
