// How the GitHub client classifies failures: the user's code being refused versus GitHub (or our
// configuration) being unusable, including a GitHub that never answers.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createGithubClient, GithubRequestError } from "./github-client.ts";

let server: http.Server | undefined;

async function githubAnswering(handler: http.RequestListener): Promise<string> {
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

function clientFor(url: string, timeoutMs?: number) {
  return createGithubClient({ clientId: "id", clientSecret: "secret", oauthUrl: url, apiUrl: url, timeoutMs });
}

async function failureOf(promise: Promise<unknown>): Promise<GithubRequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GithubRequestError);
  return error as GithubRequestError;
}

const exchange = { code: "c", redirectUri: "http://localhost/cb", codeVerifier: "v".repeat(43) };

describe("GitHub client failures", () => {
  it("a refused code is code_rejected; a refused client secret is unavailable (ours to fix)", async () => {
    let answer = "bad_verification_code";
    const url = await githubAnswering((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: answer, error_description: "..." }));
    });
    expect((await failureOf(clientFor(url).exchangeCode(exchange))).kind).toBe("code_rejected");
    answer = "incorrect_client_credentials";
    expect((await failureOf(clientFor(url).exchangeCode(exchange))).kind).toBe("unavailable");
  });

  it("a GitHub that never answers times out as unavailable", async () => {
    const url = await githubAnswering(() => {
      // Holds the request open: the client's own timeout has to end it.
    });
    const failure = await failureOf(clientFor(url, 50).exchangeCode(exchange));
    expect(failure.kind).toBe("unavailable");
    expect(failure.message).toMatch(/timed out/);
  });

  it("a 5xx, or a body that is not the documented shape, is unavailable", async () => {
    let status = 502;
    const url = await githubAnswering((_req, res) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: "not-a-number" }));
    });
    expect((await failureOf(clientFor(url).fetchProfile("token"))).kind).toBe("unavailable");
    status = 200;
    expect((await failureOf(clientFor(url).fetchProfile("token"))).kind).toBe("unavailable");
  });
});
