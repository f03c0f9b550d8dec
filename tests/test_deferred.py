"""widgets/_deferred.py: a chapter's first cell does not build rfc3987_syntax's parsers, and whoever uses the
module later gets the same answers. Each check runs in a fresh interpreter: this test session imports jsonschema
itself (tests/test_binder.py)."""

import json
import subprocess
import sys

IRIS = ["http://例え.jp/パス?q=1#f", "https://a.b/c", "http://[bad", "not an iri", "urn:isbn:0451450523", ""]


def run(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


CHECKS = f"""
import json, sys, jsonschema
checker = jsonschema.Draft7Validator.FORMAT_CHECKER
answers = [[checker.conforms(i, f) for f in ("iri", "iri-reference")] for i in {IRIS!r}]
"""


def test_rfc3987_syntax_is_installed_here():
    """The deferral is for Jupyter's dependencies (jsonschema[format-nongpl]): if they stop installing the module,
    this fails, and widgets/_deferred.py can go."""
    assert run("import json, importlib.util; print(json.dumps(bool(importlib.util.find_spec('rfc3987_syntax'))))")


def test_a_chapter_s_first_imports_build_no_iri_parser():
    seen = run(
        "import json, sys\n"
        "from widgets import data, model\n"
        "from widgets.explorables.year import YearExplorer\n"
        "print(json.dumps({'jsonschema': 'jsonschema' in sys.modules,"
        " 'parsers': 'rfc3987_syntax.syntax_helpers' in sys.modules}))"
    )
    assert seen == {"jsonschema": True, "parsers": False}


def test_the_iri_formats_answer_as_without_the_stand_in():
    plain = run(CHECKS + "print(json.dumps(answers))")
    deferred = run("import widgets.explorables.year\n" + CHECKS + "print(json.dumps(answers))")
    assert deferred == plain
    assert plain[0] == [True, True] and plain[2] == [False, False]  # the checker is the real one


def test_the_module_itself_still_imports_whole():
    seen = run(
        "import json, sys, widgets\n"
        "from rfc3987_syntax import is_valid_syntax_iri\n"
        "import rfc3987_syntax.syntax_helpers as helpers\n"
        "real = sys.modules['rfc3987_syntax']\n"
        "print(json.dumps([is_valid_syntax_iri('http://a.b/'), helpers.is_valid_syntax('iri', 'http://[bad'),"
        " real.__file__.endswith('__init__.py'), widgets._deferred.defer_iri_parsers()]))"
    )
    assert seen == [True, False, True, False]  # real module in place; a second call installs nothing
