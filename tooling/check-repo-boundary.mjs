#!/usr/bin/env node
// Fails when a file of the repository reaches outside it. A clone on a stranger's machine has no
// folders beside it and nobody's home directory, so a test or script that reads `../shared/…` or
// `/home/me/…` passes only on our machines. Part of `pnpm run lint`.
//
// Scanned: every file git tracks or would add (`git ls-files --cached --others --exclude-standard`),
// Markdown included (a README saying `cd ../shared` sends a stranger nowhere). Skipped: binary files
// (a NUL byte in the first 8 KB); pnpm-lock.yaml, whose `../` paths are relative to each workspace
// package and all come from the package.json files scanned here; and this script and its test, which
// spell out the paths they look for. Tracked symlinks are judged by their target.
//
// Flagged, line by line:
// - absolute paths into a home directory or our machines' work folder: `/home/<user>/…`,
//   `/Users/<user>/…`, `/root/…`, `/work/…`. A bare `/home/<user>` with nothing after it is allowed:
//   tests use one as a fake HOME value, and it reads nothing.
// - relative paths (`../`, any depth) that land on nothing the repository has (a tracked file or
//   folder, or ignored build output such as dist/) however they are read: from the file's own folder,
//   or from any folder above it up to the root, since code resolves paths from its package or the
//   repository root too (`path.resolve(packageDir, "../../examples")`). So in-repo imports such as
//   `../shared/clock.ts` pass, and `path.resolve(repoRoot, "../sibling/fixtures")` fails: from every
//   such folder it climbs above the root or lands on nothing.
// A line that has to name such a path anyway opts out with the marker `repo-boundary: allow`.
import { spawnSync } from "node:child_process";
import { lstatSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const ALLOW_MARKER = "repo-boundary: allow";
const SKIPPED_FILES = new Set([
  "pnpm-lock.yaml",
  "tooling/check-repo-boundary.mjs",
  "tooling/check-repo-boundary.test.ts",
]);

// Not preceded by a path or word character, so `example.com/home/…` and `src/home/…` are not absolute.
const ABSOLUTE = /(?<![\w.~$/-])\/(?:(?:home|Users)\/[\w.-]+\/[^\s'"`)\]]*|root\/[^\s'"`)\]]*|work\/[^\s'"`)\]]*)/g;
const RELATIVE = /(?<![\w.~/-])(?:\.\.\/)+(?:[\w@+.-]+(?:\/[\w@+.-]+)*)?\/?/g;

/** The repo-relative places a `../` path can mean in a file: read from its folder and every folder above. */
export function readings(file, relativePath) {
  const places = [];
  for (let folder = path.posix.dirname(file); ; folder = path.posix.dirname(folder)) {
    const place = path.posix.normalize(path.posix.join(folder, relativePath)).replace(/\/$/, "");
    if (place !== ".." && !place.startsWith("../")) places.push(place);
    if (folder === ".") return places;
  }
}

/** Every outward-looking path on every line of one file: absolute ones, and `../` ones with their readings. */
export function findReferences(file, text) {
  const references = [];
  text.split("\n").forEach((content, index) => {
    if (content.includes(ALLOW_MARKER)) return;
    const line = index + 1;
    for (const match of content.matchAll(ABSOLUTE)) {
      references.push({ file, line, kind: "absolute", path: match[0], content });
    }
    for (const match of content.matchAll(RELATIVE)) {
      references.push({ file, line, kind: "relative", path: match[0], places: readings(file, match[0]), content });
    }
  });
  return references;
}

/**
 * Why a reference reaches outside the repository, or null when it does not. `has(p)` says whether the
 * repository has the repo-relative path p (tracked, a folder of tracked files, or ignored build output).
 */
export function judgeReference(reference, has) {
  if (reference.kind === "absolute") return `absolute path ${reference.path} exists only on one machine`;
  if (reference.places.length === 0) return `${reference.path} climbs above the repository root`;
  if (reference.places.some((place) => place === "." || has(place))) return null;
  const folder = path.posix.dirname(reference.file);
  return `${reference.path} lands on nothing in the repository, read from ${folder} or any folder above it`;
}

/** The violations in one file's text; what main() runs for every file, and what the tests call. */
export function findViolations(file, text, has) {
  return findReferences(file, text)
    .map((reference) => ({ ...reference, reason: judgeReference(reference, has) }))
    .filter((reference) => reference.reason !== null);
}

function git(args, input) {
  const result = spawnSync("git", args, { encoding: "utf8", input, maxBuffer: 64 * 1024 * 1024 });
  if (result.error || (result.status !== 0 && result.status !== 1)) {
    console.error(`check-repo-boundary: git ${args[0]} failed; run it inside the repository's git checkout`);
    process.exit(2);
  }
  return result.stdout;
}

/** The text to scan for one listed file: its content, a symlink's target, or null when skipped. */
function readScannable(file) {
  let stat;
  try {
    stat = lstatSync(file);
  } catch {
    return null; // deleted in the working tree; its deletion is what will be committed
  }
  if (stat.isSymbolicLink()) return readlinkSync(file);
  if (!stat.isFile()) return null;
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8192).includes(0)) return null;
  return bytes.toString("utf8");
}

function main() {
  process.chdir(git(["rev-parse", "--show-toplevel"]).trim());
  const files = [
    ...new Set(git(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]).split("\0").filter(Boolean)),
  ];
  const known = new Set(files);
  for (const file of files) {
    for (let folder = path.posix.dirname(file); folder !== "."; folder = path.posix.dirname(folder)) known.add(folder);
  }
  // Imports may leave out the extension; accept `x` when `x.ts` or the like is known.
  const knownWithoutExtension = new Set(files.map((file) => file.replace(/\.[^/.]+$/, "")));
  const isKnown = (p) => known.has(p) || knownWithoutExtension.has(p);

  const scanned = files
    .filter((file) => !SKIPPED_FILES.has(file))
    .map((file) => ({ file, text: readScannable(file) }))
    .filter((entry) => entry.text !== null);

  // One `git check-ignore` for every unknown in-repo reading, instead of one process per reference.
  // Each is asked as a file and as a folder, since `dist/` in .gitignore matches folders only.
  const unknown = new Set();
  for (const { file, text } of scanned) {
    for (const reference of findReferences(file, text)) {
      for (const place of reference.places ?? []) if (place !== "." && !isKnown(place)) unknown.add(place);
    }
  }
  const queries = [...unknown].flatMap((place) => [place, `${place}/`]);
  const ignored = new Set(
    queries.length === 0
      ? []
      : git(["check-ignore", "--no-index", "--stdin"], queries.join("\n"))
          .split("\n")
          .map((place) => place.replace(/\/$/, "")),
  );
  const has = (p) => isKnown(p) || ignored.has(p);

  const violations = scanned.flatMap(({ file, text }) => findViolations(file, text, has));
  for (const v of violations) console.error(`${v.file}:${v.line}: ${v.reason}\n    ${v.content.trim()}`);
  if (violations.length > 0) {
    console.error(
      `check-repo-boundary: ${violations.length} reference(s) outside the repository. Keep what the code needs ` +
        `inside it, or mark a line that must name such a path with "${ALLOW_MARKER}".`,
    );
    process.exit(1);
  }
  console.log(`check-repo-boundary: ${scanned.length} files stay inside the repository`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
