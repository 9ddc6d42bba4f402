// Liveness: GET /health answers 200 while the process can reach its database, 503 when it cannot,
// with the version and uptime so an operator can tell which build is running.
import type { DatabaseHandle } from "@interviewer/db";
import type { FastifyInstance } from "fastify";

export interface HealthOptions {
  database: DatabaseHandle;
  version: string;
  startedAt: number;
}

export async function healthRoutes(app: FastifyInstance, options: HealthOptions): Promise<void> {
  app.get("/health", async (request, reply) => {
    const uptimeSeconds = Math.round((performance.now() - options.startedAt) / 1000);
    try {
      await options.database.ping();
      return {
        status: "ok",
        version: options.version,
        uptimeSeconds,
        database: { engine: options.database.engine, status: "up" },
      };
    } catch (error) {
      request.log.error({ err: error }, "health check: database unreachable");
      return reply.code(503).send({
        status: "degraded",
        version: options.version,
        uptimeSeconds,
        database: { engine: options.database.engine, status: "down" },
      });
    }
  });
}
