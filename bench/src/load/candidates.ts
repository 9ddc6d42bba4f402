// Load and correctness under load: CANDIDATES simulated candidates, spread over two server instances
// sharing PostgreSQL, each signing up, buying a credit (a signed Lemon Squeezy webhook arrives while
// others are mid-interview), running a short interview on the built-in interviewer and reading the
// report. Afterwards it checks that every ledger balances exactly, no interview is lost and no answer
// is missing, and prints p50/p99 per operation. One command: `pnpm bench:load` (needs PostgreSQL:
// LOAD_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test, where it creates its own database).
import { randomBytes, randomUUID } from "node:crypto";
import { type AppRouter, signLemonSqueezyPayload } from "@interviewer/api";
import { orderPayload } from "@interviewer/api/billing-simulator";
import { openDatabase, schema, selectRows } from "@interviewer/db";
import { type ServerProcess, startMainProcess } from "@interviewer/testing/server-process";
import { createTRPCClient, httpLink, type TRPCClient, TRPCClientError } from "@trpc/client";
import { and, desc, eq, sql } from "drizzle-orm";
import superjson from "superjson";
import { percentile } from "../statistics.ts";

const CANDIDATES = Number(process.env.LOAD_CANDIDATES ?? 200);
const ADMIN_URL = process.env.LOAD_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const WEBHOOK_SECRET = `load-${randomBytes(8).toString("hex")}`;
const PASSWORD = "load test passphrase 42";

const timings = new Map<string, number[]>();
async function timed<T>(operation: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    const list = timings.get(operation) ?? [];
    list.push(performance.now() - started);
    timings.set(operation, list);
  }
}

