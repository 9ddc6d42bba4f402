import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resolveAuthSecret } from "./auth-secret.ts";
import { loadConfig } from "./config.ts";

describe("resolveAuthSecret", () => {
  let dir: string;
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("generates a secret once and returns the same one after a restart", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "secret-"));
    const config = loadConfig({ DATA_DIR: dir });
    const first = await resolveAuthSecret(config);
    const second = await resolveAuthSecret(loadConfig({ DATA_DIR: dir }));
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(second).toBe(first);
    const file = path.join(dir, "auth-secret");
    expect((await readFile(file, "utf8")).trim()).toBe(first);
    expect((await stat(file)).mode & 0o077).toBe(0);
  });

  it("uses AUTH_SECRET when it is set and writes nothing", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "secret-"));
    const secret = "s".repeat(40);
    expect(await resolveAuthSecret(loadConfig({ DATA_DIR: dir, AUTH_SECRET: secret }))).toBe(secret);
    await expect(stat(path.join(dir, "auth-secret"))).rejects.toThrow();
  });
});
