// Builds the server to run with plain `node dist/main.js`: no tsx at run time (it cost ~1.2 s of every
// start and two extra processes). Output, in dist/:
// - main.js: one ESM bundle of the server and the workspace packages it uses, plus a chunk per dynamic
//   import. Only this package's `dependencies` stay imports (native code and packages that load files
//   beside themselves: argon2, PGlite's wasm); everything else is bundled, so it is a devDependency.
// - the files the bundled code reads beside itself (`new URL("./file", import.meta.url)` in our
//   sources, e.g. the common-password list), copied next to the bundle. References that climb out
//   ("../package.json", "../../../drizzle") resolve exactly as from src/, because dist/ sits at the same
//   depth; the build checks every one of them and fails if one would not resolve.
// - pglite-seed.tgz: the embedded database with every migration applied, so a fresh DATA_DIR skips
//   PGlite's initdb. Made again only when the migrations, their code or PGlite change.
//
// `node scripts/build.mjs [--outdir DIR]` (DIR must sit beside dist/, e.g. a test's own build).
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = path.resolve(root, "../..");
const migrationsDir = path.join(repoRoot, "drizzle");
const packageJson = JSON.parse(await readFile(path.join(root, "package.json"), "utf8"));
const runtimeDependencies = Object.keys(packageJson.dependencies ?? {});
// `new URL("./name", import.meta.url)`: a file read beside the module; and any such relative reference.
const SIBLING_FILE = /new URL\(\s*["']\.\/([^"'/]+)["']\s*,\s*import\.meta\.url\s*\)/g;
const ANY_FILE = /new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g;

const outdirFlag = process.argv.indexOf("--outdir");
const outDir = path.resolve(outdirFlag === -1 ? path.join(root, "dist") : process.argv[outdirFlag + 1]);
if (path.dirname(outDir) !== root) {
  throw new Error(`--outdir must be a folder directly inside ${root}, so relative references resolve`);
}
// Built beside the target and swapped in at the end, so a running server never sees half a build.
const staging = await mkdtemp(path.join(root, ".dist-"));

try {
  // CommonJS dependencies inside an ESM bundle still call require() and read __dirname.
  const banner = [
    'import { createRequire as __bundleCreateRequire } from "node:module";',
    'import { dirname as __bundleDirname } from "node:path";',
    'import { fileURLToPath as __bundleFileURLToPath } from "node:url";',
    "const require = __bundleCreateRequire(import.meta.url);",
    "const __filename = __bundleFileURLToPath(import.meta.url);",
    "const __dirname = __bundleDirname(__filename);",
  ].join("\n");

  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: "src/main.ts" },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: runtimeDependencies,
    banner: { js: banner },
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning",
  });

  await copySiblingFiles(Object.keys(result.metafile.inputs));
  await checkRelativeReferences(Object.keys(result.metafile.outputs));
  await writePgliteSeed();

  await rm(outDir, { recursive: true, force: true });
  await rename(staging, outDir);
  await chmod(outDir, 0o755); // mkdtemp made it private
  console.log(`server built: ${path.relative(repoRoot, path.join(outDir, "main.js"))}`);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  throw error;
}

/** Our own sources that read a file beside themselves get that file beside the bundle. */
async function copySiblingFiles(inputs) {
  const copied = new Map();
  for (const input of inputs) {
    if (input.includes("node_modules") || !/\.[cm]?[jt]sx?$/.test(input)) continue;
    const source = path.resolve(root, input);
    const text = await readFile(source, "utf8");
    for (const [, name] of text.matchAll(SIBLING_FILE)) {
      const from = path.join(path.dirname(source), name);
      const previous = copied.get(name);
      if (previous && previous !== from) throw new Error(`two modules read a sibling file named ${name}`);
      copied.set(name, from);
      await copyFile(from, path.join(staging, name));
    }
  }
}

/** Every file the bundle reads relative to itself must be there, or the server would fail at run time. */
async function checkRelativeReferences(outputs) {
  const missing = [];
  for (const output of outputs) {
    if (!output.endsWith(".js")) continue;
    const file = path.resolve(root, output);
    const text = await readFile(file, "utf8");
    for (const [, reference] of text.matchAll(ANY_FILE)) {
      if (!existsSync(fileURLToPath(new URL(reference, `file://${file}`)))) missing.push(`${reference} (${output})`);
    }
  }
  if (missing.length > 0) throw new Error(`the bundle reads files that are not there:\n  ${missing.join("\n  ")}`);
}

/**
 * The pre-migrated PGlite data directory. Kept in node_modules/.cache by its inputs' hash, so rebuilds
 * (and the tests' own builds) make it only when a migration or PGlite changed.
 */
async function writePgliteSeed() {
  const key = await pgliteSeedKey();
  const cacheDir = path.join(root, "node_modules/.cache/interviewer-server");
  const cached = path.join(cacheDir, `pglite-seed-${key.slice(0, 16)}.tgz`);
  const seedFile = path.join(staging, "pglite-seed.tgz");
  if (!existsSync(cached)) {
    // The writer is bundled like the server (same PGlite, same migrator), run once, then removed.
    const builderDir = path.join(staging, ".seed-builder");
    await build({
      absWorkingDir: root,
      entryPoints: { "pglite-seed-cli": "../../packages/db/src/pglite-seed-cli.ts" },
      outdir: builderDir,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      external: runtimeDependencies,
      logLevel: "warning",
    });
    await mkdir(cacheDir, { recursive: true });
    await promisify(execFile)(process.execPath, [path.join(builderDir, "pglite-seed-cli.js"), cached, migrationsDir]);
    await rm(builderDir, { recursive: true, force: true });
    // Seeds of older migrations are never used again.
    for (const old of await readdir(cacheDir)) {
      if (old.startsWith("pglite-seed-") && path.join(cacheDir, old) !== cached) await rm(path.join(cacheDir, old));
    }
  }
  await copyFile(cached, seedFile);
}

/** Changes when a migration, the code that applies them or the PGlite version changes. */
async function pgliteSeedKey() {
  const hash = createHash("sha256");
  for (const writer of ["pglite-seed.ts", "migrate.ts", "open-database.ts"]) {
    hash.update(await readFile(path.join(repoRoot, "packages/db/src", writer)));
  }
  const pglite = JSON.parse(await readFile(path.join(root, "node_modules/@electric-sql/pglite/package.json"), "utf8"));
  hash.update(`pglite ${pglite.version}\n`);
  const files = (await readdir(migrationsDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
    .sort();
  for (const file of files) {
    hash.update(`${path.relative(migrationsDir, file)}\n`);
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
}
