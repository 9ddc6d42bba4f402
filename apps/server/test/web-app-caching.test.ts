// How the built web app travels: the build's brotli/gzip copies are sent to browsers that accept them
// (with Vary: Accept-Encoding), hashed files under /assets/ are cached for a year as immutable, pages
// are revalidated on every use, and the prerendered public pages answer "/" and "/<name>" while every
// other page gets the app.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const APP_JS = `console.log(${JSON.stringify("the app ".repeat(200))});`;
const APP_HTML = "<!doctype html><title>Interviewer app</title><div id=root></div>";
const LANDING_HTML = "<!doctype html><title>Landing · Interviewer</title><h1>Practise backend interviews</h1>";
const TERMS_HTML = "<!doctype html><title>Terms of use · Interviewer</title><h1>Terms of use</h1>";

/** Writes a file and its .br and .gz copies, as the web build does. */
async function writeWithCopies(file: string, content: string): Promise<void> {
  await writeFile(file, content);
  await writeFile(`${file}.br`, brotliCompressSync(content));
  await writeFile(`${file}.gz`, gzipSync(content));
}

/** A raw GET (no automatic decompression) with the given Accept-Encoding. */
function get(url: string, acceptEncoding: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(url, { headers: { "accept-encoding": acceptEncoding, ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end();
    },
  );
}

describe("web app delivery: compression and caching", () => {
  let ts: TestServer;
  let distDir: string;

  beforeAll(async () => {
    distDir = await mkdtemp(path.join(os.tmpdir(), "web-dist-caching-"));
    await mkdir(path.join(distDir, "assets"));
    await mkdir(path.join(distDir, "pages"));
    await writeWithCopies(path.join(distDir, "index.html"), APP_HTML);
    await writeWithCopies(path.join(distDir, "assets", "app-Bx1a2b3c.js"), APP_JS);
    await writeWithCopies(path.join(distDir, "pages", "index.html"), LANDING_HTML);
    await writeWithCopies(path.join(distDir, "pages", "terms.html"), TERMS_HTML);
    await writeFile(path.join(distDir, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    ts = await startTestServer({ env: { WEB_DIST_DIR: distDir } });
  });

  afterAll(async () => {
    await ts?.stop();
    if (distDir) await rm(distDir, { recursive: true, force: true });
  });

  it("sends hashed assets brotli- or gzip-compressed, as accepted, cached for a year as immutable", async () => {
    const br = await get(`${ts.url}/assets/app-Bx1a2b3c.js`, "gzip, deflate, br");
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/javascript/);
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).toString()).toBe(APP_JS);
    expect(br.body.length).toBeLessThan(APP_JS.length / 4);

    const gz = await get(`${ts.url}/assets/app-Bx1a2b3c.js`, "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(gunzipSync(gz.body).toString()).toBe(APP_JS);

    const plain = await get(`${ts.url}/assets/app-Bx1a2b3c.js`, "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(APP_JS);
  });

  it("serves the prerendered landing page at / and the app for its own routes, revalidated on every use", async () => {
    const landing = await get(`${ts.url}/`, "br");
    expect(landing.status).toBe(200);
    expect(landing.headers["content-encoding"]).toBe("br");
    expect(landing.headers["content-type"]).toMatch(/^text\/html/);
    expect(landing.headers["cache-control"]).toBe("no-cache");
    expect(brotliDecompressSync(landing.body).toString()).toBe(LANDING_HTML);

    const terms = await get(`${ts.url}/terms`, "gzip");
    expect(terms.headers["cache-control"]).toBe("no-cache");
    expect(gunzipSync(terms.body).toString()).toBe(TERMS_HTML);

    for (const route of ["/dashboard", "/interviews/123/report", "/privacy", "/sign-up?returnTo=%2Fbilling"]) {
      const page = await get(`${ts.url}${route}`, "identity");
      expect(page.status, route).toBe(200);
      expect(page.headers["cache-control"], route).toBe("no-cache");
      expect(page.body.toString(), route).toBe(APP_HTML);
    }
  });

  it("answers 304 to a page the browser already has", async () => {
    const first = await get(`${ts.url}/`, "br");
    const etag = first.headers.etag;
    expect(typeof etag).toBe("string");
    const again = await get(`${ts.url}/`, "br", { "if-none-match": String(etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("caches files without a hash for a day, and still 404s missing assets and API paths", async () => {
    const icon = await get(`${ts.url}/favicon.svg`, "identity");
    expect(icon.status).toBe(200);
    expect(icon.headers["cache-control"]).toBe("public, max-age=86400");
    expect((await get(`${ts.url}/assets/missing-1234.js`, "br")).status).toBe(404);
    expect((await get(`${ts.url}/trpc/does.not.exist`, "br")).status).toBe(404);
  });
});
