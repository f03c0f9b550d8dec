// Add bytecode to wheels for the lite edition, compiled by the very Python that will run them: Pyodide's own
// interpreter, here in Node (tools/lite_build.py calls it: `node compile.mjs PYODIDE_DIR OUT_DIR WHEEL...`).
//
// A wheel from PyPI holds source only, and the browser's Python would compile every module it imports on every
// page load (importing IPython alone took about 6 s). Each module gets an unchecked hash-based .pyc beside it in
// __pycache__/ (PEP 552: imported without comparing the source's time stamp, which unpacking does not keep), and
// the wheel's RECORD lists it. The source stays, so tracebacks still show code.
import path from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, outDir, ...wheels] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(path.resolve(pyodideDir, "pyodide.mjs")).href);
const py = await loadPyodide({ indexURL: path.resolve(pyodideDir) + "/" });
py.FS.mkdir("/host");
py.FS.mount(py.FS.filesystems.NODEFS, { root: "/" }, "/host");
py.globals.set("OUT", "/host" + path.resolve(outDir));
py.globals.set("WHEELS", py.toPy(wheels.map((w) => "/host" + path.resolve(w))));
py.runPython(`
import base64, hashlib, importlib.util, sys, warnings, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

TAG = sys.implementation.cache_tag
warnings.simplefilter("ignore", SyntaxWarning)  # a package's own tests with old escapes: not ours to report

def record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"

def compile_wheel(src, dst):
    added = []
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        record = next(n for n in zin.namelist() if n.count("/") == 1 and n.endswith(".dist-info/RECORD"))
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == record:
                continue
            zout.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
            top = info.filename.split("/")[0]
            if not info.filename.endswith(".py") or top.endswith((".data", ".dist-info")):
                continue
            try:
                code = compile(data, info.filename, "exec", dont_inherit=True)
            except SyntaxError:
                continue  # a module that does not compile on this Python is never imported either
            pyc = _code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
            folder, _, stem = info.filename.rpartition("/")
            name = (folder + "/" if folder else "") + f"__pycache__/{stem[:-3]}.{TAG}.pyc"
            zout.writestr(zipfile.ZipInfo(name, date_time=info.date_time), pyc, compress_type=zipfile.ZIP_DEFLATED)
            added.append(record_line(name, pyc))
        lines = zin.read(record).decode("utf-8").rstrip("\\n").split("\\n")
        body = "\\n".join(lines[:-1] + added + lines[-1:]) + "\\n" if lines[-1].startswith(record) else "\\n".join(lines + added) + "\\n"
        zout.writestr(zin.getinfo(record), body, compress_type=zipfile.ZIP_DEFLATED)
    return len(added)

for src in WHEELS:
    n = compile_wheel(src, OUT + "/" + src.rsplit("/", 1)[1])
    print(f"compiled {n} modules: {src.rsplit('/', 1)[1]}")
`);
