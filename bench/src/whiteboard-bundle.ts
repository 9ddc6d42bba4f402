// What the whiteboard costs in bytes, and proof that it costs nothing to pages that do not open it.
// Read from the built files (each with the .gz and .br copies the server sends):
//  - the landing page (dist/pages/index.html) and the app shell (dist/index.html): the JavaScript they
//    load before anything happens (their scripts, modulepreloads and every module those import
//    statically), compressed; neither may contain any of Excalidraw's code;
//  - the whiteboard: the chunk the answer editor imports when "Draw a diagram" is pressed
//    (WhiteboardCanvas-*.js) with everything it imports statically and its stylesheet, counting only
//    files the app shell has not loaded already; and the read-only diagram view (DiagramView-*.js),
//    which transcripts and reports load for an answer with a drawing;
//  - Excalidraw's self-hosted fonts (dist/excalidraw-assets/), fetched only for glyphs a drawing uses.
// Exits with 1 when Excalidraw leaks into the landing page or the app shell.
//
//   pnpm --filter @interviewer/bench whiteboard-bundle   (WHITEBOARD_BUNDLE_SKIP_BUILD=1 to measure dist as it is)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const distDir = path.join(repoRoot, "apps/web/dist");
const assetsDir = path.join(distDir, "assets");
/** A string only Excalidraw's own code carries: it names the global its asset loader reads. */
const EXCALIDRAW_MARKER = "EXCALIDRAW_ASSET_PATH";

interface Sizes {
  raw: number;
  gzip: number;
  br: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, br: a.br + b.br });
const ZERO: Sizes = { raw: 0, gzip: 0, br: 0 };

/** A built file's size as sent: its precompressed copy, or itself when none was smaller. */
async function sizesOf(file: string): Promise<Sizes> {
  const raw = (await stat(file)).size;
  const compressed = async (suffix: string) => (existsSync(file + suffix) ? (await stat(file + suffix)).size : raw);
  return { raw, gzip: await compressed(".gz"), br: await compressed(".br") };
}

/** Site paths ("/assets/x.js") of the scripts, preloads and stylesheets an HTML page loads. */
function resourcesOfPage(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) if (match[1]) found.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*\shref="([^"]+)"[^>]*>/g)) {
    if (match[1] && /rel="(modulepreload|stylesheet)"/.test(match[0])) found.add(match[1]);
  }
  return [...found];
}

/** The modules a built chunk imports statically (dynamic import()s load later, on demand). */
function staticImportsOf(js: string, from: string): string[] {
  const found = new Set<string>();
  for (const match of js.matchAll(
    /(?:\bimport|\bexport)\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
  )) {
    if (match[1]) found.add(new URL(match[1], `http://x${from}`).pathname);
  }
  return [...found];
}

/** Every file (by site path) that loading `roots` fetches before any dynamic import. */
async function closureOf(roots: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined || seen.has(next)) continue;
    seen.add(next);
    if (next.endsWith(".js")) queue.push(...staticImportsOf(await readFile(path.join(distDir, next), "utf8"), next));
  }
  return seen;
}

async function pageFiles(htmlFile: string): Promise<Set<string>> {
  return closureOf(resourcesOfPage(await readFile(path.join(distDir, htmlFile), "utf8")));
}

async function total(files: Iterable<string>, only: (file: string) => boolean = () => true): Promise<Sizes> {
  let sum = ZERO;
  for (const file of files) if (only(file)) sum = add(sum, await sizesOf(path.join(distDir, file)));
  return sum;
}

async function carriesExcalidraw(files: Iterable<string>): Promise<string[]> {
  const leaks: string[] = [];
  for (const file of files) {
    if (file.endsWith(".js") && (await readFile(path.join(distDir, file), "utf8")).includes(EXCALIDRAW_MARKER)) {
      leaks.push(file);
    }
  }
  return leaks;
}

async function chunkNamed(prefix: string): Promise<string> {
  const name = (await readdir(assetsDir)).find((file) => file.startsWith(`${prefix}-`) && file.endsWith(".js"));
  if (!name) throw new Error(`no ${prefix} chunk in ${assetsDir}: is the whiteboard still lazily loaded?`);
  return `/assets/${name}`;
}

if (!process.env.WHITEBOARD_BUNDLE_SKIP_BUILD) {
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], {
    cwd: path.join(repoRoot, "apps/web"),
    stdio: "inherit",
  });
  if (build.status !== 0) throw new Error("the web app did not build");
}

const landing = await pageFiles("pages/index.html");
const shell = await pageFiles("index.html");
const isJs = (file: string) => file.endsWith(".js");
const rows: string[] = [];
const row = (name: string, sizes: Sizes, files: number) =>
  rows.push(`| ${name} | ${files} | ${kb(sizes.raw)} | ${kb(sizes.gzip)} | ${kb(sizes.br)} |`);
row("landing page `/`: JavaScript", await total(landing, isJs), [...landing].filter(isJs).length);
row("app shell (`/sign-up`, …): JavaScript", await total(shell, isJs), [...shell].filter(isJs).length);

// What pressing "Draw a diagram" fetches: the chunk, its static imports and its stylesheet, less what
// the app has loaded already (React and the shared modules).
const canvasChunk = await chunkNamed("WhiteboardCanvas");
const canvasFiles = await closureOf([canvasChunk]);
const canvasCss = (await readdir(assetsDir)).filter(
  (file) => file.startsWith("WhiteboardCanvas-") && file.endsWith(".css"),
);
for (const css of canvasCss) canvasFiles.add(`/assets/${css}`);
const newForCanvas = [...canvasFiles].filter((file) => !shell.has(file));
row("whiteboard (opening it): JavaScript + CSS", await total(newForCanvas), newForCanvas.length);
const viewFiles = [...(await closureOf([await chunkNamed("DiagramView")]))].filter((file) => !shell.has(file));
row("read-only diagram (a report with a drawing)", await total(viewFiles), viewFiles.length);
const fontFiles = (await readdir(path.join(distDir, "excalidraw-assets"), { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)));
row("Excalidraw fonts, self-hosted (on demand, per glyph range)", await total(fontFiles), fontFiles.length);

console.log("\n| what | files | raw | gzip | brotli |\n| --- | ---: | ---: | ---: | ---: |");
for (const line of rows) console.log(line);
const leaks = [...(await carriesExcalidraw(landing)), ...(await carriesExcalidraw(shell))];
if (leaks.length > 0) {
  console.log(`\nExcalidraw's code is in what every visitor loads: ${leaks.join(", ")}`);
  process.exitCode = 1;
} else {
  console.log("\nNo Excalidraw code in the landing page or the app shell: it loads only with the whiteboard.");
}
