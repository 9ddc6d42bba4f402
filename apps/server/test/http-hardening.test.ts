// The HTTP layer in front of tRPC refuses what no client of ours sends, before tRPC or any body
// parser does work for it: bodies that are not JSON (form data read whole without a size limit,
// and the preflight-free content types a cross-site form can post), JSON nested deeper than any
// input (parsing it cost seconds of event loop), and requests trickled in forever. Runs on both
// tRPC paths (vitest.config.ts) and every database engine.
import http from "node:http";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JSON_TOO_DEEP_MESSAGE, MAX_JSON_DEPTH } from "../src/http/json-depth.ts";
import { NOT_JSON_MESSAGE } from "../src/plugins/trpc-request-guards.ts";
import { KEEP_ALIVE_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from "../src/server.ts";

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * Sends the headers and only the first bytes of a body announced as `declaredLength` bytes long, and
 * resolves with the answer. An answer that arrives at all shows the server decided from the headers:
 * had it waited for the body, it would wait for bytes that never come.
 */
function sendHeadersOnly(
  ts: TestServer,
  path: string,
  headers: Record<string, string>,
  declaredLength: number,
  firstBytes: string,
): Promise<RawAnswer> {
  const url = new URL(ts.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: "POST",
        headers: { ...headers, "content-length": String(declaredLength) },
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          body += chunk;
        });
        response.on("end", () => {
          request.destroy();
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
        });
      },
    );
    // The server closes the connection under the unsent rest of the body: expected, not a failure.
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "ECONNRESET" && error.code !== "EPIPE") reject(error);
    });
    request.write(firstBytes);
  });
}

interface TrpcErrorBody {
  error: { json: { message: string; data: { code: string; httpStatus: number } } };
}

function trpcError(body: string): TrpcErrorBody["error"]["json"] {
  const parsed: TrpcErrorBody = JSON.parse(body);
  return parsed.error.json;
}

const nestedArrays = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
/** A login whose unknown key holds arrays `depth` deep (the whole body nests two levels more). */
const loginWithNesting = (depth: number) => `{"json":{"email":"a@b.co","password":"x","zz":${nestedArrays(depth)}}}`;

describe("the HTTP layer in front of tRPC", () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer();
  });
  afterAll(async () => {
    await ts?.stop();
  });

  const notJson: Record<string, Record<string, string>> = {
    "form data (multipart)": { "content-type": "multipart/form-data; boundary=x" },
    "plain text": { "content-type": "text/plain;charset=UTF-8" },
    "a url-encoded form": { "content-type": "application/x-www-form-urlencoded" },
    "an octet stream": { "content-type": "application/octet-stream" },
    "a JSON look-alike": { "content-type": "application/json-patch+json" },
    "JSON in capitals (tRPC matches lower case only)": { "content-type": "Application/JSON" },
    "no content type": {},
  };
  for (const [name, headers] of Object.entries(notJson)) {
    it(`refuses ${name} on a public mutation with a typed 415, from the headers alone`, async () => {
      // 400 MB announced, a few bytes sent: the answer comes anyway, and signs nobody out.
      const answer = await sendHeadersOnly(ts, "/trpc/auth.logout", headers, 400 * 1024 * 1024, "--x\r\n");
      expect(answer.status).toBe(415);
      expect(answer.headers.connection).toBe("close");
      expect(answer.headers["set-cookie"]).toBeUndefined();
      expect(answer.headers["content-type"]).toBe("application/json");
      expect(trpcError(answer.body)).toMatchObject({
        message: NOT_JSON_MESSAGE,
        data: { code: "UNSUPPORTED_MEDIA_TYPE", httpStatus: 415 },
      });
    });
  }

  it("refuses a cross-site form's post the same way, and on the large-body routes too", async () => {
    const form = new FormData();
    form.set("email", "someone@example.com");
    const logout = await fetch(`${ts.url}/trpc/auth.logout`, {
      method: "POST",
      headers: { origin: "https://evil.example" },
      body: form,
    });
    expect(logout.status).toBe(415);
    expect(logout.headers.get("set-cookie")).toBeNull();
    expect(trpcError(await logout.text()).data.code).toBe("UNSUPPORTED_MEDIA_TYPE");

    for (const path of ["/trpc/resume.upload", "/trpc/voice.transcribe", "/trpc/system.info,auth.logout?batch=1"]) {
      const answer = await fetch(`${ts.url}${path}`, { method: "POST", body: form });
      expect(answer.status).toBe(415);
      expect(trpcError(await answer.text()).message).toBe(NOT_JSON_MESSAGE);
    }
  });

  it("still answers JSON with parameters, GET calls and CORS preflights", async () => {
    await expect(ts.client.system.info.query()).resolves.toBeDefined();
    const logout = await fetch(`${ts.url}/trpc/auth.logout`, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: "{}",
    });
    expect(logout.status).toBe(200);
    const preflight = await fetch(`${ts.url}/trpc/auth.logout`, {
      method: "OPTIONS",
      headers: {
        origin: new URL(ts.config.publicUrl).origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(preflight.status).toBe(204);
  });

  it("refuses JSON nested deeper than the limit with a typed 400, in a body and in a query's input", async () => {
    const deepBody = await fetch(`${ts.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: loginWithNesting(MAX_JSON_DEPTH),
    });
    expect(deepBody.status).toBe(400);
    expect(trpcError(await deepBody.text())).toMatchObject({
      message: JSON_TOO_DEEP_MESSAGE,
      data: { code: "BAD_REQUEST", httpStatus: 400 },
    });

    const deepQuery = await fetch(
      `${ts.url}/trpc/system.info?input=${encodeURIComponent(`{"json":${nestedArrays(MAX_JSON_DEPTH)}}`)}`,
    );
    expect(deepQuery.status).toBe(400);
    expect(trpcError(await deepQuery.text()).message).toBe(JSON_TOO_DEEP_MESSAGE);

    // Before anything else looks at the call: not even the sign-in check of the upload route runs.
    const deepUpload = await fetch(`${ts.url}/trpc/resume.upload`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"json":{"fileName":"a.pdf","contentBase64":"","x":${nestedArrays(MAX_JSON_DEPTH)}}}`,
    });
    expect(deepUpload.status).toBe(400);
    expect(trpcError(await deepUpload.text()).message).toBe(JSON_TOO_DEEP_MESSAGE);
  });

  it("lets nesting up to the limit through, and brackets inside strings never count", async () => {
    // Two levels for the wrapper and the login object: exactly MAX_JSON_DEPTH in all.
    const atLimit = await fetch(`${ts.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: loginWithNesting(MAX_JSON_DEPTH - 2),
    });
    expect(trpcError(await atLimit.text()).message).not.toBe(JSON_TOO_DEEP_MESSAGE);
    const bracketsInAString = await fetch(`${ts.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { email: "a@b.co", password: `\\"${"[".repeat(1000)}` } }),
    });
    expect(trpcError(await bracketsInAString.text()).message).not.toBe(JSON_TOO_DEEP_MESSAGE);
  });

  it("gives up on a request that is not received within the request timeout", () => {
    // Node answers 408 and closes the connection past requestTimeout (0 would mean never).
    const server = ts.server.app.server;
    expect(REQUEST_TIMEOUT_MS).toBeGreaterThan(0);
    expect(server.requestTimeout).toBe(REQUEST_TIMEOUT_MS);
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    // Headers get no longer than the whole request.
    expect(server.headersTimeout).toBeLessThanOrEqual(REQUEST_TIMEOUT_MS);
  });
});
