// One test run for the whole workspace. Unit tests sit beside the code (src/**/*.test.ts);
// integration tests live in each package's test/ folder and run once per database engine:
// always on the embedded PGlite, and again on real PostgreSQL when TEST_DATABASE_URL is set.
// The server answers plain tRPC calls on its fast path (TRPC_HTTP_PATH=fast, the default); the
// pglite-official-trpc project runs the same integration tests through tRPC's official adapter, so
// both paths are held to every test.
import { configDefaults, defineConfig } from "vitest/config";

const integrationTests = ["packages/*/test/**/*.test.ts", "apps/*/test/**/*.test.ts"];
// The web app's browser suite drives Chromium against the real server: it runs once, on the
// embedded default, in its own project (not once per database engine).
const browserTests = ["apps/web/test/**/*.test.ts"];
const postgresUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    // CI also writes a JSON report; .ci/run turns it into one plain "N passed, N failed" line.
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results/vitest.json" }]] : ["default"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          // tooling/: the repository's own checks (scripts run by lint), tested beside them.
          include: [
            "packages/*/src/**/*.test.ts",
            "apps/*/src/**/*.test.ts",
            "bench/src/**/*.test.ts",
            "tooling/*.test.ts",
          ],
        },
      },
      {
        extends: true,
        test: {
          name: "pglite",
          include: integrationTests,
          exclude: [...configDefaults.exclude, ...browserTests],
          env: { TEST_DB_ENGINE: "pglite", TRPC_HTTP_PATH: "fast" },
        },
      },
      {
        extends: true,
        test: {
          name: "pglite-official-trpc",
          include: integrationTests,
          // The fast-path test starts one server on each path itself.
          exclude: [...configDefaults.exclude, ...browserTests, "apps/server/test/trpc-fast-path.test.ts"],
          env: { TEST_DB_ENGINE: "pglite", TRPC_HTTP_PATH: "official" },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: browserTests,
          env: { TEST_DB_ENGINE: "pglite" },
          // A real browser on a busy two-core machine (CI runs the suites side by side) can take more
          // than expect.poll's default second to reach a state (a fake microphone starting, say); polls
          // still end as soon as the condition holds.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      ...(postgresUrl
        ? [
            {
              extends: true,
              test: {
                name: "postgres",
                include: integrationTests,
                exclude: [...configDefaults.exclude, ...browserTests],
                env: { TEST_DB_ENGINE: "postgres", TEST_DATABASE_URL: postgresUrl, TRPC_HTTP_PATH: "fast" },
              },
            },
          ]
        : []),
    ],
  },
});
