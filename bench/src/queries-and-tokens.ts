// Two side-by-side measurements:
//  1. dashboard.summary and interview.transcript through tRPC vs the raw SQL they need (one statement
//     per table), on PostgreSQL: median latency, the ratio, and the queries each procedure sends;
//     dashboard.summary also in-process (appRouter.createCaller, real middleware, no HTTP) against the
//     merged-SQL floor: everything the dashboard shows in one unprepared statement.
//  2. Tokens per full interview with the openai provider against a fake model (estimated as
//     characters / 4 from the requests the fake received), vs sending the whole history every turn.

import type { AppRouter } from "@interviewer/api";
import { type DatabaseHandle, migrateDatabase, openDatabase } from "@interviewer/db";
import type { TestDatabase } from "@interviewer/db/testing";
import { startFakeOpenAIServer } from "@interviewer/engine/testing";
import { createServer } from "@interviewer/server";
import { loadConfig } from "@interviewer/server/config";
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { startTestServer } from "@interviewer/testing/test-server";
import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import { sql } from "drizzle-orm";
import superjson from "superjson";
import { createInProcessCaller } from "./in-process-caller.ts";
import { median } from "./statistics.ts";

const CALLS = Number(process.env.BENCH_CALLS ?? 300);
const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function timeEach(calls: number, run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < calls; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const BENCH_AUTH_SECRET = "bench-secret-that-is-long-enough-for-hs256";

/**
 * Everything dashboard.summary shows in one statement: balance, subscriptions, and each interview's
 * summary with only its difficulty and per-topic percentages picked out of the stored plan and report.
 */
function dashboardFloorStatement(userId: string) {
  return sql`select b.individual, b.subscription,
    (select json_agg(json_build_object('status', s.status, 'plan', s.plan, 'renewsAt', s.renews_at, 'endsAt', s.ends_at)
       order by s.ls_created_at desc) from billing_subscriptions s where s.user_id = u.id) as subscriptions,
    (select json_agg(json_build_object('id', i.id, 'status', i.status, 'difficulty', i.plan ->> 'difficulty',
       'overallPercent', i.overall_percent, 'createdAt', i.created_at, 'endedAt', i.ended_at,
       'topics', (select json_agg(json_build_object('topic', t ->> 'topic', 'percent', t -> 'percent'))
                  from jsonb_array_elements(coalesce(i.report -> 'topics', '[]'::jsonb)) t))
       order by i.created_at desc) from interviews i where i.user_id = u.id) as interviews
    from users u left join credit_balances b on b.user_id = u.id where u.id = ${userId}`;
}

async function proceduresVsRawSql() {
  const admin = await openDatabase({ engine: "postgres", url: POSTGRES_URL, poolSize: 1 });
  const name = `interviewer_bench_${process.pid}`;
  await admin.db.execute(sql.raw(`create database ${name}`));
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  let queries = 0;
  const database: DatabaseHandle = await openDatabase({
    engine: "postgres",
    url: url.toString(),
    queryObserver: { logQuery: () => (queries += 1) },
  });
  await migrateDatabase(database);
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "silent",
    DATA_DIR: "/tmp/interviewer-bench",
    FREE_CREDITS_ON_SIGNUP: String(3 + ANSWER_INTERVIEWS),
  });
  const server = await createServer({
    config,
    database,
    authSecret: BENCH_AUTH_SECRET,
    mailWorker: false,
  });
  const serverUrl = await server.start();
  try {
    const client = createTRPCClient<AppRouter>({
      links: [httpLink({ url: `${serverUrl}/trpc`, transformer: superjson })],
    });
    const testDatabase: TestDatabase = {
      handle: database,
      engine: "postgres",
      statements: { list: () => [], reset: () => {}, during: async () => [] },
      dispose: async () => {},
    };
    const account = await createVerifiedAccount({ url: serverUrl, client, database: testDatabase });
    let interviewId = "";
    for (let i = 0; i < 3; i += 1) {
      let view = await account.client.interview.create.mutate({
        topics: ["databases", "coding", "behavioral"],
        questionsPerTopic: 2,
      });
      interviewId = view.id;
      while (view.status === "active" && view.currentQuestion) {
        view = (
          await account.client.interview.answer.mutate({
            interviewId: view.id,
            turnId: view.currentQuestion.turnId,
            answer: "Index, cache, O(n).",
          })
        ).interview;
      }
    }
    const rows: Record<string, { procedure: number; raw: number; queries: number }> = {};
    const db = database.db;
    const userId = account.userId;

    queries = 0;
    const summary = await timeEach(CALLS, () => account.client.dashboard.summary.query());
    const summaryQueries = queries / CALLS;
    const summaryRaw = await timeEach(CALLS, async () => {
      await db.execute(sql`select individual, subscription from credit_balances where user_id = ${userId}`);
      await db.execute(
        sql`select * from billing_subscriptions where user_id = ${userId} order by ls_created_at desc limit 1`,
      );
      await db.execute(
        sql`select id, status, plan, report, overall_percent, created_at, ended_at from interviews where user_id = ${userId} order by created_at desc`,
      );
    });
    rows["dashboard.summary"] = { procedure: summary, raw: summaryRaw, queries: summaryQueries };
    const caller = createInProcessCaller({
      db,
      authSecret: BENCH_AUTH_SECRET,
      publicUrl: config.publicUrl,
      accessToken: account.accessToken,
    });
    queries = 0;
    const summaryInProcess = await timeEach(CALLS, () => caller.dashboard.summary());
    const summaryInProcessQueries = queries / CALLS;
    rows["dashboard.summary (in-process vs merged-SQL floor)"] = {
      procedure: summaryInProcess,
      raw: await timeEach(CALLS, () => db.execute(dashboardFloorStatement(userId))),
      queries: summaryInProcessQueries,
    };

    queries = 0;
    const transcript = await timeEach(CALLS, () => account.client.interview.transcript.query({ interviewId }));
    const transcriptQueries = queries / CALLS;
    const transcriptRaw = await timeEach(CALLS, async () => {
      await db.execute(sql`select * from interviews where id = ${interviewId} and user_id = ${userId}`);
      await db.execute(sql`select * from interview_turns where interview_id = ${interviewId} order by position`);
    });
    rows["interview.transcript"] = { procedure: transcript, raw: transcriptRaw, queries: transcriptQueries };
    rows["interview.answer"] = await answerRoundTrip(account.client, () => queries);
    return rows;
  } finally {
    await server.stop();
    await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await admin.close();
  }
}

