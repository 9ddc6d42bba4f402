// account.me requests per second on PostgreSQL at CONNECTIONS concurrent connections (autocannon on
// loopback), with the statements one call sends. Kept apart from http-throughput.ts so it can be run
// on its own before and after a change to the session check or the account read:
//   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/src/account-me-throughput.ts
// Each round runs SECONDS seconds; the median round is reported.
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { startTestServer } from "@interviewer/testing/test-server";
import autocannon from "autocannon";
import { median } from "./statistics.ts";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
process.env.TEST_DB_ENGINE = "postgres";
process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/test";

const ts = await startTestServer();
try {
  const account = await createVerifiedAccount(ts);
  const url = `${ts.url}/trpc/account.me`;
  const headers = { authorization: `Bearer ${account.accessToken}` };
  ts.database.statements.reset();
  await account.client.account.me.query();
  const statements = ts.database.statements.list().length;
  // Warm-up: JIT, the connection pool and (where used) prepared statements on every connection.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  const rounds: { rps: number; p50: number; p99: number }[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors`);
    rounds.push({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
  }
  console.log(`account.me on PostgreSQL, ${CONNECTIONS} connections, ${ROUNDS} x ${SECONDS} s, median round`);
  console.log("| statements per call | req/s | p50 ms | p99 ms |");
  console.log("|---|---|---|---|");
  console.log(
    `| ${statements} | ${median(rounds.map((r) => r.rps)).toFixed(0)} | ${median(rounds.map((r) => r.p50))} | ${median(rounds.map((r) => r.p99))} |`,
  );
  console.log(`rounds: ${rounds.map((r) => r.rps.toFixed(0)).join(", ")}`);
} finally {
  await ts.stop();
}
