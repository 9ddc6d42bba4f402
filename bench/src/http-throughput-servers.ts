// The servers http-throughput.ts loads, in a process of their own (so the load generator's CPU is not
// taken from them): prints one JSON line of URLs, then serves until killed.
//  - bare:  Fastify alone, one route returning a small object;
//  - floor: the stack's floor, a minimal tRPC router (no transformer, no middleware) on tRPC's
//           official fastify adapter, one trivial query;
//  - ours:  createServer with a trivial query on our own procedures (superjson, error mapping,
//           context), once through tRPC's official adapter and once through the fast path; the fast
//           one also serves a plain Fastify route beside /trpc, and a third instance logs at info
//           level to /dev/null, as production does.
// It also reports its CPU time on request (see the end).
// fastify and @trpc/server are loaded from the server package, so bare and floor run on exactly the
// versions our server runs on.
import { createWriteStream } from "node:fs";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { publicProcedure, router } from "@interviewer/api";
import { migrateDatabase, openDatabase } from "@interviewer/db";
import { createServer } from "@interviewer/server";
import { loadConfig } from "@interviewer/server/config";

export const payload = { name: "interviewer", version: "0.1.0", topics: ["coding", "databases", "system-design"] };

interface MinimalFastify {
  get(path: string, handler: () => Promise<unknown>): void;
  register(plugin: unknown, options: unknown): Promise<unknown>;
  listen(options: { host: string; port: number }): Promise<string>;
}
interface MinimalTrpc {
  initTRPC: { create(): { router(record: unknown): unknown; procedure: { query(fn: () => unknown): unknown } } };
}

const requireFromServer = createRequire(fileURLToPath(import.meta.resolve("@interviewer/server")));
const createFastify: (options: unknown) => MinimalFastify = requireFromServer("fastify");
const { initTRPC }: MinimalTrpc = requireFromServer("@trpc/server");
const { fastifyTRPCPlugin }: { fastifyTRPCPlugin: unknown } = requireFromServer("@trpc/server/adapters/fastify");

async function startBare(): Promise<string> {
  const app = createFastify({ logger: false });
  app.get("/plain", async () => payload);
  return `${await app.listen({ host: "127.0.0.1", port: 0 })}/plain`;
}

async function startFloor(): Promise<string> {
  const t = initTRPC.create();
  const floorRouter = t.router({ info: t.procedure.query(() => payload) });
  const app = createFastify({ logger: false, routerOptions: { maxParamLength: 5000 } });
  await app.register(fastifyTRPCPlugin, { prefix: "/trpc", trpcOptions: { router: floorRouter } });
  return `${await app.listen({ host: "127.0.0.1", port: 0 })}/trpc/info`;
}

const benchRouter = router({ info: publicProcedure.query(() => payload) });

async function startOurs(trpcHttpPath: "fast" | "official", logToDevNull: boolean) {
  const database = await openDatabase({ engine: "pglite" });
  await migrateDatabase(database);
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "silent",
    DATA_DIR: `/tmp/interviewer-bench-${process.pid}`,
  });
  const server = await createServer({
    config,
    database,
    authSecret: "bench-secret-that-is-long-enough-for-hs256-signing",
    router: benchRouter,
    trpcHttpPath,
    logger: logToDevNull ? { level: "info", stream: createWriteStream("/dev/null") } : false,
    mailWorker: false,
    deadlineSweeper: false,
  });
  // The same data from a plain Fastify route beside /trpc (routes must be added before listening).
  server.app.get("/bench/plain", async () => payload);
  const url = await server.start();
  return { trpc: `${url}/trpc/info`, plain: `${url}/bench/plain` };
}

const official = await startOurs("official", false);
const fast = await startOurs("fast", false);
const fastLogged = await startOurs("fast", true);
const urls = {
  bare: await startBare(),
  floor: await startFloor(),
  oursOfficial: official.trpc,
  oursFast: fast.trpc,
  oursPlain: fast.plain,
  oursFastLogged: fastLogged.trpc,
  oursPlainLogged: fastLogged.plain,
};
process.stdout.write(`${JSON.stringify(urls)}\n`);
// Each line on stdin asks for the CPU time this process has used so far (µs), so the parent can
// charge each load window's CPU to the server it loaded: a measure contention on a shared machine
// disturbs far less than requests per second.
createInterface({ input: process.stdin }).on("line", () => {
  const usage = process.cpuUsage();
  process.stdout.write(`${usage.user + usage.system}\n`);
});
