// A stand-in for github.com and api.github.com that speaks the OAuth web flow's real endpoints:
// GET /login/oauth/authorize (the consent page; here the test preselects who "clicks Authorize" and it
// redirects straight back with a code), POST /login/oauth/access_token (checks client credentials, the
// code, the redirect URI and the PKCE S256 verifier, answering errors as 200 + { error } like GitHub),
// GET /user and GET /user/emails (bearer token). Tests register GitHub users, can rename them, and can
// make the token endpoint fail like an outage.
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeGithubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
}

export interface FakeGithubUser {
  id: number;
  login: string;
  name: string | null;
  emails: FakeGithubEmail[];
}

export interface FakeGithubServer {
  /** Pass as both GITHUB_OAUTH_URL and GITHUB_API_URL. */
  url: string;
  clientId: string;
  clientSecret: string;
  /** Adds the user, or replaces the one with the same id (a rename, a new email). */
  putUser(user: FakeGithubUser): void;
  /** The user who approves the next authorize requests, as if signed in to GitHub in that browser. */
  approveAs(userId: number): void;
  /** The next `count` token requests answer this status with an HTML error page (an outage). */
  failTokenEndpoint(count: number, status?: number): void;
  /** POSTs to the token endpoint that reached this server. */
  tokenRequestCount(): number;
  close(): Promise<void>;
}

interface IssuedCode {
  userId: number;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  used: boolean;
}

export async function startFakeGithubServer(
  clientId = "Iv1.fakeclientid",
  clientSecret = "fake-client-secret",
): Promise<FakeGithubServer> {
  const users = new Map<number, FakeGithubUser>();
  const codes = new Map<string, IssuedCode>();
  const accessTokens = new Map<string, number>();
  let approvingUserId: number | undefined;
  let failures = { remaining: 0, status: 500 };
  let tokenRequests = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake-github");
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(body));
      };

      if (req.method === "GET" && url.pathname === "/login/oauth/authorize") {
        const params = url.searchParams;
        const redirectUri = params.get("redirect_uri");
        const state = params.get("state");
        const codeChallenge = params.get("code_challenge");
        if (params.get("client_id") !== clientId || !redirectUri || !state) {
          res.writeHead(400, { "content-type": "text/plain" });
          return res.end("unknown client or missing redirect_uri/state");
        }
        if (!codeChallenge || params.get("code_challenge_method") !== "S256") {
          res.writeHead(400, { "content-type": "text/plain" });
          return res.end("this fake only accepts PKCE with S256");
        }
        if (approvingUserId === undefined || !users.has(approvingUserId)) {
          res.writeHead(400, { "content-type": "text/plain" });
          return res.end("no GitHub user is set to approve (call approveAs)");
        }
        const code = randomBytes(10).toString("hex");
        codes.set(code, { userId: approvingUserId, clientId, redirectUri, codeChallenge, used: false });
        const back = new URL(redirectUri);
        back.searchParams.set("code", code);
        back.searchParams.set("state", state);
        res.writeHead(302, { location: back.toString() });
        return res.end();
      }

      if (req.method === "POST" && url.pathname === "/login/oauth/access_token") {
        tokenRequests += 1;
        if (failures.remaining > 0) {
          failures.remaining -= 1;
          res.writeHead(failures.status, { "content-type": "text/html" });
          return res.end("<html><body>Unicorn! Something went wrong.</body></html>");
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const body = (req.headers["content-type"] ?? "").includes("application/json")
          ? (JSON.parse(raw) as Record<string, string>)
          : Object.fromEntries(new URLSearchParams(raw));
        if (body.client_id !== clientId || body.client_secret !== clientSecret) {
          return json(200, {
            error: "incorrect_client_credentials",
            error_description: "The client_id and/or client_secret passed are incorrect.",
          });
        }
        const issued = body.code ? codes.get(body.code) : undefined;
        const badCode = () =>
          json(200, { error: "bad_verification_code", error_description: "The code passed is incorrect or expired." });
        if (!issued || issued.used || issued.clientId !== body.client_id) return badCode();
        if (body.redirect_uri !== issued.redirectUri) {
          return json(200, {
            error: "redirect_uri_mismatch",
            error_description: "The redirect_uri MUST match the registered callback URL for this application.",
          });
        }
        const challenge = createHash("sha256")
          .update(body.code_verifier ?? "", "ascii")
          .digest("base64url");
        if (!body.code_verifier || challenge !== issued.codeChallenge) return badCode();
        issued.used = true;
        const accessToken = `gho_${randomBytes(18).toString("hex")}`;
        accessTokens.set(accessToken, issued.userId);
        return json(200, { access_token: accessToken, token_type: "bearer", scope: "read:user,user:email" });
      }

      if (req.method === "GET" && (url.pathname === "/user" || url.pathname === "/user/emails")) {
        const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
        const user = token ? users.get(accessTokens.get(token) ?? -1) : undefined;
        if (!user) {
          return json(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" });
        }
        if (url.pathname === "/user") {
          return json(200, { id: user.id, login: user.login, name: user.name, email: null, type: "User" });
        }
        return json(
          200,
          user.emails.map((e) => ({ ...e, visibility: e.primary ? "private" : null })),
        );
      }

      return json(404, { message: "Not Found" });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    clientId,
    clientSecret,
    putUser(user) {
      users.set(user.id, structuredClone(user));
    },
    approveAs(userId) {
      approvingUserId = userId;
    },
    failTokenEndpoint(count, status = 500) {
      failures = { remaining: count, status };
    },
    tokenRequestCount: () => tokenRequests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