const ANSWER_INTERVIEWS = Number(process.env.BENCH_ANSWER_INTERVIEWS ?? 5);

/**
 * interview.answer round trip on the built-in interviewer (store the answer, evaluate it, write the next
 * question, return the view): the median over every answer of ANSWER_INTERVIEWS interviews, and the
 * statements per answer. No raw-SQL counterpart (raw: NaN): compare it with an earlier run's line.
 */
async function answerRoundTrip(
  client: TRPCClient<AppRouter>,
  statementsSent: () => number,
): Promise<{ procedure: number; raw: number; queries: number }> {
  const samples: number[] = [];
  let statements = 0;
  for (let i = 0; i < ANSWER_INTERVIEWS; i += 1) {
    let view = await client.interview.create.mutate({
      topics: ["databases", "coding", "behavioral"],
      questionsPerTopic: 3,
    });
    while (view.status === "active" && view.currentQuestion) {
      const before = statementsSent();
      const started = performance.now();
      view = (
        await client.interview.answer.mutate({
          interviewId: view.id,
          turnId: view.currentQuestion.turnId,
          answer: "Index the filtered columns, cache hot reads, replicate; O(n log n).",
        })
      ).interview;
      samples.push(performance.now() - started);
      statements += statementsSent() - before;
    }
  }
  return { procedure: median(samples), raw: Number.NaN, queries: statements / samples.length };
}

async function tokensPerInterview() {
  const fake = await startFakeOpenAIServer();
  const ts = await startTestServer({
    env: {
      INTERVIEWER_PROVIDER: "openai",
      OPENAI_API_KEY: "bench",
      OPENAI_BASE_URL: fake.baseURL,
      FREE_CREDITS_ON_SIGNUP: "1",
    },
  });
  try {
    const account = await createVerifiedAccount(ts);
    let view = await account.client.interview.create.mutate({});
    let turns = 0;
    while (view.status === "active" && view.currentQuestion) {
      view = (
        await account.client.interview.answer.mutate({
          interviewId: view.id,
          turnId: view.currentQuestion.turnId,
          answer:
            "I would clarify requirements, then discuss indexes, caching, replication and failure handling, with O(n) cost.",
        })
      ).interview;
      turns += 1;
    }
    const estimate = (chars: number) => Math.round(chars / 4);
    const promptChars = fake.requests.map((request) => JSON.stringify(request.body.messages ?? []).length);
    // The same conversation if every call re-sent all earlier calls' prompts and answers.
    const completionChars = 600; // the canned model reply is about this long
    let historyChars = 0;
    let wholeHistory = 0;
    for (const chars of promptChars) {
      wholeHistory += chars + historyChars;
      historyChars += chars + completionChars;
    }
    const actual = promptChars.reduce((sum, chars) => sum + chars, 0);
    return {
      turns,
      calls: promptChars.length,
      promptTokens: estimate(actual),
      completionTokens: estimate(completionChars * promptChars.length),
      wholeHistoryPromptTokens: estimate(wholeHistory),
    };
  } finally {
    await ts.stop();
    await fake.close();
  }
}

const reads = await proceduresVsRawSql();
const tokens = await tokensPerInterview();
console.log(`PostgreSQL, ${CALLS} sequential calls each, medians`);
console.log("| read | tRPC procedure ms | raw SQL ms | ratio | queries per call |");
console.log("|---|---|---|---|---|");
for (const [name, row] of Object.entries(reads)) {
  console.log(
    `| ${name} | ${row.procedure.toFixed(2)} | ${row.raw.toFixed(2)} | ${(row.procedure / row.raw).toFixed(1)} | ${row.queries.toFixed(0)} |`,
  );
}
console.log(
  `\ntokens per full interview (${tokens.turns} answers, ${tokens.calls} model calls; estimated at 4 characters per token): ` +
    `prompt ${tokens.promptTokens}, completion ${tokens.completionTokens}; sending the whole history every call: prompt ${tokens.wholeHistoryPromptTokens} ` +
    `(${(tokens.wholeHistoryPromptTokens / tokens.promptTokens).toFixed(1)}x)`,
);
