// Sign-in with GitHub end to end: the real server and database, a fake GitHub speaking the OAuth web
// flow's endpoints (authorize, token with PKCE, /user, /user/emails), and a "browser" that keeps
// cookies the way a real one does, so the state cookie really has to travel from start to callback.
import { type AppRouter, GITHUB_OAUTH_COOKIE_NAME, REFRESH_COOKIE_NAME } from "@interviewer/api";
import { schema } from "@interviewer/db";
import { clientWithToken, createVerifiedAccount, latestMail, uniqueEmail } from "@interviewer/testing/accounts";
import {
  type FakeGithubServer,
  type FakeGithubUser,
  startFakeGithubServer,
} from "@interviewer/testing/fake-github-server";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import { count, eq } from "drizzle-orm";
import superjson from "superjson";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

const MINUTE = 60 * 1000;

/** A typed client whose fetch keeps cookies across calls, like a browser on our origin. */
interface Browser {
  client: TRPCClient<AppRouter>;
  cookies: Map<string, string>;
  /** Every Set-Cookie line received, newest last, for checking attributes. */
  setCookieLines: string[];
}

function newBrowser(ts: Pick<TestServer, "url">): Browser {
  const cookies = new Map<string, string>();
  const setCookieLines: string[] = [];
  const fetchWithCookies = async (input: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    if (cookies.size > 0) {
      headers.set("cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    }
    const response = await fetch(input, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      setCookieLines.push(line);
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      const expires = attributes.find((a) => a.toLowerCase().startsWith("expires="))?.slice("expires=".length);
      const expired = value === "" || (expires !== undefined && new Date(expires).getTime() <= Date.now());
      if (expired) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };
  const client = createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${ts.url}/trpc`, transformer: superjson, fetch: fetchWithCookies })],
  });
  return { client, cookies, setCookieLines };
}

describe("sign-in with GitHub", () => {
  let current = Date.now();
  const clock = { now: () => new Date(current) };
  let github: FakeGithubServer;
  let ts: TestServer;
  let nextGithubId = 1000;

  beforeAll(async () => {
    github = await startFakeGithubServer();
    ts = await startTestServer({
      clock,
      mailWorker: false,
      env: {
        GITHUB_CLIENT_ID: github.clientId,
        GITHUB_CLIENT_SECRET: github.clientSecret,
        GITHUB_OAUTH_URL: github.url,
        GITHUB_API_URL: github.url,
      },
    });
  });
  afterAll(async () => {
    await ts?.stop();
    await github?.close();
  });
  beforeEach(() => {
    current = Date.now();
  });

  function githubUser(overrides: Partial<FakeGithubUser> & { email?: string; verified?: boolean } = {}) {
    nextGithubId += 1;
    const { email = uniqueEmail("octo"), verified = true, ...rest } = overrides;
    const user: FakeGithubUser = {
      id: nextGithubId,
      login: `octocat-${nextGithubId}`,
      name: "Mona Lisa Octocat",
      emails: [
        { email, primary: true, verified },
        { email: `${nextGithubId}+noreply@users.noreply.github.com`, primary: false, verified: true },
      ],
      ...rest,
    };
    github.putUser(user);
    return user;
  }

  /** The user clicks "Authorize" on GitHub; we read the code and state off the redirect back to us. */
  async function approveOnGithub(authorizeUrl: string, githubUserId: number) {
    github.approveAs(githubUserId);
    const response = await fetch(authorizeUrl, { redirect: "manual" });
    expect(response.status).toBe(302);
    const back = new URL(response.headers.get("location") ?? "");
    expect(`${back.origin}${back.pathname}`).toBe(`${ts.config.publicUrl}/auth/github/callback`);
    return { code: back.searchParams.get("code") ?? "", state: back.searchParams.get("state") ?? "" };
  }

  async function signInWithGithub(browser: Browser, githubUserId: number, delivery: "cookie" | "body" = "cookie") {
    const { authorizeUrl } = await browser.client.auth.github.start.mutate();
    const { code, state } = await approveOnGithub(authorizeUrl, githubUserId);
    return browser.client.auth.github.callback.mutate({ code, state, refreshTokenDelivery: delivery });
  }

  async function rowCounts() {
    const db = ts.database.handle.db;
    const [[users], [sessions], [links]] = await Promise.all([
      db.select({ n: count() }).from(schema.users),
      db.select({ n: count() }).from(schema.sessions),
      db.select({ n: count() }).from(schema.oauthAccounts),
    ]);
    return { users: users?.n, sessions: sessions?.n, links: links?.n };
  }

  it("start answers GitHub's authorize URL and binds state and PKCE to an httpOnly cookie", async () => {
    const browser = newBrowser(ts);
    const { authorizeUrl } = await browser.client.auth.github.start.mutate({ returnTo: "/interviews/new" });
    const url = new URL(authorizeUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${github.url}/login/oauth/authorize`);
    expect(url.searchParams.get("client_id")).toBe(github.clientId);
    expect(url.searchParams.get("redirect_uri")).toBe(`${ts.config.publicUrl}/auth/github/callback`);
    expect(url.searchParams.get("scope")).toBe("read:user user:email");
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // 32 random bytes in base64url: 256 bits.
    expect(url.searchParams.get("state")).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const line = browser.setCookieLines.find((l) => l.startsWith(`${GITHUB_OAUTH_COOKIE_NAME}=`)) ?? "";
    expect(line).toMatch(/; HttpOnly/i);
    expect(line).toMatch(/; SameSite=Lax/i);
    expect(line).toMatch(/; Path=\/trpc(;|$)/);
    const expires = new Date(/Expires=([^;]+)/i.exec(line)?.[1] ?? "");
    expect(expires.getTime() - current).toBeLessThanOrEqual(10 * MINUTE);
    expect(expires.getTime() - current).toBeGreaterThan(9 * MINUTE);
    // The verifier is in the signed cookie, never in the URL that goes to GitHub.
    expect(authorizeUrl).not.toContain("code_verifier");
  });

  it("a first GitHub sign-in creates a verified account with a working session", async () => {
    const octo = githubUser({ name: "Ada Lovelace" });
    const browser = newBrowser(ts);
    const { authorizeUrl } = await browser.client.auth.github.start.mutate({ returnTo: "/interviews/new" });
    const { code, state } = await approveOnGithub(authorizeUrl, octo.id);
    const signedIn = await browser.client.auth.github.callback.mutate({ code, state });

    expect(signedIn.user.email).toBe(octo.emails[0]?.email);
    expect(signedIn.user.displayName).toBe("Ada Lovelace");
    expect(signedIn.returnTo).toBe("/interviews/new");
    // Web delivery: the refresh token is in the cookie, not the body; the state cookie is spent.
    expect(signedIn.refreshToken).toBeUndefined();
    expect(browser.cookies.has(REFRESH_COOKIE_NAME)).toBe(true);
    expect(browser.cookies.has(GITHUB_OAUTH_COOKIE_NAME)).toBe(false);

    const me = await clientWithToken(ts, signedIn.accessToken).account.me.query();
    expect(me).toMatchObject({ emailVerified: true, hasPassword: false, displayName: "Ada Lovelace" });
    expect(me.providers).toEqual([{ provider: "github", login: octo.login, linkedAt: expect.any(Date) }]);
    const sessions = await clientWithToken(ts, signedIn.accessToken).account.sessions.query();
    expect(sessions.find((s) => s.current)?.authMethod).toBe("github");

    // The refresh cookie works like after a password sign-in.
    const refreshed = await browser.client.auth.refresh.mutate();
    expect(refreshed.user.id).toBe(signedIn.user.id);
    // And the new account gets the same welcome as an email sign-up.
    expect(await latestMail(ts, signedIn.user.email, "welcome")).toBeDefined();
  });

  it("signing in again after a GitHub rename reaches the same account and shows the new login", async () => {
    const octo = githubUser({ name: null });
    const first = await signInWithGithub(newBrowser(ts), octo.id, "body");
    // Without a name on GitHub, the login is the display name.
    expect(first.user.displayName).toBe(octo.login);
    expect(first.refreshToken).toEqual(expect.any(String));

    github.putUser({
      ...octo,
      login: `${octo.login}-renamed`,
      emails: [{ email: uniqueEmail("moved"), primary: true, verified: true }],
    });
    const before = await rowCounts();
    const second = await signInWithGithub(newBrowser(ts), octo.id);
    expect(second.user.id).toBe(first.user.id);
    // Matched by GitHub id, not by the (changed) email: the account keeps its own address.
    expect(second.user.email).toBe(first.user.email);
    const after = await rowCounts();
    expect(after.users).toBe(before.users);
    expect(after.links).toBe(before.links);
    const me = await clientWithToken(ts, second.accessToken).account.me.query();
    expect(me.providers.map((p) => p.login)).toEqual([`${octo.login}-renamed`]);
  });

  it("a GitHub login taken over by another GitHub user does not reach the first user's account", async () => {
    const original = githubUser();
    const first = await signInWithGithub(newBrowser(ts), original.id);
    // Someone else now holds the old login on GitHub (a different id).
    const squatter = githubUser({ login: original.login });
    const second = await signInWithGithub(newBrowser(ts), squatter.id);
    expect(second.user.id).not.toBe(first.user.id);
  });

  it("an existing account is linked when GitHub says its email is verified", async () => {
    const account = await createVerifiedAccount(ts);
    const octo = githubUser({ email: account.email.toUpperCase() });
    const signedIn = await signInWithGithub(newBrowser(ts), octo.id);
    expect(signedIn.user.id).toBe(account.userId);
    const me = await clientWithToken(ts, signedIn.accessToken).account.me.query();
    expect(me.providers.map((p) => p.login)).toEqual([octo.login]);
    expect(me.hasPassword).toBe(true);
    // The password still works beside GitHub.
    const byPassword = await ts.client.auth.login.mutate({ email: account.email, password: account.password });
    expect(byPassword.user.id).toBe(account.userId);
  });

  it("an existing account is not linked when GitHub has not verified that email, and nothing is created", async () => {
    const account = await createVerifiedAccount(ts);
    const octo = githubUser({ email: account.email, verified: false });
    const before = await rowCounts();
    const error = await errorOf(signInWithGithub(newBrowser(ts), octo.id));
    expect(error.data).toMatchObject({ code: "BAD_REQUEST", reason: "GITHUB_EMAIL_UNVERIFIED" });
    expect(error.message).toMatch(/verify/i);
    expect(await rowCounts()).toEqual(before);
    const links = await ts.database.handle.db
      .select()
      .from(schema.oauthAccounts)
      .where(eq(schema.oauthAccounts.userId, account.userId));
    expect(links).toEqual([]);
  });

  it("a GitHub user without a verified email cannot create an account", async () => {
    const octo = githubUser({ verified: false });
    const before = await rowCounts();
    const error = await errorOf(signInWithGithub(newBrowser(ts), octo.id));
    expect(error.data?.reason).toBe("GITHUB_EMAIL_UNVERIFIED");
    expect(await rowCounts()).toEqual(before);
  });

  it("an unverified sign-up with the same email is taken over by GitHub's proof: verified, its unproven password dropped", async () => {
    const email = uniqueEmail("squatted");
    await ts.client.auth.signUp.mutate({ email, password: "squatter's chosen password", displayName: "Squatter" });
    const octo = githubUser({ email });
    const signedIn = await signInWithGithub(newBrowser(ts), octo.id);
    const me = await clientWithToken(ts, signedIn.accessToken).account.me.query();
    expect(me).toMatchObject({ email, emailVerified: true, hasPassword: false });
    // Whoever signed up with that address cannot get in with the password they chose.
    const error = await errorOf(ts.client.auth.login.mutate({ email, password: "squatter's chosen password" }));
    expect(error.data?.reason).toBe("INVALID_CREDENTIALS");
  });

  it("a callback whose state is not this browser's is refused and changes nothing", async () => {
    const octo = githubUser();
    const victim = newBrowser(ts);
    await victim.client.auth.github.start.mutate();
    // The attacker's own flow: their code and state, pushed into the victim's browser (login CSRF).
    const attacker = newBrowser(ts);
    const { authorizeUrl } = await attacker.client.auth.github.start.mutate();
    const { code, state } = await approveOnGithub(authorizeUrl, octo.id);

    const before = await rowCounts();
    const tokenRequests = github.tokenRequestCount();
    const error = await errorOf(victim.client.auth.github.callback.mutate({ code, state }));
    expect(error.data).toMatchObject({ code: "BAD_REQUEST", reason: "OAUTH_STATE_MISMATCH", httpStatus: 400 });
    expect(await rowCounts()).toEqual(before);
    // The code was never redeemed.
    expect(github.tokenRequestCount()).toBe(tokenRequests);
    expect(victim.cookies.has(REFRESH_COOKIE_NAME)).toBe(false);
  });

  it("a callback without the state cookie is refused", async () => {
    const octo = githubUser();
    const browser = newBrowser(ts);
    const { authorizeUrl } = await browser.client.auth.github.start.mutate();
    const { code, state } = await approveOnGithub(authorizeUrl, octo.id);
    browser.cookies.delete(GITHUB_OAUTH_COOKIE_NAME);
    const before = await rowCounts();
    const error = await errorOf(browser.client.auth.github.callback.mutate({ code, state }));
    expect(error.data?.reason).toBe("OAUTH_STATE_MISMATCH");
    expect(await rowCounts()).toEqual(before);
  });

  it("a tampered state cookie is refused", async () => {
    const octo = githubUser();
    const browser = newBrowser(ts);
    const { authorizeUrl } = await browser.client.auth.github.start.mutate();
    const { code, state } = await approveOnGithub(authorizeUrl, octo.id);
    const cookie = browser.cookies.get(GITHUB_OAUTH_COOKIE_NAME) ?? "";
    const [header, payload, signature = ""] = cookie.split(".");
    // Swap in a different verifier in the payload, keeping the old signature.
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8"));
    claims.cv = "A".repeat(43);
    browser.cookies.set(
      GITHUB_OAUTH_COOKIE_NAME,
      `${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${signature}`,
    );
    const error = await errorOf(browser.client.auth.github.callback.mutate({ code, state }));
    expect(error.data?.reason).toBe("OAUTH_STATE_MISMATCH");
  });

  it("a state older than 10 minutes is refused", async () => {
    const octo = githubUser();
    const browser = newBrowser(ts);
    const { authorizeUrl } = await browser.client.auth.github.start.mutate();
    const { code, state } = await approveOnGithub(authorizeUrl, octo.id);
    current += 11 * MINUTE;
    const error = await errorOf(browser.client.auth.github.callback.mutate({ code, state }));
    expect(error.data?.reason).toBe("OAUTH_STATE_MISMATCH");
  });

  it("a callback cannot be replayed: the state cookie is single use", async () => {
    const octo = githubUser();
    const browser = newBrowser(ts);
    const { authorizeUrl } = await browser.client.auth.github.start.mutate();
    const { code, state } = await approveOnGithub(authorizeUrl, octo.id);
    const cookie = browser.cookies.get(GITHUB_OAUTH_COOKIE_NAME) ?? "";
    await browser.client.auth.github.callback.mutate({ code, state });
    expect((await errorOf(browser.client.auth.github.callback.mutate({ code, state }))).data?.reason).toBe(
      "OAUTH_STATE_MISMATCH",
    );
    // Even with the old cookie put back, GitHub refuses the spent code.
    browser.cookies.set(GITHUB_OAUTH_COOKIE_NAME, cookie);
    const error = await errorOf(browser.client.auth.github.callback.mutate({ code, state }));
    expect(error.data).toMatchObject({ code: "BAD_REQUEST", reason: "GITHUB_CODE_INVALID" });
  });

  it("a code issued for another PKCE challenge is refused by GitHub and nothing is created", async () => {
    const octo = githubUser();
    const browser = newBrowser(ts);
    const { authorizeUrl } = await browser.client.auth.github.start.mutate();
    // The code GitHub hands out is bound to a challenge this browser's verifier does not answer.
    const forged = new URL(authorizeUrl);
    forged.searchParams.set("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    const { code, state } = await approveOnGithub(forged.toString(), octo.id);
    const before = await rowCounts();
    const error = await errorOf(browser.client.auth.github.callback.mutate({ code, state }));
    expect(error.data).toMatchObject({ code: "BAD_REQUEST", reason: "GITHUB_CODE_INVALID" });
    expect(await rowCounts()).toEqual(before);
  });

  it("GitHub's token endpoint failing is a typed SERVICE_UNAVAILABLE, not a 500", async () => {
    const octo = githubUser();
    const browser = newBrowser(ts);
    const { authorizeUrl } = await browser.client.auth.github.start.mutate();
    const { code, state } = await approveOnGithub(authorizeUrl, octo.id);
    github.failTokenEndpoint(1, 500);
    const before = await rowCounts();
    const error = await errorOf(browser.client.auth.github.callback.mutate({ code, state }));
    expect(error.data).toMatchObject({ code: "SERVICE_UNAVAILABLE", reason: "GITHUB_UNAVAILABLE", httpStatus: 503 });
    expect(error.message).toMatch(/try again/i);
    expect(error.message).not.toMatch(/127\.0\.0\.1|500|unicorn/i);
    expect(await rowCounts()).toEqual(before);
  });

  it("a GitHub-only account can be deleted right after a GitHub sign-in, but not 11 minutes later", async () => {
    const octo = githubUser();
    const stale = await signInWithGithub(newBrowser(ts), octo.id);
    current += 11 * MINUTE;
    const error = await errorOf(
      clientWithToken(ts, stale.accessToken).account.delete.mutate({ confirmEmail: stale.user.email }),
    );
    expect(error.data).toMatchObject({ code: "PRECONDITION_FAILED", reason: "REAUTHENTICATION_REQUIRED" });

    const fresh = await signInWithGithub(newBrowser(ts), octo.id);
    await clientWithToken(ts, fresh.accessToken).account.delete.mutate({ confirmEmail: fresh.user.email });
    const db = ts.database.handle.db;
    expect(await db.select().from(schema.users).where(eq(schema.users.id, fresh.user.id))).toEqual([]);
    expect(
      await db
        .select()
        .from(schema.oauthAccounts)
        .where(eq(schema.oauthAccounts.providerUserId, String(octo.id))),
    ).toEqual([]);
  });

  it("start refuses a returnTo that would leave the site", async () => {
    const browser = newBrowser(ts);
    for (const returnTo of ["https://evil.example/", "//evil.example/x", "/\\evil.example"]) {
      const error = await errorOf(browser.client.auth.github.start.mutate({ returnTo }));
      expect(error.data?.code).toBe("BAD_REQUEST");
    }
  });
});

describe("sign-in with GitHub when GITHUB_CLIENT_ID is unset", () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await startTestServer({ mailWorker: false });
  });
  afterAll(async () => {
    await ts?.stop();
  });

  it("is reported off and both procedures answer a typed GITHUB_DISABLED", async () => {
    expect(await ts.client.auth.methods.query()).toEqual({ password: true, github: false });
    const start = await errorOf(ts.client.auth.github.start.mutate());
    expect(start.data).toMatchObject({ code: "PRECONDITION_FAILED", reason: "GITHUB_DISABLED", httpStatus: 412 });
    expect(start.message).toMatch(/not available/i);
    const callback = await errorOf(ts.client.auth.github.callback.mutate({ code: "abc", state: "def" }));
    expect(callback.data?.reason).toBe("GITHUB_DISABLED");
  });
});
