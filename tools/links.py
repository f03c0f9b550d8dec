"""Write every launch link into README.md: Binder (JupyterLab and Voilà), nbgitpuller, a badge, blog snippets.

    make links                                   # the release named in pyproject.toml's [tool.essay]
    make links REPO=owner/name REF=v1.0          # or named here (then record them in [tool.essay] too)
    make links REPO=owner/name REF=v1.0 HUB=hub.your-school.example

For every chapter of every edition (notebooks/<lang>/NN-slug.ipynb) the README's table between
``<!-- links:start -->`` and ``<!-- links:end -->`` gets

- a Binder link that opens the chapter in JupyterLab (``urlpath=lab/tree/...``) and one that opens it
  as a Voilà app (``urlpath=voila/render/...``), both pinned to the release tag REF, never a branch;
- with a hub, an nbgitpuller link for a school's JupyterHub
  (``https://HUB/hub/user-redirect/git-pull?repo=...&branch=...&urlpath=lab/tree/NAME/...``);

and below the tables Binder's badge and a copy-paste snippet for a blog post, in Markdown and in HTML,
in English and in Japanese. ``--snippets`` prints that snippet for every chapter.

Defaults come from pyproject.toml, ``[tool.essay]``: ``repository`` ("owner/name"), ``ref`` (a release
tag), ``hub`` (a JupyterHub's address, optional) and ``pull-branch`` (optional; the branch nbgitpuller
pulls, REF when empty). Keys that are missing count as empty. With no repository the README says so.

``--check`` changes nothing and exits 1 when the README's block differs from what these settings give
(tests/test_links.py runs it). ``--print`` prints the block instead of writing it. Bad input exits with
status 2 and a message naming the parameter and what it allows.

The snippets' words are here, not in widgets/text: they are what a blog shows around a link, not what
a notebook shows, and the package a reader installs does not need them (tools/nav.py keeps its
navigation words the same way).
"""

from __future__ import annotations

import argparse
import functools
import html
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent))
import nav  # tools/ is not a package; nav.py lists the chapters and reads their titles

ROOT = nav.ROOT
README = ROOT / "README.md"
LANGS = nav.LANGS
START, END = "<!-- links:start -->", "<!-- links:end -->"
BINDER = "mybinder.org"
BADGE = "https://mybinder.org/badge_logo.svg"
APPS = {"lab": "lab/tree", "voila": "voila/render"}
MOVING = ("main", "master", "head")

OWNER = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?")
NAME = re.compile(r"[A-Za-z0-9._-]{1,100}")
TAG = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,99}")
LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
HUB = re.compile(
    rf"(?:(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://)?(?P<host>{LABEL}(?:\.{LABEL})*)(?::(?P<port>\d{{1,5}}))?"
    r"(?P<path>(?:/[A-Za-z0-9._~-]+)*)/?"
)

#: Blog snippets, per language. ``{badge}``, ``{title}``, ``{essay}`` and ``{app}`` are filled in
#: already rendered (Markdown or HTML); the rest is plain text.
WORDS = {
    "en": {
        "badge": "Launch on Binder",
        "chapter": "{badge} {title}, from {essay}: live in JupyterLab on Binder "
        "(the first start takes a minute or more), or {app}.",
        "index": "{badge} {title}: live in JupyterLab on Binder (the first start takes a minute or more), or {app}.",
        "app": "as an app with the code hidden",
    },
    "ja": {
        "badge": "Binder で開く",
        "chapter": "{badge} {essay}の章「{title}」を、Binder の JupyterLab で動かしながら読めます"
        " (最初の起動には 1 分以上かかります)。コードを隠した{app}でも開けます。",
        "index": "{badge} 「{title}」を、Binder の JupyterLab で動かしながら読めます"
        " (最初の起動には 1 分以上かかります)。コードを隠した{app}でも開けます。",
        "app": "アプリ表示",
    },
}


class LinkError(ValueError):
    """Bad input: the message names the parameter and what it allows."""


@dataclass(frozen=True)
class Release:
    """Which release the links open: repository "owner/name", tag, optional hub and pull branch."""

    repository: str
    ref: str
    hub: str = ""  # normalised: "https://host[:port][/prefix]/", or "" for none
    pull_branch: str = ""  # what nbgitpuller pulls; "" means ref

    @property
    def owner(self) -> str:
        return self.repository.split("/")[0]

    @property
    def name(self) -> str:
        return self.repository.split("/")[1]

    @property
    def git_url(self) -> str:
        return f"https://github.com/{self.repository}"

    @property
    def branch(self) -> str:
        return self.pull_branch or self.ref


