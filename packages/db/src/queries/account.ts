// Reads the account page needs from other domains' tables (auth's linked sign-in identities).
import { and, asc, eq, sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "../database.ts";
import { oauthAccounts } from "../schema/auth.ts";
import { preparedPerDatabase } from "./prepared-query.ts";

const linkedGithubAccounts = preparedPerDatabase((db) =>
  db
    .select({ login: oauthAccounts.login, linkedAt: oauthAccounts.linkedAt })
    .from(oauthAccounts)
    .where(and(eq(oauthAccounts.userId, sql.placeholder("userId")), eq(oauthAccounts.provider, "github")))
    .orderBy(asc(oauthAccounts.linkedAt))
    .prepare("account_linked_github_accounts"),
);

/** The GitHub identities linked to an account, oldest first: one prepared statement. */
export function listLinkedGithubAccounts(db: DatabaseOrTransaction, params: { userId: string }) {
  return linkedGithubAccounts(db).execute(params);
}
