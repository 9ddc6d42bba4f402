// The package as an outsider gets it: pack the built client with `npm pack`, install the tarball into
// a copy of examples/node-script (its own package.json, outside the workspace, plain npm), type-check
// the example against the published declarations, and run its script against a real server.
import { execFile } from "node:child_process";
import { access, cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const exampleDir = path.resolve(clientDir, "../../examples/node-script");
// npm, not the workspace's pnpm: what an outsider uses. Keep pnpm's settings out of its environment.
const npmEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_)/i.test(name)),
) as NodeJS.ProcessEnv;

describe("an app outside the monorepo", () => {
  let ts: TestServer;
  let account: TestAccount;
  let appDir: string;
  beforeAll(async () => {
    // `pnpm test:all` builds the client first (turbo); a direct `vitest run` may find no build yet.
    const built = await access(path.join(clientDir, "dist/index.d.ts")).then(
      () => true,
      () => false,
    );
    if (!built) await run(process.execPath, ["scripts/build.mjs"], { cwd: clientDir });

    appDir = await mkdtemp(path.join(os.tmpdir(), "interviewer-example-"));
    await cp(exampleDir, appDir, {
      recursive: true,
      filter: (source) => !/node_modules|\.tgz$|package-lock\.json$/.test(source),
    });
    await run("npm", ["pack", "--pack-destination", appDir], { cwd: clientDir, env: npmEnv });
    await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"], {
      cwd: appDir,
      env: npmEnv,
      timeout: 240_000,
    });

    ts = await startTestServer({ env: { FREE_CREDITS_ON_SIGNUP: "1" } });
    account = await createVerifiedAccount(ts);
  }, 300_000);
  afterAll(async () => {
    await ts?.stop();
    if (appDir) await rm(appDir, { recursive: true, force: true });
  });

  it("type-checks against the published declarations alone", async () => {
    const { stdout } = await run(process.execPath, [path.join(appDir, "node_modules/typescript/bin/tsc"), "-p", "."], {
      cwd: appDir,
    });
    expect(stdout).toBe("");
  });

  it("runs the example script: sign in, stream an evaluation, read the report, typed errors", async () => {
    const { stdout, stderr } = await run(process.execPath, ["main.mjs"], {
      cwd: appDir,
      env: {
        ...npmEnv,
        INTERVIEWER_URL: ts.url,
        INTERVIEWER_EMAIL: account.email,
        INTERVIEWER_PASSWORD: account.password,
      },
    });
    expect(stderr).toBe("");
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe(`signed in as ${account.email}`);
    expect(lines).toContain("credits: 1");
    expect(stdout).toMatch(/streamed feedback: [1-9]\d* characters/);
    expect(stdout).toMatch(/score: \d+\/10/);
    expect(stdout).toMatch(/report: \d+(\.\d)?% \((ready|almost|not_ready)\)/);
    expect(lines).toContain("next interview: no_credits (NO_CREDITS)");
    expect(lines.at(-1)).toBe("signed out");
  });
});