@dataclass(frozen=True)
class Chapter:
    lang: str
    path: str  # notebooks/<lang>/NN-slug.ipynb, relative to the repository's root
    title: str

    @property
    def is_index(self) -> bool:
        return Path(self.path).name.startswith("00-")


# ---------------------------------------------------------------- checking what comes in


def check_repository(value: str, param: str = "REPO") -> str:
    owner, slash, name = value.partition("/")
    if not (slash and OWNER.fullmatch(owner) and NAME.fullmatch(name)) or name in {".", ".."}:
        raise LinkError(
            f"{param} must be a GitHub repository as owner/name (owner: letters, digits and inner hyphens, "
            f"up to 39; name: letters, digits, '.', '_', '-'), got {value!r}"
        )
    if name.lower().endswith(".git"):
        raise LinkError(f"{param} must be owner/name without '.git', got {value!r}")
    return value


def check_tag(value: str, param: str = "REF", kind: str = "a release tag such as v1.0") -> str:
    allowed = (
        f"{param} must be {kind} (letters, digits, '.', '_', '+', '-', starting with a "
        f"letter or digit, containing a digit), never a moving branch ({', '.join(('main', 'master', 'HEAD'))})"
    )
    if not value:
        raise LinkError(f"{allowed}; it is empty")
    if value.lower() in MOVING:
        raise LinkError(f"{allowed}; got {value!r}, which moves with every commit")
    if not TAG.fullmatch(value) or not any(c.isdigit() for c in value) or ".." in value or value.endswith(".lock"):
        raise LinkError(f"{allowed}; got {value!r}")
    if re.fullmatch(r"[0-9a-f]{40}", value):
        raise LinkError(f"{allowed}; got a commit id, which nbgitpuller cannot pull")
    return value


def check_hub(value: str, param: str = "HUB") -> str:
    """A JupyterHub's address, "hub.example.org" or "https://example.org/prefix", as "https://.../"."""
    match = HUB.fullmatch(value)
    allowed = (
        f"{param} must be a JupyterHub's address: a host name such as hub.your-school.example, "
        f"or an https:// address with an optional path, such as https://your-school.example/jupyter"
    )
    if not match:
        raise LinkError(f"{allowed}; got {value!r}")
    if match["scheme"] not in (None, "https"):
        raise LinkError(f"{allowed} (https only); got {value!r}")
    if match["port"] and not 0 < int(match["port"]) < 65536:
        raise LinkError(f"{allowed}; got port {match['port']}")
    port = f":{match['port']}" if match["port"] else ""
    return f"https://{match['host'].lower()}{port}{match['path']}/"


def release(
    repository: str, ref: str, hub: str = "", pull_branch: str = "", *, names: dict[str, str] | None = None
) -> Release | None:
    """The release the links open, checked; None when no repository is named (and nothing else is)."""
    names = {"repository": "REPO", "ref": "REF", "hub": "HUB", "pull_branch": "PULL_BRANCH"} | (names or {})
    if not repository:
        given = [names[k] for k, v in (("ref", ref), ("hub", hub), ("pull_branch", pull_branch)) if v]
        if given:
            raise LinkError(f"{names['repository']} (owner/name) is needed with {', '.join(given)}; it is empty")
        return None
    return Release(
        check_repository(repository, names["repository"]),
        check_tag(ref, names["ref"]),
        check_hub(hub, names["hub"]) if hub else "",
        check_tag(pull_branch, names["pull_branch"], "a branch made at the tag, such as class-v1.0")
        if pull_branch
        else "",
    )


def configured(pyproject: Path = ROOT / "pyproject.toml") -> dict[str, str]:
    """repository, ref, hub and pull-branch from [tool.essay]; a missing key is ''."""
    essay = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("essay", {})
    out = {}
    for key in ("repository", "ref", "hub", "pull-branch"):
        value = essay.get(key, "")
        if not isinstance(value, str):
            raise LinkError(f"{key} in pyproject.toml [tool.essay] must be a string, got {value!r}")
        out[key] = value.strip()
    return out


def from_config(config: dict[str, str]) -> Release | None:
    where = "in pyproject.toml [tool.essay]"
    return release(
        config["repository"],
        config["ref"],
        config["hub"],
        config["pull-branch"],
        names={
            "repository": f"repository {where}",
            "ref": f"ref {where}",
            "hub": f"hub {where}",
            "pull_branch": f"pull-branch {where}",
        },
    )


