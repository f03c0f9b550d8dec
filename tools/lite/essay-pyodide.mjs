// The lite edition's Pyodide, as the kernel loads it (jupyter-lite.json's pyodideUrl points here, beside
// pyodide.mjs): Pyodide restored from the memory snapshot tools/lite/snapshot.mjs made at build time, its wheels
// unpacked and piplite, IPython, plotly, ipywidgets and the essay's package imported, where pyodide.mjs would start
// Python afresh and do all that on each page load.
//
// - essay-snapshot.bin.gz: the interpreter's memory; essay-site.bin.gz and essay-site.json: the files of
//   site-packages, which live outside that memory (in Emscripten's file system) and are written back before Python
//   resumes, so that what was not imported at build time still imports, and data files still read.
// - Every package of the site's lock counts as loaded (they are all in the snapshot), so the kernel's loadPackage
//   calls (for each cell's imports) find nothing to fetch.
// - Python's random module is seeded afresh: a snapshot would otherwise give every page the same sequence.
import { loadPyodide as loadFresh } from "./pyodide.mjs";

const HERE = new URL(".", import.meta.url);
const SNAPSHOT = "essay-snapshot.bin.gz";
const SITE_FILES = "essay-site.bin.gz";
const SITE_INDEX = "essay-site.json";

async function fetchOk(name) {
  const response = await fetch(new URL(name, HERE));
  if (!response.ok) throw new Error(`the lite edition's ${name} did not load: HTTP ${response.status}`);
  return response;
}

async function gunzip(name) {
  const body = (await fetchOk(name)).body.pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(body).arrayBuffer());
}

function writeSite(FS, sitePackages, index, blob) {
  const made = new Set();
  for (const [rel, offset, length] of index) {
    const file = `${sitePackages}/${rel}`;
    const dir = file.slice(0, file.lastIndexOf("/"));
    if (!made.has(dir)) {
      FS.mkdirTree(dir);
      made.add(dir);
    }
    FS.writeFile(file, blob.subarray(offset, offset + length));
  }
}

export async function loadPyodide(options = {}) {
  // The kernel passes the packages to preload: the snapshot has them all.
  const { packages: _inSnapshot, ...rest } = options;
  const [snapshot, index, blob, createModule] = await Promise.all([
    gunzip(SNAPSHOT),
    fetchOk(SITE_INDEX).then((r) => r.json()),
    gunzip(SITE_FILES),
    import("./pyodide.asm.mjs").then((m) => m.default),
  ]);
  // The snapshot's header, then the memory it restores; this Pyodide's module starts smaller than that memory.
  const memory = snapshot.length - new Uint32Array(snapshot.buffer, snapshot.byteOffset, 2)[1];
  let api;
  const pyodide = await loadFresh({
    ...rest,
    _loadSnapshot: snapshot,
    createPyodideModule: async (settings) => {
      const module = await createModule(settings);
      module.growMemory(memory);
      api = module.API;
      return module;
    },
    // The Pyodide functions micropip and piplite hold, by the names tools/lite/snapshot.mjs gave them.
    _snapshotDeserializer: (named) => ("public" in named ? api.public_api[named.public] : api[named.pyodide]),
    fsInit: (FS, { sitePackages }) => writeSite(FS, sitePackages, index, blob),
  });
  for (const name of Object.keys(pyodide.lockfile?.packages ?? {})) pyodide.loadedPackages[name] = "snapshot";
  pyodide.runPython("import random; random.seed()");
  return pyodide;
}
