import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("gives working defaults with no variables set (the embedded default)", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: "development",
      port: 3000,
      publicUrl: "http://localhost:3000",
      database: { url: undefined, poolSize: 10 },
      devToolsEnabled: true,
    });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it("names the variable and the bad value in one line", () => {
    expect(problemsOf({ PORT: "abc" })).toEqual([expect.stringMatching(/^PORT: .*\(got "abc"\)$/)]);
  });

  it("reports every bad variable, one line each", () => {
    const problems = problemsOf({ PORT: "70000", PUBLIC_URL: "not a url", DATABASE_URL: "mysql://x" });
    expect(problems).toHaveLength(3);
    expect(problems.map((p) => p.split(":")[0]).sort()).toEqual(["DATABASE_URL", "PORT", "PUBLIC_URL"]);
  });

  it("refuses to start production without a long AUTH_SECRET", () => {
    expect(problemsOf({ NODE_ENV: "production" })).toEqual([
      expect.stringMatching(/^AUTH_SECRET: required in production/),
    ]);
    expect(problemsOf({ NODE_ENV: "production", AUTH_SECRET: "short" })[0]).toMatch(/^AUTH_SECRET/);
    const config = loadConfig({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) });
    expect(config.devToolsEnabled).toBe(false);
  });

  it("treats empty strings as unset and normalises origins", () => {
    const config = loadConfig({
      PORT: "",
      PUBLIC_URL: "https://app.example.com/",
      CORS_ORIGINS: "https://a.example.com/x, https://b.example.com",
    });
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe("https://app.example.com");
    expect(config.corsOrigins).toEqual(["https://a.example.com", "https://b.example.com"]);
  });
});
