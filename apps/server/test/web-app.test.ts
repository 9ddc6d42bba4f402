// The built web app is served on the API's port, with client-side routes falling back to index.html.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("web app hosting", () => {
  let ts: TestServer;
  let distDir: string;
  beforeAll(async () => {
    distDir = await mkdtemp(path.join(os.tmpdir(), "web-dist-"));
    await mkdir(path.join(distDir, "assets"));
    await writeFile(path.join(distDir, "index.html"), "<!doctype html><title>Interviewer</title><div id=root></div>");
    await writeFile(path.join(distDir, "assets", "app.js"), "console.log('app')");
    ts = await startTestServer({ env: { WEB_DIST_DIR: distDir } });
  });
  afterAll(async () => {
    await ts.stop();
    await rm(distDir, { recursive: true, force: true });
  });

  it("serves index.html at / and for client-side routes", async () => {
    for (const route of ["/", "/dashboard", "/interviews/123/report"]) {
      const response = await fetch(`${ts.url}${route}`);
      expect(response.status, route).toBe(200);
      expect(await response.text()).toContain("<title>Interviewer</title>");
    }
  });

  it("serves assets, and 404s for missing files and unknown API paths instead of falling back", async () => {
    expect(await (await fetch(`${ts.url}/assets/app.js`)).text()).toContain("console.log");
    expect((await fetch(`${ts.url}/assets/missing.js`)).status).toBe(404);
    const api = await fetch(`${ts.url}/trpc/does.not.exist`);
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toContain("application/json");
  });

  it("answers /favicon.ico with an icon even when the build has none", async () => {
    const response = await fetch(`${ts.url}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^image\//);
    const icon = Buffer.from(await response.arrayBuffer());
    // An ICO file: reserved 0, type 1 (icon), at least one image.
    expect(icon.readUInt16LE(0)).toBe(0);
    expect(icon.readUInt16LE(2)).toBe(1);
    expect(icon.readUInt16LE(4)).toBeGreaterThan(0);
  });
});
