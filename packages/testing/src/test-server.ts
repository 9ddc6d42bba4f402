// The integration-test harness: starts the real server (real Fastify, real database on the engine
// the vitest project chose) on an ephemeral loopback port and hands back a @trpc/client with full
// type inference. One server per test file; stop() also drops the test database.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type AppRouter, appRouter, type Clock } from "@interviewer/api";
import { attachToTestDatabase, createTestDatabase, type TestDatabase } from "@interviewer/db/testing";
import type { InterviewerProvider } from "@interviewer/engine";
import { type CreateServerOptions, createServer, type InterviewerServer } from "@interviewer/server";
import { type Config, loadConfig } from "@interviewer/server/config";
import { createTRPCClient, httpLink, type TRPCClient, type TRPCLink } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import superjson from "superjson";

export interface TestServer<TRouter extends AnyRouter = AppRouter> {
  url: string;
  client: TRPCClient<TRouter>;
  server: InterviewerServer;
  database: TestDatabase;
  config: Config;
  stop(): Promise<void>;
}

export interface TestServerOptions<TRouter extends AnyRouter> {
  router?: TRouter;
  clock?: Clock;
  env?: Record<string, string>;
  /** `false`: no background mail worker, so the test drives processDueMail with its own clock. */
  mailWorker?: boolean;
  /** Redis prefix for rate limits; defaults to one of the test server's own, so runs never share counts. */
  rateLimitNamespace?: string;
  /** A second instance on the first one's database (PostgreSQL only), as behind a load balancer. */
  sameDatabaseAs?: { database: TestDatabase };
  /** Collect the server's JSON log lines (level info) instead of discarding them. */
  logLines?: string[];
  /** A provider built by the test (e.g. one that fails on purpose); default: from the config. */
  interviewer?: InterviewerProvider;
  /** How /trpc answers; default: TRPC_HTTP_PATH, set per vitest project, so the suite runs through both. */
  trpcHttpPath?: NonNullable<CreateServerOptions["trpcHttpPath"]>;
}

/** The vitest project's choice of tRPC HTTP path (vitest.config.ts); the server's default otherwise. */
function trpcHttpPathFromEnvironment(): NonNullable<CreateServerOptions["trpcHttpPath"]> | undefined {
  const value = process.env.TRPC_HTTP_PATH;
  if (value === undefined || value === "") return undefined;
  if (value === "fast" || value === "official") return value;
  throw new Error(`TRPC_HTTP_PATH must be "fast" or "official", not "${value}"`);
}

export async function startTestServer<TRouter extends AnyRouter = AppRouter>(
  options: TestServerOptions<TRouter> = {},
): Promise<TestServer<TRouter>> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "interviewer-test-"));
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    DATA_DIR: dataDir,
    ...options.env,
  });
  const database = options.sameDatabaseAs
    ? await attachToTestDatabase(options.sameDatabaseAs.database)
    : await createTestDatabase();
  const server = await createServer({
    config,
    database: database.handle,
    authSecret: "test-secret-that-is-long-enough-for-hs256-signing",
    clock: options.clock,
    router: options.router ?? appRouter,
    mailWorker: options.mailWorker,
    interviewer: options.interviewer,
    logger: options.logLines
      ? { level: "info", stream: { write: (line: string) => options.logLines?.push(line) } }
      : undefined,
    rateLimitNamespace: options.rateLimitNamespace ?? `interviewer-test-rl:${randomUUID()}:`,
    trpcHttpPath: options.trpcHttpPath ?? trpcHttpPathFromEnvironment(),
  });
  const url = await server.start();
  // httpLink cannot infer the transformer option for a generic router; every router here uses superjson.
  const link = httpLink<AnyRouter>({ url: `${url}/trpc`, transformer: superjson }) as TRPCLink<TRouter>;
  const client = createTRPCClient<TRouter>({ links: [link] });
  return {
    url,
    client,
    server,
    database,
    config,
    async stop() {
      await server.stop();
      await database.dispose();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
