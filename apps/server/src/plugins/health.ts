// Liveness and readiness, kept apart so an orchestrator restarts only what is broken:
// - GET /health (liveness): 200 while the process serves requests, with version, uptime and the
//   database status in the body. A database outage does not make it fail — restarting this process
//   would not fix the database.
// - GET /ready (readiness): 200 only when the database answers and has every migration this build
//   ships; 503 otherwise, so a load balancer sends no traffic to an instance that cannot serve it.
import { type DatabaseHandle, readMigrationStatus } from "@interviewer/db";
import type { FastifyInstance } from "fastify";

export interface HealthOptions {
  database: DatabaseHandle;
  version: string;
  startedAt: number;
  migrationsDir: string | undefined;
}

export async function healthRoutes(app: FastifyInstance, options: HealthOptions): Promise<void> {
  const databaseUp = async (log: FastifyInstance["log"]) => {
    try {
      await options.database.ping();
      return true;
    } catch (error) {
      log.error({ err: error }, "database unreachable");
      return false;
    }
  };

  app.get("/health", async (request) => {
    const up = await databaseUp(request.log);
    return {
      status: up ? "ok" : "degraded",
      version: options.version,
      uptimeSeconds: Math.round((performance.now() - options.startedAt) / 1000),
      database: { engine: options.database.engine, status: up ? "up" : "down" },
    };
  });

  app.get("/ready", async (request, reply) => {
    if (!(await databaseUp(request.log))) {
      return reply.code(503).send({ ready: false, reason: "database unreachable" });
    }
    const migrations = await readMigrationStatus(options.database, options.migrationsDir);
    if (!migrations.upToDate) {
      return reply.code(503).send({ ready: false, reason: "migrations pending", migrations });
    }
    return { ready: true, migrations };
  });
}
