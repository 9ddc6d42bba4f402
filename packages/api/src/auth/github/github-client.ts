// The HTTP calls of GitHub's OAuth web flow: the authorize URL, the code-for-token exchange and the
// user's profile and emails. Base URLs come from the settings (github.com and api.github.com in
// production, a local fake in tests). Every failure becomes a GithubRequestError saying whether the
// code was rejected (the user should start again) or GitHub could not be used (an outage, a timeout,
// or our own misconfiguration); the service turns those into domain errors. No database here.
import { z } from "zod";

/** How long one request to GitHub may take before we give up and tell the user to try later. */
export const GITHUB_REQUEST_TIMEOUT_MS = 10_000;
const API_VERSION = "2022-11-28";
export const GITHUB_SCOPES = "read:user user:email";

export class GithubRequestError extends Error {
  constructor(
    /** code_rejected: bad, expired or already used code, or a PKCE mismatch. unavailable: anything else. */
    readonly kind: "code_rejected" | "unavailable",
    message: string,
  ) {
    super(message);
    this.name = "GithubRequestError";
  }
}

export interface GithubProfile {
  /** GitHub's numeric user id as a string: stable across renames, unlike the login. */
  id: string;
  login: string;
  name: string | null;
  /** The primary address, if GitHub lists one; `verified` is GitHub's own check. */
  primaryEmail: { address: string; verified: boolean } | undefined;
}

export interface GithubClient {
  authorizeUrl(input: { redirectUri: string; state: string; codeChallenge: string }): string;
  /** Redeems the code (with the PKCE verifier) for a user access token. */
  exchangeCode(input: { code: string; redirectUri: string; codeVerifier: string }): Promise<string>;
  fetchProfile(accessToken: string): Promise<GithubProfile>;
}

export interface GithubClientOptions {
  clientId: string;
  clientSecret: string;
  /** https://github.com (authorize and token endpoints) */
  oauthUrl: string;
  /** https://api.github.com (REST API) */
  apiUrl: string;
  timeoutMs?: number;
}

const ZTokenResponseSchema = z.union([
  z.object({ access_token: z.string().min(1) }),
  z.object({ error: z.string(), error_description: z.string().optional() }),
]);

const ZUserSchema = z.object({
  id: z.number().int(),
  login: z.string().min(1),
  name: z.string().nullable().optional(),
});

const ZEmailsSchema = z.array(z.object({ email: z.string(), primary: z.boolean(), verified: z.boolean() }));

// Token-endpoint errors that are about the code the user brought; every other error (wrong client
// secret, redirect URI not registered, suspended app) is ours to fix, not the user's.
const CODE_ERRORS = new Set(["bad_verification_code", "invalid_grant"]);

export function createGithubClient(options: GithubClientOptions): GithubClient {
  const timeoutMs = options.timeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS;

  async function request(url: string, init: RequestInit): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const what =
        error instanceof Error && error.name === "TimeoutError" ? `timed out after ${timeoutMs} ms` : "failed";
      throw new GithubRequestError("unavailable", `${init.method ?? "GET"} ${url} ${what}: ${String(error)}`);
    }
    const text = await response.text().catch(() => "");
    if (!response.ok) {
      throw new GithubRequestError("unavailable", `${init.method ?? "GET"} ${url} answered ${response.status}`);
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new GithubRequestError("unavailable", `${init.method ?? "GET"} ${url} answered with non-JSON`);
    }
  }

  function apiGet(path: string, accessToken: string): Promise<unknown> {
    return request(`${options.apiUrl}${path}`, {
      method: "GET",
      headers: {
        authorization: `Bearer ${accessToken}`,
        accept: "application/vnd.github+json",
        "x-github-api-version": API_VERSION,
        "user-agent": "interviewer",
      },
    });
  }

  return {
    authorizeUrl({ redirectUri, state, codeChallenge }) {
      const url = new URL("/login/oauth/authorize", `${options.oauthUrl}/`);
      url.searchParams.set("client_id", options.clientId);
      url.searchParams.set("redirect_uri", redirectUri);
      url.searchParams.set("scope", GITHUB_SCOPES);
      url.searchParams.set("state", state);
      url.searchParams.set("code_challenge", codeChallenge);
      url.searchParams.set("code_challenge_method", "S256");
      return url.toString();
    },

    async exchangeCode({ code, redirectUri, codeVerifier }) {
      const body = await request(`${options.oauthUrl}/login/oauth/access_token`, {
        method: "POST",
        headers: { accept: "application/json", "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          client_id: options.clientId,
          client_secret: options.clientSecret,
          code,
          redirect_uri: redirectUri,
          code_verifier: codeVerifier,
        }),
      });
      const parsed = ZTokenResponseSchema.safeParse(body);
      if (!parsed.success) throw new GithubRequestError("unavailable", "token endpoint answered an unexpected shape");
      if ("error" in parsed.data) {
        const kind = CODE_ERRORS.has(parsed.data.error) ? "code_rejected" : "unavailable";
        throw new GithubRequestError(kind, `token endpoint refused: ${parsed.data.error}`);
      }
      return parsed.data.access_token;
    },

    async fetchProfile(accessToken) {
      const [user, emails] = await Promise.all([apiGet("/user", accessToken), apiGet("/user/emails", accessToken)]);
      const parsedUser = ZUserSchema.safeParse(user);
      const parsedEmails = ZEmailsSchema.safeParse(emails);
      if (!parsedUser.success || !parsedEmails.success) {
        throw new GithubRequestError("unavailable", "user or emails endpoint answered an unexpected shape");
      }
      const primary = parsedEmails.data.find((email) => email.primary);
      return {
        id: String(parsedUser.data.id),
        login: parsedUser.data.login,
        name: parsedUser.data.name?.trim() || null,
        primaryEmail: primary ? { address: primary.email, verified: primary.verified } : undefined,
      };
    },
  };
}
