// What the repository-boundary check (run by lint) counts as reaching outside the repository, and what not.
import { describe, expect, it } from "vitest";
import { findViolations, readings } from "./check-repo-boundary.mjs";

// A small repository: what `git ls-files` and .gitignore would say it has.
const repository = new Set([
  "apps",
  "apps/server",
  "apps/server/test",
  "apps/server/test/harness",
  "apps/web",
  "apps/web/dist",
  "examples",
  "examples/node-script",
  "packages",
  "packages/api",
  "packages/api/src",
  "packages/api/src/shared",
  "packages/api/src/shared/clock.ts",
  "packages/client",
  "packages/client/test",
]);
const has = (place: string) => repository.has(place);
const reasons = (file: string, text: string) => findViolations(file, text, has).map((v) => v.reason);

describe("relative paths", () => {
  it("passes in-repo imports that share a name with the folder beside the repository", () => {
    expect(reasons("packages/api/src/auth/token.ts", 'import type { Clock } from "../shared/clock.ts";')).toEqual([]);
  });

  it("flags a path meant to be read from the repository root into a sibling folder, at any depth", () => {
    const file = "apps/server/test/harness/fixtures.ts";
    for (const text of [
      // Built from parts so this file does not itself name the folder beside our own checkouts.
      `path.resolve(repoRoot, "../${"shared"}/fixtures/lemonsqueezy")`,
      `readFileSync("../../../../${"shared"}/fixtures/x.json")`,
      "// see ../shared beside the repository",
    ]) {
      expect(reasons(file, text)).toHaveLength(1);
    }
  });

  it("says when a path climbs above the root even from the file's own folder", () => {
    expect(reasons("apps/server/x.ts", 'path.resolve(here, "../../../outside")')).toEqual([
      "../../../outside climbs above the repository root",
    ]);
  });

  it("accepts a path read from the file's package or an ignored build folder", () => {
    expect(reasons("packages/client/test/a.test.ts", 'path.resolve(clientDir, "../../examples/node-script")')).toEqual(
      [],
    );
    expect(reasons("apps/server/src/config.ts", 'path.resolve(import.meta.dirname, "../../web/dist")')).toEqual([]);
  });

  it("reads a path from the file's folder and every folder above it, never from outside", () => {
    expect(readings("apps/server/test/x.ts", "../harness")).toEqual(["apps/server/harness", "apps/harness", "harness"]);
  });

  it("does not take a `../` inside a longer path or URL for a relative path of its own", () => {
    expect(reasons("apps/server/test/static.test.ts", 'get("/assets/../../etc/passwd")')).toEqual([]);
  });
});

describe("absolute paths", () => {
  it("flags paths into home folders, /root and /work", () => {
    for (const text of [
      "const data = '/home/alice/projects/fixtures';",
      "cd /Users/bob/src && npm test",
      "cat /root/.npmrc",
      "FIXTURES=/work/shared/fixtures",
    ]) {
      expect(reasons("scripts/setup.sh", text)).toHaveLength(1);
    }
  });

  it("allows a bare home folder used as a fake HOME value, and the same words inside URLs or paths", () => {
    for (const text of [
      'resolveCliConfig({}, { HOME: "/home/x" })',
      "https://example.com/home/alice/profile",
      "apps/work/tasks.ts",
      "src/home/user/page.tsx",
    ]) {
      expect(reasons("apps/cli/src/format.test.ts", text)).toEqual([]);
    }
  });
});

it("skips a line that carries the allow marker, and reports the line number of the others", () => {
  const text = ["ok", `docs mention ../${"shared"}/fixtures // repo-boundary: allow`, "cat /home/me/notes.txt"].join(
    "\n",
  );
  expect(findViolations("README.md", text, has).map((v) => v.line)).toEqual([3]);
});
