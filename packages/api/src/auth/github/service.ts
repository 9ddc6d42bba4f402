// Sign-in with GitHub: starting the flow (authorize URL + the state cookie's value) and completing it
// (check the state against this browser's cookie, redeem the code, find or create the account, start
// a session). Who a GitHub user is on our side, in this order:
//   1. the account already linked to their GitHub id (never matched by login: logins can be renamed
//      and then claimed by someone else);
//   2. else the account with their primary email, only when GitHub says that address is verified
//      (otherwise anyone could add a victim's address to a GitHub account and take over theirs);
//   3. else, with no verified primary email, nothing: the user is told to verify it on GitHub;
//   4. else a new, verified account.
// The account, the link and the session are written in one transaction. Cookies are the router's job.
import { type DatabaseOrTransaction, retryOnceOnUniqueViolation, schema, type User } from "@interviewer/db";
import { and, eq } from "drizzle-orm";
import type { ApiDependencies, RequestInfo } from "../../context.ts";
import { DomainError } from "../../errors.ts";
import { enqueueMail } from "../../mail/outbox.ts";
import type { ApiSettings, GithubSettings } from "../../settings.ts";
import { createAccount } from "../create-account.ts";
import { findUserByEmail, findUserById } from "../find-user.ts";
import type { SignedIn } from "../service.ts";
import { revokeSessions, startSession } from "../session-service.ts";
import { createGithubClient, type GithubProfile, GithubRequestError } from "./github-client.ts";

type GithubDeps = Pick<ApiDependencies, "db" | "clock" | "accessTokens" | "settings" | "oauthState">;

const PROVIDER = "github";
const DISPLAY_NAME_MAX = 80;

/** The URL to register as the OAuth app's callback; the web page there calls auth.github.callback. */
export function githubCallbackUrl(settings: Pick<ApiSettings, "publicUrl">): string {
  return `${settings.publicUrl}/auth/github/callback`;
}

function requireGithub(settings: ApiSettings): Extract<GithubSettings, { enabled: true }> {
  if (!settings.github.enabled) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      "GITHUB_DISABLED",
      "Sign-in with GitHub is not available on this server. Sign in with your email and password instead.",
    );
  }
  return settings.github;
}

export async function startGithubSignIn(
  deps: Pick<GithubDeps, "settings" | "oauthState">,
  input: { returnTo?: string | undefined },
): Promise<{ authorizeUrl: string; stateCookie: { value: string; expiresAt: Date } }> {
  const github = requireGithub(deps.settings);
  const flow = await deps.oauthState.start({ returnTo: input.returnTo });
  const authorizeUrl = createGithubClient(github).authorizeUrl({
    redirectUri: githubCallbackUrl(deps.settings),
    state: flow.state,
    codeChallenge: flow.codeChallenge,
  });
  return { authorizeUrl, stateCookie: { value: flow.cookieValue, expiresAt: flow.expiresAt } };
}

export async function completeGithubSignIn(
  deps: GithubDeps,
  input: { code: string; state: string; stateCookie: string | undefined },
  request: Pick<RequestInfo, "ip" | "userAgent" | "logger">,
): Promise<SignedIn & { returnTo: string | null }> {
  const github = requireGithub(deps.settings);
  const flow = await deps.oauthState.verify(input.stateCookie, input.state);
  if (!flow) {
    throw new DomainError(
      "BAD_REQUEST",
      "OAUTH_STATE_MISMATCH",
      "This GitHub sign-in was not started in this browser, or took longer than 10 minutes. Start again with “Sign in with GitHub”.",
    );
  }

  const client = createGithubClient(github);
  let profile: GithubProfile;
  try {
    const accessToken = await client.exchangeCode({
      code: input.code,
      redirectUri: githubCallbackUrl(deps.settings),
      codeVerifier: flow.codeVerifier,
    });
    profile = await client.fetchProfile(accessToken);
  } catch (error) {
    throw githubFailure(error, request.logger);
  }

  // Two first sign-ins of one GitHub user at once (two browsers) race to insert the link.
  const signedIn = await retryOnceOnUniqueViolation(() => signInGithubUser(deps, profile, request));
  return { ...signedIn, returnTo: flow.returnTo ?? null };
}