# ---------------------------------------------------------------- the links


@functools.cache
def chapters(lang: str) -> tuple[Chapter, ...]:
    """The chapters of an edition, read once per run."""
    return tuple(
        Chapter(lang, p.relative_to(ROOT).as_posix(), nav.title(nbformat.read(p, as_version=4)))
        for p in nav.chapters(lang)
    )


def binder(rel: Release, chapter: Chapter, app: str = "lab") -> str:
    """mybinder.org/v2/gh/OWNER/NAME/REF?urlpath=<lab/tree or voila/render>/<notebook>, encoded as Binder's
    own link generator does (URLSearchParams: '/' becomes %2F)."""
    path = "/".join(quote(part, safe="") for part in ("v2", "gh", rel.owner, rel.name, rel.ref))
    query = urlencode({"urlpath": f"{APPS[app]}/{chapter.path}"}, quote_via=quote, safe="")
    return f"https://{BINDER}/{path}?{query}"


def nbgitpuller(rel: Release, chapter: Chapter) -> str:
    """HUB/hub/user-redirect/git-pull?repo=...&branch=...&urlpath=lab/tree/NAME/<notebook>: nbgitpuller
    clones into a folder named after the repository, so the path starts with NAME."""
    if not rel.hub:
        raise LinkError("HUB is needed for nbgitpuller links; it is empty")
    query = urlencode(
        {"repo": rel.git_url, "branch": rel.branch, "urlpath": f"{APPS['lab']}/{rel.name}/{chapter.path}"},
        quote_via=quote,
        safe="",
    )
    return f"{rel.hub}hub/user-redirect/git-pull?{query}"


def essay_title(lang: str) -> str:
    index = next((c for c in chapters(lang) if c.is_index), None)
    if index is None:
        raise SystemExit(f"notebooks/{lang} has no 00- index chapter to name the essay")
    return index.title


