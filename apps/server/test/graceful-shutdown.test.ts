// stop() is what SIGTERM/SIGINT call: it must stop accepting new connections, let a request that is
// already running finish with its real answer, and only then close the database.
import { publicProcedure, router } from "@interviewer/api";
import { schema } from "@interviewer/db";
import { startTestServer } from "@interviewer/testing/test-server";
import { describe, expect, it } from "vitest";

// A procedure that holds its request open until the test lets it go, then uses the database.
let slowRequestStarted!: () => void;
const started = new Promise<void>((resolve) => {
  slowRequestStarted = resolve;
});
let finishSlowRequest!: () => void;
const released = new Promise<void>((resolve) => {
  finishSlowRequest = resolve;
});
const testRouter = router({
  slow: publicProcedure.query(async ({ ctx }) => {
    slowRequestStarted();
    await released;
    await ctx.db.select({ id: schema.users.id }).from(schema.users).limit(1);
    return { done: true };
  }),
});

describe("graceful shutdown", () => {
  it("drains an in-flight request, refuses new ones, then closes the database", async () => {
    const ts = await startTestServer({ router: testRouter });
    try {
      const inFlight = ts.client.slow.query();
      await started;

      let stopFinished = false;
      const stopped = ts.server.stop().then(() => {
        stopFinished = true;
      });

      // New connections are refused while the old request is still running.
      await expect(fetch(`${ts.url}/health`)).rejects.toThrow();
      expect(stopFinished).toBe(false);

      finishSlowRequest();
      await expect(inFlight).resolves.toEqual({ done: true });
      await stopped;
      expect(stopFinished).toBe(true);
      await expect(ts.database.handle.ping()).rejects.toThrow();
    } finally {
      await ts.stop();
    }
  });
});
