// Test accounts made the way users make them: sign up through the API, follow the link from the
// verification email in the outbox, and get a typed client that sends the access token.
import type { AppRouter } from "@interviewer/api";
import { schema } from "@interviewer/db";
import { createTRPCClient, httpLink, httpSubscriptionLink, splitLink, type TRPCClient } from "@trpc/client";
import { desc, eq } from "drizzle-orm";
import { EventSource } from "eventsource";
import superjson from "superjson";
import type { TestServer } from "./test-server.ts";

export interface TestAccount {
  userId: string;
  email: string;
  password: string;
  displayName: string;
  accessToken: string;
  refreshToken: string;
  /** A typed client that sends this account's access token. */
  client: TRPCClient<AppRouter>;
}

let counter = 0;

export function uniqueEmail(prefix = "candidate"): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}-${Date.now().toString(36)}@example.com`;
}

export function clientWithToken(
  ts: Pick<TestServer, "url">,
  accessToken: string | (() => string),
): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${ts.url}/trpc`,
        transformer: superjson,
        headers: () => ({ authorization: `Bearer ${typeof accessToken === "function" ? accessToken() : accessToken}` }),
      }),
    ],
  });
}

/** The newest email of a template sent to an address, from the outbox table. */
export async function latestMail(ts: Pick<TestServer, "database">, to: string, template: string) {
  const rows = await ts.database.handle.db
    .select()
    .from(schema.mailOutbox)
    .where(eq(schema.mailOutbox.toAddress, to))
    .orderBy(desc(schema.mailOutbox.createdAt));
  return rows.find((row) => row.template === template);
}

/** The `token` query parameter of the first link in an email's text. */
export function tokenFromMail(textBody: string): string {
  const match = /https?:\/\/\S+[?&]token=([A-Za-z0-9_-]+)/.exec(textBody);
  if (!match?.[1]) throw new Error(`no token link in email:\n${textBody}`);
  return match[1];
}

export async function createVerifiedAccount(
  ts: Pick<TestServer, "url" | "client" | "database">,
  options: { email?: string; password?: string; displayName?: string } = {},
): Promise<TestAccount> {
  const email = options.email ?? uniqueEmail();
  const password = options.password ?? "correct horse battery staple";
  const displayName = options.displayName ?? "Test Candidate";
  await ts.client.auth.signUp.mutate({ email, password, displayName });
  const mail = await latestMail(ts, email, "verify_email");
  if (!mail) throw new Error(`no verification email for ${email}`);
  const signedIn = await ts.client.auth.verifyEmail.mutate({
    token: tokenFromMail(mail.textBody),
    refreshTokenDelivery: "body",
  });
  if (!signedIn.refreshToken) throw new Error("verifyEmail returned no refresh token for body delivery");
  return {
    userId: signedIn.user.id,
    email,
    password,
    displayName,
    accessToken: signedIn.accessToken,
    refreshToken: signedIn.refreshToken,
    client: clientWithToken(ts, signedIn.accessToken),
  };
}

/**
 * A client that also speaks SSE subscriptions (interview.evaluation), as the web app does. Node 20
 * has no EventSource, so the `eventsource` package is passed in; the access token travels as a
 * connection parameter because EventSource cannot send headers.
 */
export function streamingClient(ts: Pick<TestServer, "url">, accessToken: string): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === "subscription",
        true: httpSubscriptionLink({
          url: `${ts.url}/trpc`,
          transformer: superjson,
          EventSource,
          connectionParams: { accessToken },
        }),
        false: httpLink({
          url: `${ts.url}/trpc`,
          transformer: superjson,
          headers: { authorization: `Bearer ${accessToken}` },
        }),
      }),
    ],
  });
}
