// A Pyodide memory snapshot for the lite edition, made by the very Pyodide the site serves, in Node
// (tools/lite_build.py calls it: `node snapshot.mjs PYODIDE_DIR OUT_DIR IMPORTS WHEEL...`).
//
// Without it, each page's kernel starts Python, unpacks 25 wheels (about 7,500 files) and imports IPython, plotly,
// ipywidgets and the essay's package before the first figure: about 9 s of a warm load's 19 s, measured in headless
// chromium on the 2-core machine. Here that work is done once, at build time:
//
// 1. the wheels are unpacked into site-packages (Python's zipfile, as Pyodide's own loader does);
// 2. every unpacked file goes into one blob, essay-site.bin.gz, with an index, essay-site.json
//    ([path under site-packages, offset, length], ...): a page writes them back into its file system in one pass
//    (essay-pyodide.mjs), well under a second, where unpacking the wheels took 3-4 s;
// 3. the pyodide kernel's module mocks are applied, as the kernel applies them before it imports IPython, and the
//    modules in IMPORTS are imported (the kernel itself is not: it starts its IPython shell when imported, and
//    made no measurable difference here);
// 4. the interpreter's memory goes into essay-snapshot.bin.gz (pyodide.makeMemorySnapshot; Pyodide refuses to load
//    it into a different build of itself).
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import zlib from "node:zlib";

const [pyodideDir, outDir, imports, ...wheels] = process.argv.slice(2);
if (!pyodideDir || !outDir || !imports || wheels.length === 0) {
  console.error("usage: node snapshot.mjs PYODIDE_DIR OUT_DIR IMPORTS WHEEL...");
  process.exit(2);
}
const indexURL = path.resolve(pyodideDir) + "/";
const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs").href);
const py = await loadPyodide({ indexURL, _makeSnapshot: true, stdout: console.log, stderr: console.error });
const site = py.runPython("import site; site.getsitepackages()[0]");

py.FS.mkdirTree("/tmp/essay-wheels");
for (const wheel of wheels) {
  const at = "/tmp/essay-wheels/" + path.basename(wheel);
  py.FS.writeFile(at, fs.readFileSync(wheel));
  py.globals.set("WHEEL", at);
  py.runPython(`import zipfile; zipfile.ZipFile(WHEEL).extractall(${JSON.stringify(site)})`);
  py.FS.unlink(at);
}
py.FS.rmdir("/tmp/essay-wheels");
py.globals.delete("WHEEL");

const index = [];
const chunks = [];
let offset = 0;
(function walk(dir) {
  for (const name of py.FS.readdir(dir).sort()) {
    if (name === "." || name === "..") continue;
    const p = dir + "/" + name;
    if (py.FS.isDir(py.FS.stat(p).mode)) walk(p);
    else {
      const data = py.FS.readFile(p);
      index.push([p.slice(site.length + 1), offset, data.length]);
      chunks.push(data);
      offset += data.length;
    }
  }
})(site);

py.globals.set("SITE", site);
py.globals.set("IMPORTS", imports);
py.runPython(`
import gc, importlib, importlib.util
spec = importlib.util.spec_from_file_location("_essay_kernel_mocks", SITE + "/pyodide_kernel/mocks.py")
mocks = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mocks)
mocks.apply_mocks()
for name in IMPORTS.split():
    importlib.import_module(name)
del spec, mocks, name
gc.collect()
`);
py.globals.delete("SITE");
py.globals.delete("IMPORTS");
// micropip and piplite keep Pyodide's own functions (loadPackage, loadBinaryFile, install) and its API object (public_api): the
// snapshot names them, and essay-pyodide.mjs hands the restored Pyodide's own in their place.
function serializer(value) {
  for (const name of Object.keys(py._api)) if (py._api[name] === value) return { pyodide: name };
  for (const name of ["loadPackage", "loadPackagesFromImports", "loadedPackages"]) {
    if (py[name] === value) return { public: name };
  }
  throw new Error(`the snapshot holds a JavaScript object it cannot name: ${typeof value} ${value?.name ?? ""}`);
}
const snapshot = py.makeMemorySnapshot({ serializer });

fs.mkdirSync(outDir, { recursive: true });
const gz = (data) => zlib.gzipSync(data, { level: 6 });
fs.writeFileSync(path.join(outDir, "essay-site.json"), JSON.stringify(index));
fs.writeFileSync(path.join(outDir, "essay-site.bin.gz"), gz(Buffer.concat(chunks)));
fs.writeFileSync(path.join(outDir, "essay-snapshot.bin.gz"), gz(snapshot));
console.log(`snapshot: ${index.length} files (${(offset / 1e6).toFixed(0)} MB), memory ${(snapshot.length / 1e6).toFixed(0)} MB`);
