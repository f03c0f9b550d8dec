"""Launch links (tools/links.py, `make links`): every link opens a chapter that exists, in the form
Binder and nbgitpuller read, pinned to a release tag; bad input is refused by name; the README's block
is fresh. The links are built for an example repository passed explicitly, so nothing here depends on
the essay's real (not yet published) name."""

import contextlib
import io
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from nbconvert.filters.markdown_mistune import markdown2html_mistune

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "links.py"
sys.path.insert(0, str(ROOT / "tools"))
try:
    import links
finally:
    sys.path.pop(0)

REPO, REF, HUB = "example/essay", "v1.0", "hub.your-school.example"
EXAMPLE = links.release(REPO, REF, HUB)
NO_HUB = links.release(REPO, REF)
NOTEBOOKS = {(lang, p.name) for lang in ("en", "ja") for p in (ROOT / "notebooks" / lang).glob("[0-9][0-9]-*.ipynb")}


def run(*args):
    """tools/links.py with these arguments, in this process (importing nbformat costs a second or more per
    process); returns what a subprocess would: returncode, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = links.main(list(args))
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def run_tool(*args):
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True, cwd=ROOT)


def notebook(path: str) -> tuple[str, str]:
    """("en", "02-two-stacks.ipynb") for an existing notebooks/<lang>/<file>, else fail."""
    parts = path.split("/")
    assert len(parts) == 3 and parts[0] == "notebooks", path
    assert (ROOT / path).is_file(), f"{path} does not exist"
    return parts[1], parts[2]


def binder_target(url: str) -> tuple[str, str]:
    """What a Binder link opens: ("lab" or "voila", notebook path), checking the form Binder reads."""
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.fragment) == ("https", "mybinder.org", ""), url
    assert parts.path == f"/v2/gh/{REPO}/{REF}", url
    query = parse_qs(parts.query, strict_parsing=True)
    assert list(query) == ["urlpath"] and len(query["urlpath"]) == 1, url
    app, _, path = query["urlpath"][0].partition("/")
    kind = {"lab": "tree", "voila": "render"}
    assert app in kind, url
    lead, _, path = path.partition("/")
    assert lead == kind[app], url
    return app, path


def test_the_readme_links_are_fresh():
    done = run_tool("--check")
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_chapter_of_both_editions_gets_every_kind_of_link():
    seen = {}
    for chapter, kind, _url in links.all_links(EXAMPLE):
        seen.setdefault(notebook(chapter.path), set()).add(kind)
    assert set(seen) == NOTEBOOKS and {lang for lang, _ in NOTEBOOKS} == {"en", "ja"}
    assert all(kinds == {"lab", "voila", "nbgitpuller"} for kinds in seen.values()), seen
    assert {name for lang, name in NOTEBOOKS if lang == "en"} == {name for lang, name in NOTEBOOKS if lang == "ja"}


def test_binder_links_open_the_chapter_in_jupyterlab_or_voila_at_the_tag():
    for chapter, kind, url in links.all_links(EXAMPLE):
        if kind == "nbgitpuller":
            continue
        app, path = binder_target(url)
        assert (app, path) == (kind, chapter.path)
        notebook(path)
        assert "HEAD" not in url and "/main?" not in url and "/master?" not in url


def test_the_urlpath_is_encoded_as_binders_link_generator_encodes_it():
    chapter = next(c for c in links.chapters("en") if c.path.endswith("02-two-stacks.ipynb"))
    assert links.binder(EXAMPLE, chapter, "lab") == (
        "https://mybinder.org/v2/gh/example/essay/v1.0?urlpath=lab%2Ftree%2Fnotebooks%2Fen%2F02-two-stacks.ipynb"
    )
    assert links.binder(EXAMPLE, chapter, "voila") == (
        "https://mybinder.org/v2/gh/example/essay/v1.0?urlpath=voila%2Frender%2Fnotebooks%2Fen%2F02-two-stacks.ipynb"
    )


def test_nbgitpuller_links_pull_the_tag_and_open_the_chapter_in_the_clone():
    for chapter, kind, url in links.all_links(EXAMPLE):
        if kind != "nbgitpuller":
            continue
        parts = urlsplit(url)
        assert (parts.scheme, parts.netloc) == ("https", HUB), url
        assert parts.path == "/hub/user-redirect/git-pull", url
        query = parse_qs(parts.query, strict_parsing=True)
        assert sorted(query) == ["branch", "repo", "urlpath"], url
        assert query["repo"] == [f"https://github.com/{REPO}"]
        assert query["branch"] == [REF]
        # nbgitpuller clones into a folder named after the repository: the path starts with it
        lab, tree, folder, path = query["urlpath"][0].split("/", 3)
        assert (lab, tree, folder) == ("lab", "tree", "essay") and path == chapter.path
        notebook(path)


def test_a_hub_address_keeps_its_path_and_a_pull_branch_replaces_the_tag_for_nbgitpuller_only():
    rel = links.release(REPO, REF, "https://Your-School.example/jupyter/", "class-v1.0")
    chapter = links.chapters("ja")[1]
    url = links.nbgitpuller(rel, chapter)
    assert url.startswith("https://your-school.example/jupyter/hub/user-redirect/git-pull?")
    assert parse_qs(urlsplit(url).query)["branch"] == ["class-v1.0"]
    assert urlsplit(links.binder(rel, chapter)).path == f"/v2/gh/{REPO}/{REF}"


def test_without_a_hub_there_are_no_nbgitpuller_links_and_the_readme_says_how_to_get_them():
    assert {kind for _, kind, _ in links.all_links(NO_HUB)} == {"lab", "voila"}
    block = links.block(NO_HUB)
    assert "git-pull" not in block and "make links HUB=" in block


@pytest.mark.parametrize(
    ("args", "param"),
    [
        (["--repo", "example", "--ref", "v1.0"], "REPO"),
        (["--repo", "example/essay.git", "--ref", "v1.0"], "REPO"),
        (["--repo", "ex ample/essay", "--ref", "v1.0"], "REPO"),
        (["--repo", "example/essay;ls", "--ref", "v1.0"], "REPO"),
        (["--ref", "v1.0"], "REPO"),
        (["--repo", "example/essay"], "REF"),
        (["--repo", "example/essay", "--ref", "HEAD"], "REF"),
        (["--repo", "example/essay", "--ref", "main"], "REF"),
        (["--repo", "example/essay", "--ref", "master"], "REF"),
        (["--repo", "example/essay", "--ref", "release"], "REF"),
        (["--repo", "example/essay", "--ref", "v1.0$(id)"], "REF"),
        (["--repo", "example/essay", "--ref", "v1.0", "--hub", "http://hub.example.org"], "HUB"),
        (["--repo", "example/essay", "--ref", "v1.0", "--hub", "hub.example.org?next=x"], "HUB"),
        (["--repo", "example/essay", "--ref", "v1.0", "--pull-branch", "main"], "PULL_BRANCH"),
    ],
)
def test_bad_input_is_refused_naming_the_parameter_and_what_it_allows(args, param):
    done = run(*args, "--print")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith(f"links.py: {param} "), done.stderr
    assert "must" in done.stderr or "is needed" in done.stderr, done.stderr


def test_the_command_refuses_a_moving_branch_with_status_2_and_prints_nothing():
    done = run_tool("--repo", REPO, "--ref", "main", "--print")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("links.py: REF must be a release tag") and "'main'" in done.stderr


def test_make_passes_the_values_as_quoted_variables_never_as_command_text():
    done = subprocess.run(
        ["make", "-n", "--no-print-directory", "links", "REPO=x/y; echo INJECTED", "REF=v1.0"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    recipe = [line for line in done.stdout.splitlines() if "tools/links.py" in line]
    assert done.returncode == 0 and len(recipe) == 1, done.stdout + done.stderr
    assert "INJECTED" not in recipe[0] and '--repo "$REPO"' in recipe[0]


class Anchors(HTMLParser):
    """Each <a href>: its text and the images (src, alt) inside it."""

    def __init__(self):
        super().__init__()
        self.anchors, self._open = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a":
            self._open = {"href": attrs["href"], "text": "", "img": []}
            self.anchors.append(self._open)
        elif tag == "img" and self._open is not None:
            self._open["img"].append((attrs["src"], attrs.get("alt", "")))

    def handle_endtag(self, tag):
        if tag == "a":
            self._open = None

    def handle_data(self, data):
        if self._open is not None:
            self._open["text"] += data


def anchors(html: str) -> list[dict]:
    parser = Anchors()
    parser.feed(html)
    return parser.anchors


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_every_snippet_shows_the_badge_linking_to_the_chapter_and_a_link_to_the_app(fmt):
    for lang in ("en", "ja"):
        for chapter in links.chapters(lang):
            text = links.snippet(EXAMPLE, chapter, fmt)
            rendered = markdown2html_mistune(text) if fmt == "markdown" else text
            found = anchors(rendered)
            lab, app = links.binder(EXAMPLE, chapter, "lab"), links.binder(EXAMPLE, chapter, "voila")
            badge = [a for a in found if a["img"]]
            assert [a["href"] for a in badge] == [lab], text
            assert badge[0]["img"] == [(links.BADGE, links.WORDS[lang]["badge"])]
            assert any(a["href"] == lab and a["text"] == chapter.title for a in found), text
            assert any(a["href"] == app and a["text"] == links.WORDS[lang]["app"] for a in found), text
            for a in found:
                binder_target(a["href"])


def test_the_japanese_snippets_are_worded_in_japanese():
    """Outside the links and the essay's own titles, a Japanese snippet's only Latin words are names."""
    names = {"Binder", "JupyterLab"}
    for chapter in links.chapters("ja"):
        text = links.snippet(EXAMPLE, chapter, "markdown")
        text = re.sub(r"\]\([^)]*\)", "]", text)
        for title in (chapter.title, links.essay_title("ja"), links.WORDS["ja"]["badge"]):
            text = text.replace(title, "")
        assert set(re.findall(r"[A-Za-z]+", text)) <= names, text
        assert re.search(r"[\u3040-\u30ff]", text), text


def test_with_no_repository_the_readme_says_so_in_one_sentence_and_shows_how(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.essay]\nrepository = ""\nref = ""\n', encoding="utf-8")
    done = run("--print", "--pyproject", str(pyproject))
    assert done.returncode == 0, done.stderr
    body = done.stdout.strip()
    assert body.count(". ") == 0 and body.endswith(".") and "\n" not in body
    assert "make links" in body and "[tool.essay]" in body and "mybinder" not in body


def test_the_defaults_come_from_pyproject_and_the_check_compares_against_them(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(f'[tool.essay]\nrepository = "{REPO}"\nref = "{REF}"\n', encoding="utf-8")
    readme = tmp_path / "README.md"
    shutil.copy(ROOT / "README.md", readme)
    before = readme.read_text(encoding="utf-8")
    common = ("--readme", str(readme), "--pyproject", str(pyproject))

    assert run("--check", *common).returncode == 1  # the real README has no links for example/essay
    assert run(*common).returncode == 0
    after = readme.read_text(encoding="utf-8")
    assert run("--check", *common).returncode == 0
    # only the block between the markers changed, and it holds every Binder link
    head, tail = before.split(links.START)[0], before.split(links.END)[1]
    assert after.startswith(head + links.START) and after.endswith(links.END + tail)
    for _, _, url in links.all_links(NO_HUB):
        assert f"({url})" in after

    one_link_older = after.replace(
        f"/{REF}?urlpath=lab%2Ftree%2Fnotebooks%2Fja", "/v0.9?urlpath=lab%2Ftree%2Fnotebooks%2Fja", 1
    )
    assert one_link_older != after
    readme.write_text(one_link_older, encoding="utf-8")
    stale = run("--check", *common)
    assert stale.returncode == 1 and "make links" in stale.stdout

    readme.write_text(after, encoding="utf-8")
    pyproject.write_text(f'[tool.essay]\nrepository = "{REPO}"\nref = "v1.1"\n', encoding="utf-8")
    assert run("--check", *common).returncode == 1  # a new release tag makes the links stale


def test_a_bad_value_in_pyproject_is_refused_naming_the_key(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(f'[tool.essay]\nrepository = "{REPO}"\nref = "main"\n', encoding="utf-8")
    done = run("--print", "--pyproject", str(pyproject))
    assert done.returncode == 2 and "ref in pyproject.toml [tool.essay]" in done.stderr
