"""Voilà app mode asks nothing of the internet: every request a page makes stays on the machine.

Voilà 0.5.13's own templates link Font Awesome from cdn.jsdelivr.net (the chapter page,
and Font Awesome 4 on the chapter list), and nbconvert's would import mermaid.js from
cdnjs for a Mermaid diagram. The essay's template (share/jupyter/voila/templates/essay,
chosen in voila.py) drops those; the icons still come, with their fonts, from Voilà's
own static/voila-style.js.

Voilà starts here as ``make app`` starts it: the ``voila`` command from the repository
root, so it reads voila.py there, on a copy of the notebooks. Each test records every
request of the page (page.on("request"), and every websocket) from the first navigation
on, waits for what the page reports (the file list, the chapter's widgets, the icon
font), and asserts that each URL is on 127.0.0.1 / localhost, or data: / blob:. A chapter's
scripts, style sheets and inline imports are checked the same way, for what a page
would fetch only when it needs it.

Run alone: .venv/bin/python -m pytest tests/browser/test_offline.py
"""

from __future__ import annotations

import secrets
from pathlib import Path
from urllib.parse import urlsplit

import browserkit as bk
import pytest

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
LOCAL_SCHEMES = {"data", "blob"}

# One chapter per edition: widgets, FigureWidgets and the sources table.
CHAPTERS = ["en/02-two-stacks.ipynb", "ja/01-the-illusion.ipynb"]

# Loads the icon font the way an icon on the page would, and reports what loaded.
ICON_FONT_JS = r"""
async () => {
  const icon = document.createElement('i');
  icon.className = 'fa fa-book';
  document.body.appendChild(icon);
  const faces = await document.fonts.load('900 16px "Font Awesome 5 Free"', '\uf02d');
  await document.fonts.ready;
  return {
    faces: faces.map(f => ({family: f.family, status: f.status})),
    family: getComputedStyle(icon, '::before').fontFamily,
  };
}
"""


# What the page would fetch by itself: scripts, style sheets, icons, and the modules its inline scripts import.
PAGE_SOURCES_JS = r"""
() => [
  ...[...document.querySelectorAll('script[src]')].map(e => e.src),
  ...[...document.querySelectorAll('link[href]')].map(e => e.href),
  ...[...document.querySelectorAll('script:not([src])')]
      .flatMap(e => [...e.textContent.matchAll(/import\(\s*["'`]([^"'`]+)["'`]/g)].map(m => new URL(m[1], document.baseURI).href)),
]
"""


def is_local(url: str) -> bool:
    """Whether a request stays on this machine: a local host, or data: / blob: (made in the page)."""
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    return parts.scheme in {"http", "https", "ws", "wss"} and parts.hostname in LOCAL_HOSTS


def test_is_local_tells_the_machine_from_the_internet():
    assert is_local("http://127.0.0.1:8866/voila/static/voila.js")
    assert is_local("ws://localhost:8866/api/kernels/x/channels")
    assert is_local("blob:http://127.0.0.1:8866/2fca9431")
    assert is_local("data:;base64,=")
    assert not is_local("https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@%5E5/css/all.min.css")
    assert not is_local("http://127.0.0.1.example.com/x")
    assert not is_local("chrome-extension://abc/x")


@pytest.fixture(scope="module")
def app_server(notebook_root, tmp_path_factory, browser):
    """Voilà as `make app` runs it: `voila notebooks ...` from the repository root (so voila.py applies)."""
    port, token = bk.free_port(), secrets.token_hex(16)
    cmd = [
        str(bk.venv_bin() / "voila"),
        str(notebook_root / "notebooks"),
        "--no-browser",
        f"--port={port}",
        "--Voila.ip=127.0.0.1",
        "--Voila.port_retries=0",
        f"--token={token}",
    ]
    server = bk._start(
        "voila-app", cmd, bk.REPO, tmp_path_factory.mktemp("voila-app-state"), port, token, "/voila/tree"
    )
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def requests_seen(page) -> list[str]:
    """Every URL the page asks for, websockets included, from here on."""
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url))
    page.on("websocket", lambda ws: seen.append(ws.url))
    return seen


def assert_all_local(seen: list[str], where: str) -> None:
    assert seen, f"{where}: no request was recorded"
    outside = sorted({u for u in seen if not is_local(u)})
    assert not outside, f"{where}: {len(outside)} request(s) left the machine:\n  " + "\n  ".join(outside)


def test_the_chapter_list_stays_local_and_lists_both_editions(page, app_server, requests_seen):
    page.goto(app_server.url("/voila/tree"), wait_until="domcontentloaded")
    listing = page.locator(".jp-DirListing-item")
    listing.filter(has_text="ja").first.wait_for()
    names = sorted(listing.all_inner_texts())
    assert [n.strip() for n in names] == ["en", "ja"], f"the chapter list's top level shows {names}"
    page.evaluate("() => document.fonts.ready.then(() => true)")
    assert_all_local(requests_seen, "the chapter list")


def test_the_index_links_every_chapter_in_app_mode(page, app_server, notebook_root, requests_seen):
    """The edition's index, in app mode, links each chapter to its own app-mode page."""
    for lang in ("en", "ja"):
        assert bk.voila_open(page, app_server, f"{lang}/00-index.ipynb") is None  # prose only: no widgets
        hrefs = page.eval_on_selector_all("#rendered_cells a[href$='.ipynb']", "as => as.map(a => a.href)")
        paths = [urlsplit(h).path for h in hrefs]
        chapters = sorted(
            p.name
            for p in (notebook_root / "notebooks" / lang).glob("[0-9][0-9]-*.ipynb")
            if p.name != "00-index.ipynb"
        )
        linked = {Path(p).name for p in paths if p.startswith(f"/voila/render/{lang}/")}
        assert set(chapters) <= linked, f"{lang}/00-index: no app-mode link to {sorted(set(chapters) - linked)}"
        other = "ja" if lang == "en" else "en"
        assert f"/voila/render/{other}/00-index.ipynb" in paths, f"{lang}/00-index: no link to the other edition"
        for p in paths:
            target = notebook_root / "notebooks" / p.removeprefix("/voila/render/")
            assert p.startswith("/voila/render/") and target.is_file(), f"{lang}/00-index links {p}: no such notebook"
    assert_all_local(requests_seen, "the indexes")


@pytest.mark.parametrize("nb", CHAPTERS)
def test_a_chapter_stays_local_and_keeps_its_icons(nb, page, app_server, requests_seen):
    models = bk.voila_open(page, app_server, nb)
    assert models and models["figure"] >= 1, f"{nb}: the chapter's widgets did not render ({models})"
    font = page.evaluate(ICON_FONT_JS)
    assert font["faces"] and all(f["status"] == "loaded" for f in font["faces"]), (
        f"{nb}: the icon font did not load from Voilà: {font}"
    )
    assert "Font Awesome 5 Free" in font["family"], f"{nb}: an icon is drawn in {font['family']!r}"
    fonts = [u for u in requests_seen if urlsplit(u).path.endswith((".woff2", ".woff", ".ttf"))]
    assert fonts, f"{nb}: the icon font was not fetched (no font request recorded)"
    assert_all_local(requests_seen, nb)
    sources = page.evaluate(PAGE_SOURCES_JS)
    assert sources, f"{nb}: the page names no script or style sheet"
    elsewhere = sorted({u for u in sources if not is_local(u)})
    assert not elsewhere, f"{nb}: the page would fetch from elsewhere (when it needs them): {elsewhere}"