def _md_text(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", text)


def snippet(rel: Release, chapter: Chapter, fmt: str) -> str:
    """A paragraph for a blog post: Binder's badge and the chapter's title, both linking to the chapter in
    JupyterLab on Binder, and a link to it as a Voilà app. fmt is "markdown" or "html"."""
    words = WORDS[chapter.lang]
    lab, app = binder(rel, chapter, "lab"), binder(rel, chapter, "voila")
    essay = essay_title(chapter.lang)
    if fmt == "markdown":
        parts = {
            "badge": f"[![{_md_text(words['badge'])}]({BADGE})]({lab})",
            "title": f"[{_md_text(chapter.title)}]({lab})",
            "app": f"[{_md_text(words['app'])}]({app})",
            "essay": f"*{_md_text(essay)}*" if chapter.lang == "en" else f"『{_md_text(essay)}』",
        }
    elif fmt == "html":
        e = html.escape
        parts = {
            "badge": f'<a href="{e(lab)}"><img src="{e(BADGE)}" alt="{e(words["badge"])}"></a>',
            "title": f'<a href="{e(lab)}">{e(chapter.title)}</a>',
            "app": f'<a href="{e(app)}">{e(words["app"])}</a>',
            "essay": f"<cite>{e(essay)}</cite>" if chapter.lang == "en" else f"『{e(essay)}』",
        }
    else:
        raise LinkError(f"fmt must be 'markdown' or 'html', got {fmt!r}")
    text = words["index" if chapter.is_index else "chapter"].format(**parts)
    return f"<p>{text}</p>" if fmt == "html" else text


def table(rel: Release, lang: str) -> str:
    head = ["chapter", "live, in JupyterLab", "as an app (Voilà)"] + (["school JupyterHub"] if rel.hub else [])
    lines = [f"**{nav.EDITION_NAMES[lang]}**", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for ch in chapters(lang):
        cells = [
            f"[{Path(ch.path).stem}]({ch.path})",
            f"[Binder]({binder(rel, ch, 'lab')})",
            f"[Binder]({binder(rel, ch, 'voila')})",
        ]
        if rel.hub:
            cells.append(f"[nbgitpuller]({nbgitpuller(rel, ch)})")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def block(rel: Release | None) -> str:
    """What README.md holds between the markers."""
    if rel is None:
        return (
            "No launch links yet: the essay's public repository is not named; once it is published with a "
            'release tag, set `repository = "owner/name"` and `ref = "v1.0"` under `[tool.essay]` in '
            "`pyproject.toml` and run `make links`.\n"
        )
    # each edition's contents page (its 00- chapter), which the badge and the snippets open
    first = {lang: next((c for c in chs if c.is_index), chs[0]) for lang in LANGS if (chs := chapters(lang))}
    if not first:
        raise SystemExit("no chapters in notebooks/<lang>/ to link to")
    parts = [
        f"[![{WORDS['en']['badge']}]({BADGE})]({binder(rel, next(iter(first.values())), 'lab')}) "
        f"Release [`{rel.ref}`]({rel.git_url}/tree/{quote(rel.ref, safe='')}) of "
        f"[{rel.repository}]({rel.git_url}), written by `make links`.",
        *(table(rel, lang) for lang in LANGS if chapters(lang)),
    ]
    if not rel.hub:
        parts.append(
            "For a school's JupyterHub, `make links HUB=hub.your-school.example` adds an nbgitpuller link "
            "per chapter (`.venv/bin/python tools/links.py --hub hub.your-school.example --print` prints "
            "the tables and leaves this file alone)."
        )
    parts.append(
        "For a blog post, Binder's badge and a link to the essay's contents, in Markdown or HTML "
        "(`.venv/bin/python tools/links.py --snippets` prints one for every chapter):"
    )
    for lang in first:
        for fmt, label in (("markdown", "Markdown"), ("html", "HTML")):
            parts.append(f"{nav.EDITION_NAMES[lang]}, {label}:\n\n```{fmt}\n{snippet(rel, first[lang], fmt)}\n```")
    return "\n\n".join(parts) + "\n"


def all_links(rel: Release) -> list[tuple[Chapter, str, str]]:
    """Every (chapter, kind, url) the block holds: kind is "lab", "voila" or "nbgitpuller"."""
    out = []
    for lang in LANGS:
        for ch in chapters(lang):
            out += [(ch, "lab", binder(rel, ch, "lab")), (ch, "voila", binder(rel, ch, "voila"))]
            if rel.hub:
                out.append((ch, "nbgitpuller", nbgitpuller(rel, ch)))
    return out


def splice(text: str, body: str) -> str:
    if text.count(START) != 1 or text.count(END) != 1 or text.index(START) > text.index(END):
        raise SystemExit(f"README.md needs the markers {START} and {END}, once each, in that order")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{body}{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", default="", help="owner/name of the essay's GitHub repository (REPO)")
    parser.add_argument("--ref", default="", help="the release tag the links open, such as v1.0 (REF)")
    parser.add_argument("--hub", default="", help="a school's JupyterHub, for nbgitpuller links (HUB)")
    parser.add_argument("--pull-branch", default="", help="the branch nbgitpuller pulls; REF when empty")
    parser.add_argument("--readme", type=Path, default=README, help="the README to write or check")
    parser.add_argument("--pyproject", type=Path, default=ROOT / "pyproject.toml", help=argparse.SUPPRESS)
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--check", action="store_true", help="change nothing; exit 1 when the README is stale")
    what.add_argument("--print", action="store_true", help="print the README's block; change nothing")
    what.add_argument("--snippets", action="store_true", help="print a blog snippet for every chapter")
    args = parser.parse_args(argv)

    try:
        default = from_config(configured(args.pyproject))
        given = any((args.repo, args.ref, args.hub, args.pull_branch))
        rel = release(args.repo, args.ref, args.hub, args.pull_branch) if given else default
    except LinkError as err:
        print(f"links.py: {err}", file=sys.stderr)
        return 2

    if args.snippets:
        if rel is None:
            print(
                "links.py: REPO and REF are needed for snippets (or repository and ref in pyproject.toml)",
                file=sys.stderr,
            )
            return 2
        for lang in LANGS:
            for ch in chapters(lang):
                print(f"## {ch.path}\n\n{snippet(rel, ch, 'markdown')}\n\n{snippet(rel, ch, 'html')}\n")
        return 0
    body = block(rel)
    if args.print:
        print(body, end="")
        return 0

    text = args.readme.read_text(encoding="utf-8")
    new = splice(text, body)
    if args.check:
        if new != text:
            print(
                f"{args.readme.name}: the launch links are stale; run `make links` "
                "(it writes them for repository, ref and hub in pyproject.toml's [tool.essay])"
            )
            return 1
        return 0
    if new != text:
        args.readme.write_text(new, encoding="utf-8")
        print(f"updated the launch links in {args.readme.name}")
    else:
        print(f"the launch links in {args.readme.name} are up to date")
    if rel != default:
        print(
            "note: pyproject.toml [tool.essay] names another release; `make test` checks the README against "
            "it, so record repository, ref and hub there too"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