function githubFailure(error: unknown, logger: RequestInfo["logger"]): unknown {
  if (!(error instanceof GithubRequestError)) return error;
  if (error.kind === "code_rejected") {
    logger.info({ event: "github_code_rejected", detail: error.message }, "GitHub rejected an authorization code");
    return new DomainError(
      "BAD_REQUEST",
      "GITHUB_CODE_INVALID",
      "GitHub did not accept this sign-in: the link expired or was already used. Start again with “Sign in with GitHub”.",
    );
  }
  logger.warn({ event: "github_unavailable", detail: error.message }, "GitHub sign-in could not reach GitHub");
  return new DomainError(
    "SERVICE_UNAVAILABLE",
    "GITHUB_UNAVAILABLE",
    "We could not reach GitHub to finish signing you in. Try again in a minute, or sign in with your email and password.",
  );
}

async function signInGithubUser(
  deps: GithubDeps,
  profile: GithubProfile,
  request: Pick<RequestInfo, "ip" | "userAgent" | "logger">,
): Promise<SignedIn> {
  return deps.db.transaction(async (tx) => {
    const user = (await findLinkedUser(tx, profile)) ?? (await linkOrCreateUser(tx, deps, profile, request.logger));
    const tokens = await startSession(tx, deps, { userId: user.id, authMethod: "github", request });
    return { tokens, user: { id: user.id, email: user.email, displayName: user.displayName } };
  });
}

async function findLinkedUser(tx: DatabaseOrTransaction, profile: GithubProfile): Promise<User | undefined> {
  const { oauthAccounts } = schema;
  const byGithubId = and(eq(oauthAccounts.provider, PROVIDER), eq(oauthAccounts.providerUserId, profile.id));
  const [link] = await tx.select().from(oauthAccounts).where(byGithubId).limit(1);
  if (!link) return undefined;
  // Keep the login current so account.me shows the name the user goes by now.
  if (link.login !== profile.login) {
    await tx.update(oauthAccounts).set({ login: profile.login }).where(byGithubId);
  }
  return findUserById(tx, link.userId);
}

async function linkOrCreateUser(
  tx: DatabaseOrTransaction,
  deps: GithubDeps,
  profile: GithubProfile,
  logger: RequestInfo["logger"],
): Promise<User> {
  const email = profile.primaryEmail;
  if (!email?.verified) {
    throw new DomainError(
      "BAD_REQUEST",
      "GITHUB_EMAIL_UNVERIFIED",
      "Your GitHub account has no verified primary email address. Verify it in GitHub's email settings, then sign in with GitHub again.",
    );
  }
  const now = deps.clock.now();
  const existing = await findUserByEmail(tx, email.address);
  let user: User;
  if (existing) {
    user = existing.emailVerifiedAt ? existing : await adoptUnverifiedAccount(tx, existing, now);
    logger.info(
      { event: "github_linked", userId: user.id, githubId: profile.id },
      "GitHub linked to an existing account",
    );
  } else {
    user = await createAccount(tx, deps.clock, {
      email: email.address,
      displayName: (profile.name ?? profile.login).slice(0, DISPLAY_NAME_MAX),
      passwordHash: null,
      emailVerified: true,
      freeCreditsOnSignup: deps.settings.billing.freeCreditsOnSignup,
    });
    await enqueueMail(tx, deps.clock, user.email, "welcome", {
      displayName: user.displayName,
      dashboardUrl: new URL("/dashboard", `${deps.settings.publicUrl}/`).toString(),
    });
  }
  await tx.insert(schema.oauthAccounts).values({
    provider: PROVIDER,
    providerUserId: profile.id,
    userId: user.id,
    login: profile.login,
    linkedAt: now,
  });
  return user;
}

/**
 * An account whose email was never confirmed may have been registered by someone else in the owner's
 * name (pre-account takeover). GitHub has now proven who owns the address, so the address is marked
 * verified and the unproven password — possibly the squatter's — is dropped, with any sessions it
 * had. The owner can set a password of their own through "forgot password".
 */
async function adoptUnverifiedAccount(tx: DatabaseOrTransaction, user: User, now: Date): Promise<User> {
  const [updated] = await tx
    .update(schema.users)
    .set({ emailVerifiedAt: now, passwordHash: null, updatedAt: now })
    .where(eq(schema.users.id, user.id))
    .returning();
  await revokeSessions(tx, now, { userId: user.id }, "github_proved_email");
  return updated ?? user;
}