function clientFor(url: string, ip: string, token?: () => string | undefined): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${url}/trpc`,
        transformer: superjson,
        // Behind a load balancer every candidate has its own address (TRUST_PROXY=1: one trusted hop).
        headers: () => {
          const headers: Record<string, string> = { "x-forwarded-for": ip };
          const current = token?.();
          if (current) headers.authorization = `Bearer ${current}`;
          return headers;
        },
      }),
    ],
  });
}

async function main() {
  const databaseName = `interviewer_load_${Date.now()}`;
  const admin = await openDatabase({ engine: "postgres", url: ADMIN_URL, poolSize: 1 });
  await admin.db.execute(sql.raw(`create database ${databaseName}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${databaseName}`;
  const databaseUrl = url.toString();
  const env = {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "load-test-secret-that-is-long-enough-to-sign",
    LEMONSQUEEZY_WEBHOOK_SECRET: WEBHOOK_SECRET,
    FREE_CREDITS_ON_SIGNUP: "0",
    TRUST_PROXY: "1",
    DATABASE_POOL_SIZE: "20",
    MAIL_WORKER_INTERVAL_MS: "500",
  };
  // Both start at once on the empty database: the migration lock makes one migrate, the other wait.
  const instances: ServerProcess[] = await Promise.all([startMainProcess(env), startMainProcess(env)]);
  const db = await openDatabase({ engine: "postgres", url: databaseUrl, poolSize: 5 });
  console.error(`instances: ${instances.map((i) => i.url).join(", ")}; candidates: ${CANDIDATES}`);

  const failures: string[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CANDIDATES }, async (_, index) => {
      const instance = instances[index % instances.length] as ServerProcess;
      const ip = `10.${(index >> 8) & 255}.${index & 255}.${(index % 7) + 1}`;
      const email = `candidate-${index}-${randomUUID().slice(0, 8)}@load.test`;
      let accessToken: string | undefined;
      const client = clientFor(instance.url, ip, () => accessToken);
      try {
        await timed("auth.signUp", () =>
          client.auth.signUp.mutate({ email, password: PASSWORD, displayName: `Candidate ${index}` }),
        );
        const [mail] = await db.db
          .select({ text: schema.mailOutbox.textBody })
          .from(schema.mailOutbox)
          .where(and(eq(schema.mailOutbox.toAddress, email), eq(schema.mailOutbox.template, "verify_email")))
          .orderBy(desc(schema.mailOutbox.createdAt))
          .limit(1);
        const token = /token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? "")?.[1] ?? "";
        const signedIn = await timed("auth.verifyEmail", () =>
          client.auth.verifyEmail.mutate({ token, refreshTokenDelivery: "body" }),
        );
        accessToken = signedIn.accessToken;

        // The purchase's webhook arrives (at the other instance) while the candidate waits for it.
        const payload = JSON.stringify(
          orderPayload({
            eventName: "order_created",
            webhookId: randomUUID(),
            testMode: true,
            userId: signedIn.user.id,
            orderId: String(100_000 + index),
            customerId: String(500_000 + index),
            variantId: "900001",
            userEmail: email,
            userName: `Candidate ${index}`,
            createdAt: new Date(),
            refundedAt: null,
          }),
        );
        const other = instances[(index + 1) % instances.length] as ServerProcess;
        const webhook = await timed("webhook order_created", () =>
          fetch(`${other.url}/webhooks/lemonsqueezy`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "x-signature": signLemonSqueezyPayload(payload, WEBHOOK_SECRET),
            },
            body: payload,
          }),
        );
        if (webhook.status !== 200) throw new Error(`webhook answered ${webhook.status}`);

        let view = await timed("interview.create", () =>
          client.interview.create.mutate({ topics: ["databases", "system-design"], questionsPerTopic: 1 }),
        );
        while (view.status === "active" && view.currentQuestion) {
          const result = await timed("interview.answer", () =>
            client.interview.answer.mutate({
              interviewId: view.id,
              turnId: view.currentQuestion?.turnId ?? "",
              answer: "Index the filter columns, check EXPLAIN, cache hot reads, shard by tenant, replicate for reads.",
            }),
          );
          view = result.interview;
        }
        await timed("interview.report", () => client.interview.report.query({ interviewId: view.id }));
        await timed("dashboard.summary", () => client.dashboard.summary.query());
      } catch (error) {
        const reason = error instanceof TRPCClientError ? `${error.data?.code}: ${error.message}` : String(error);
        failures.push(`candidate ${index}: ${reason}`);
      }
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;

  // Correctness afterwards, straight from the database.
  const unbalanced = await selectRows<{ user_id: string }>(
    db.db,
    sql`select b.user_id from credit_balances b
        left join (select user_id, sum(case when kind = 'individual' then delta else 0 end) as individual,
                          sum(case when kind = 'subscription' then delta else 0 end) as subscription
                   from credit_ledger group by user_id) l on l.user_id = b.user_id
        where b.individual <> coalesce(l.individual, 0) or b.subscription <> coalesce(l.subscription, 0)`,
  );
  const interviews = await selectRows<{ status: string; n: string | number }>(
    db.db,
    sql`select status, count(*) as n from interviews group by status`,
  );
  const missingAnswers = await selectRows<{ n: string | number }>(
    db.db,
    sql`select count(*) as n from interview_turns t join interviews i on i.id = t.interview_id
        where i.status = 'completed' and (t.answer is null or t.evaluation_status <> 'evaluated')`,
  );
  const spends = await selectRows<{ n: string | number }>(
    db.db,
    sql`select count(*) as n from credit_ledger where reason = 'interview_spend'`,
  );
  const completed = Number(interviews.find((row) => row.status === "completed")?.n ?? 0);

  console.log(`\n${CANDIDATES} candidates on 2 instances, ${elapsedSeconds.toFixed(1)} s, ${failures.length} failed`);
  console.log("| operation | count | p50 ms | p99 ms |");
  console.log("|---|---|---|---|");
  for (const [operation, values] of timings) {
    console.log(
      `| ${operation} | ${values.length} | ${percentile(values, 50).toFixed(1)} | ${percentile(values, 99).toFixed(1)} |`,
    );
  }
  console.log(
    `\ncorrectness: unbalanced ledgers ${unbalanced.length}; interviews ${interviews.map((r) => `${r.status}=${r.n}`).join(", ")}; ` +
      `completed ${completed}/${CANDIDATES}; spends ${spends[0]?.n}; unanswered turns in completed interviews ${missingAnswers[0]?.n}`,
  );
  for (const failure of failures.slice(0, 10)) console.log(`  ${failure}`);

  await Promise.all(instances.map((instance) => instance.stop("SIGTERM")));
  await db.close();
  await admin.db.execute(sql.raw(`drop database if exists ${databaseName} with (force)`));
  await admin.close();
  const ok =
    unbalanced.length === 0 && Number(missingAnswers[0]?.n ?? 0) === 0 && completed === CANDIDATES - failures.length;
  process.exitCode = ok && failures.length === 0 ? 0 : 1;
}

await main();
