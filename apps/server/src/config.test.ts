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

  describe("TRUST_PROXY", () => {
    const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) };

    it("trusts one proxy hop in production and none elsewhere by default", () => {
      expect(loadConfig(production).trustProxy).toBe(1);
      expect(loadConfig({}).trustProxy).toBe(false);
      expect(loadConfig({ NODE_ENV: "test" }).trustProxy).toBe(false);
    });

    it("takes a hop count, or false/0 for none", () => {
      expect(loadConfig({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
      expect(loadConfig({ ...production, TRUST_PROXY: "0" }).trustProxy).toBe(false);
      expect(loadConfig({ ...production, TRUST_PROXY: "false" }).trustProxy).toBe(false);
    });

    it("takes comma-separated proxy addresses, CIDR ranges and named ranges", () => {
      expect(loadConfig({ TRUST_PROXY: "10.0.0.0/8, 192.168.1.7,fd00::/8, loopback" }).trustProxy).toEqual([
        "10.0.0.0/8",
        "192.168.1.7",
        "fd00::/8",
        "loopback",
      ]);
    });

    it("refuses true, which would let any client choose its own address, and asks for a hop count", () => {
      expect(problemsOf({ TRUST_PROXY: "true" })).toEqual([
        expect.stringMatching(/^TRUST_PROXY: .*number of proxies.*\(got "true"\)$/),
      ]);
    });

    it("names entries that are not addresses, and absurd hop counts", () => {
      expect(problemsOf({ TRUST_PROXY: "10.0.0.0/8, my-proxy" })[0]).toMatch(
        /^TRUST_PROXY: .*not an address: my-proxy/,
      );
      expect(problemsOf({ TRUST_PROXY: "10.0.0.0/33" })[0]).toMatch(/not an address: 10\.0\.0\.0\/33/);
      expect(problemsOf({ TRUST_PROXY: "99" })[0]).toMatch(/^TRUST_PROXY: expected at most 10 proxy hops/);
    });
  });

  describe("METRICS_TOKEN", () => {
    it("opens /metrics outside production, closes it in production, and requires the token when one is set", () => {
      expect(loadConfig({}).metrics).toEqual({ access: "open" });
      expect(loadConfig({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) }).metrics).toEqual({ access: "off" });
      const token = "metrics-token-0123456789";
      expect(loadConfig({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), METRICS_TOKEN: token }).metrics).toEqual(
        { access: "bearer", token },
      );
      expect(loadConfig({ METRICS_TOKEN: token }).metrics).toEqual({ access: "bearer", token });
    });

    it("refuses a short token", () => {
      expect(problemsOf({ METRICS_TOKEN: "short" })[0]).toMatch(/^METRICS_TOKEN: expected a token of at least 16/);
    });
  });

  describe("voice (TRANSCRIPTION_* and SPEECH_*)", () => {
    it("is off by default: the browser's own recognition and synthesis", () => {
      expect(loadConfig({}).voice).toBeNull();
      // An interviewer key alone does not turn transcription on.
      expect(loadConfig({ OPENAI_API_KEY: "sk-test" }).voice).toBeNull();
    });

    it("reuses the interviewer's endpoint and key unless its own are given", () => {
      expect(
        loadConfig({
          OPENAI_API_KEY: "sk-test",
          OPENAI_BASE_URL: "http://127.0.0.1:1/v1",
          TRANSCRIPTION_MODEL: "whisper-1",
        }).voice,
      ).toEqual({
        apiKey: "sk-test",
        baseURL: "http://127.0.0.1:1/v1",
        transcriptionModel: "whisper-1",
        speechModel: undefined,
        speechVoice: "alloy",
      });
      expect(
        loadConfig({
          OPENAI_API_KEY: "sk-test",
          TRANSCRIPTION_API_KEY: "local",
          TRANSCRIPTION_BASE_URL: "http://127.0.0.1:8080/v1",
          SPEECH_MODEL: "tts-1",
        }).voice,
      ).toMatchObject({
        apiKey: "local",
        baseURL: "http://127.0.0.1:8080/v1",
        transcriptionModel: undefined,
        speechModel: "tts-1",
      });
    });

    it("refuses a model without any key, naming the variable", () => {
      expect(problemsOf({ TRANSCRIPTION_MODEL: "whisper-1" })[0]).toMatch(/^TRANSCRIPTION_API_KEY: required/);
    });
  });
});
