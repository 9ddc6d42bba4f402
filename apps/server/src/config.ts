// The server's configuration: read from the environment once, at start, validated with zod into one
// typed object. Nothing else reads process.env. A bad value stops the start with one line per
// variable that names it, so an operator can fix it without reading a stack trace.
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

const port = z.coerce
  .number({ error: "expected a port number" })
  .int("expected a whole number")
  .min(0, "expected a port between 0 and 65535")
  .max(65535, "expected a port between 0 and 65535");

const positiveInt = z.coerce.number({ error: "expected a number" }).int("expected a whole number").positive();

/** An amount in a currency's minor units: 2900 is $29.00. */
const minorUnits = z.coerce
  .number({ error: "expected an amount in minor units (cents), e.g. 2900 for 29.00" })
  .int("expected a whole number of minor units (cents), e.g. 2900 for 29.00")
  .min(0);

const url = z.url({ error: "expected an absolute URL such as http://localhost:3000" });

const commaList = z.string().transform((value) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean),
);

/**
 * Which hops of X-Forwarded-For to believe: `false` (none: the socket's address), a number of proxies in
 * front of the server, or the proxies' addresses. Never "all of them": then any client picks its address.
 */
export type TrustProxy = false | number | string[];

const MAX_PROXY_HOPS = 10;
const NAMED_PROXY_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

/** An IP address, a CIDR range (10.0.0.0/8, fd00::/8), or one of proxy-addr's named ranges. */
function isProxyAddress(entry: string): boolean {
  if (NAMED_PROXY_RANGES.has(entry)) return true;
  const slash = entry.indexOf("/");
  if (slash === -1) return isIP(entry) !== 0;
  const family = isIP(entry.slice(0, slash));
  const prefix = entry.slice(slash + 1);
  if (family === 0 || !/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

const trustProxy = z.string().transform((value, ctx): TrustProxy | typeof z.NEVER => {
  const setting = value.trim().toLowerCase();
  if (setting === "false" || setting === "0") return false;
  if (setting === "true") {
    ctx.addIssue({
      code: "custom",
      message:
        "trusting every hop lets any client choose its own address; give the number of proxies in front of the server (e.g. 1) or their addresses (e.g. 10.0.0.0/8)",
    });
    return z.NEVER;
  }
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    if (hops > MAX_PROXY_HOPS) {
      ctx.addIssue({ code: "custom", message: `expected at most ${MAX_PROXY_HOPS} proxy hops` });
      return z.NEVER;
    }
    return hops;
  }
  const addresses = setting
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const invalid = addresses.filter((entry) => !isProxyAddress(entry));
  if (addresses.length === 0 || invalid.length > 0) {
    ctx.addIssue({
      code: "custom",
      message: `expected false, a number of proxy hops, or comma-separated proxy addresses/CIDR ranges${invalid.length > 0 ? ` (not an address: ${invalid.join(", ")})` : ""}`,
    });
    return z.NEVER;
  }
  return addresses;
});

const envSchema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], { error: "expected development, production or test" })
    .default("development"),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: port.default(3000),
  PUBLIC_URL: url.default("http://localhost:3000"),
  CORS_ORIGINS: commaList.pipe(z.array(url)).default([]),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "expected a pino level (info, debug, ...)",
    })
    .default("info"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "expected a postgres:// connection string")
    .optional(),
  DATABASE_POOL_SIZE: positiveInt.default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: positiveInt.default(15_000),
  DATA_DIR: z.string().min(1).default(".data"),
  AUTH_SECRET: z.string().optional(),
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(10_000),
  TRUST_PROXY: trustProxy.optional(),
  METRICS_TOKEN: z.string().min(16, "expected a token of at least 16 characters").optional(),
  WEB_DIST_DIR: z.string().optional(),
  MIGRATIONS_DIR: z.string().optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "expected a redis:// URL")
    .optional(),
  // Email
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: url.optional(),
  MAIL_FROM: z.string().min(3).default("Interviewer <no-reply@interviewer.local>"),
  MAIL_WORKER_INTERVAL_MS: positiveInt.default(2_000),
  // GitHub login (disabled when GITHUB_CLIENT_ID is unset)
  GITHUB_CLIENT_ID: z.string().optional(),
  GITHUB_CLIENT_SECRET: z.string().optional(),
  GITHUB_OAUTH_URL: url.default("https://github.com"),
  GITHUB_API_URL: url.default("https://api.github.com"),
  // Billing (the local simulator when LEMONSQUEEZY_API_KEY is unset, outside production)
  LEMONSQUEEZY_API_KEY: z.string().optional(),
  LEMONSQUEEZY_API_URL: url.default("https://api.lemonsqueezy.com"),
  LEMONSQUEEZY_STORE_ID: z.string().optional(),
  LEMONSQUEEZY_WEBHOOK_SECRET: z
    .string()
    .min(6, "expected the webhook signing secret (at least 6 characters)")
    .optional(),
  LEMONSQUEEZY_VARIANT_INDIVIDUAL: z.string().optional(),
  LEMONSQUEEZY_VARIANT_PRO: z.string().optional(),
  LEMONSQUEEZY_VARIANT_PREMIUM: z.string().optional(),
  LEMONSQUEEZY_TEST_MODE: z.enum(["true", "false", "1", "0"], { error: "expected true or false" }).optional(),
  FREE_CREDITS_ON_SIGNUP: z.coerce
    .number({ error: "expected a number" })
    .int("expected a whole number")
    .min(0)
    .default(1),
  // Prices shown before checkout, in minor units (cents); all four together, or none for the defaults
  PLAN_CURRENCY: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "expected an ISO 4217 currency code such as USD or EUR")
    .transform((code) => code.toUpperCase())
    .optional(),
  PLAN_PRICE_INDIVIDUAL: minorUnits.optional(),
  PLAN_PRICE_PRO: minorUnits.optional(),
  PLAN_PRICE_PREMIUM: minorUnits.optional(),
  // The interviewer: built-in offline by default, any OpenAI-compatible API with a key
  INTERVIEWER_PROVIDER: z.enum(["builtin", "openai"], { error: "expected builtin or openai" }).optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: url.optional(),
  OPENAI_MODEL: z.string().min(1).optional(),
  OPENAI_TIMEOUT_MS: positiveInt.default(60_000),
  OPENAI_MAX_RETRIES: z.coerce
    .number({ error: "expected a number" })
    .int("expected a whole number")
    .min(0)
    .max(10)
    .default(2),
  // Voice answers: an OpenAI-compatible /v1/audio endpoint (OpenAI, whisper.cpp, faster-whisper). Without
  // TRANSCRIPTION_MODEL there is no server transcription (the browser's recognition, else typing); the
  // endpoint and key default to the interviewer's. SPEECH_MODEL adds questions read aloud by that endpoint.
  TRANSCRIPTION_BASE_URL: url.optional(),
  TRANSCRIPTION_MODEL: z.string().min(1).optional(),
  TRANSCRIPTION_API_KEY: z.string().optional(),
  SPEECH_MODEL: z.string().min(1).optional(),
  SPEECH_VOICE: z.string().min(1).max(100).default("alloy"),
  // Running candidate code (interview.runCode and hidden tests on submit). Unset sandbox limits take
  // @interviewer/sandbox's documented defaults (DEFAULT_CODE_RUNNER_LIMITS).
  CODE_RUN_TIMEOUT_MS: positiveInt.optional(),
  CODE_RUN_MEMORY_MB: positiveInt.optional(),
  CODE_RUN_OUTPUT_BYTES: positiveInt.optional(),
  CODE_RUN_POOL_SIZE: positiveInt.max(64, "expected at most 64 workers").optional(),
  CODE_RUN_MAX_QUEUED: z.coerce.number({ error: "expected a number" }).int("expected a whole number").min(0).optional(),
  CODE_RUNS_PER_USER: positiveInt.default(30),
  CODE_RUNS_AT_ONCE_PER_USER: positiveInt.max(16, "expected at most 16").default(1),
});

export type Environment = Record<string, string | undefined>;

export interface Config {
  env: "development" | "production" | "test";
  isProduction: boolean;
  host: string;
  port: number;
  publicUrl: string;
  corsOrigins: string[];
  logLevel: string;
  database: { url: string | undefined; poolSize: number; statementTimeoutMs: number };
  dataDir: string;
  /** Undefined until resolveAuthSecret() fills it (generated and kept under DATA_DIR outside production). */
  authSecret: string | undefined;
  shutdownTimeoutMs: number;
  /** Which X-Forwarded-For hops to believe for the client address; one hop by default in production. */
  trustProxy: TrustProxy;
  /**
   * Who may read GET /metrics: anyone (outside production without a token), holders of METRICS_TOKEN as a
   * bearer token, or nobody (production without a token: the route is not mounted).
   */
  metrics: { access: "open" } | { access: "bearer"; token: string } | { access: "off" };
  webDistDir: string;
  /** Undefined: the repository's drizzle/ folder. */
  migrationsDir: string | undefined;
  /** Dev conveniences (mail outbox, billing simulator) are never mounted in production. */
  devToolsEnabled: boolean;
  /** Shared rate-limit store across instances; in-memory per instance when unset. */
  redisUrl: string | undefined;
  mail: {
    /** Resend when an API key is set; otherwise the dev outbox shown at /dev/mail. */
    transport: "resend" | "dev-outbox";
    resendApiKey: string | undefined;
    resendBaseUrl: string | undefined;
    from: string;
    workerIntervalMs: number;
  };
  github:
    | { enabled: false }
    | { enabled: true; clientId: string; clientSecret: string; oauthUrl: string; apiUrl: string };
  billing: {
    /** lemonsqueezy with an API key; the local simulator without one; disabled in production without one. */
    adapter: "lemonsqueezy" | "simulator" | "disabled";
    apiKey: string | undefined;
    apiUrl: string;
    storeId: string | undefined;
    /** Undefined in simulator mode until the server generates one at start. */
    webhookSecret: string | undefined;
    variants: { individual: string; pro: string; premium: string };
    testMode: boolean;
    freeCreditsOnSignup: number;
    /** Undefined: the API's default prices (DEFAULT_PLAN_PRICING in packages/api billing/plans.ts). */
    pricing: { currency: string; prices: { individual: number; pro: number; premium: number } } | undefined;
  };
  codeRuns: {
    /** The sandbox's limits; a value left undefined takes the sandbox's default. */
    sandbox: {
      timeoutMs: number | undefined;
      memoryMb: number | undefined;
      outputBytes: number | undefined;
      poolSize: number | undefined;
      maxQueued: number | undefined;
    };
    /** interview.runCode calls one user may make in the policy's window (ten minutes). */
    perUser: number;
    /** Runs one user may have going at once on this instance. */
    atOncePerUser: number;
  };
  interviewer:
    | { kind: "builtin" }
    | {
        kind: "openai";
        apiKey: string;
        baseURL: string | undefined;
        model: string | undefined;
        timeoutMs: number;
        maxRetries: number;
      };
  /** Server transcription and speech; null: none configured (the web app uses the browser's own). */
  voice: {
    apiKey: string;
    baseURL: string | undefined;
    transcriptionModel: string | undefined;
    speechModel: string | undefined;
    speechVoice: string;
  } | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export const MIN_AUTH_SECRET_LENGTH = 32;

export function loadConfig(environment: Environment): Config {
  // Empty strings mean "unset" (a blank line in a .env file should not be a value).
  const cleaned = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "environment");
        const received = cleaned[name];
        return `${name}: ${issue.message}${received === undefined ? "" : ` (got "${received}")`}`;
      }),
    );
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === "production";
  if (isProduction && (!env.AUTH_SECRET || env.AUTH_SECRET.length < MIN_AUTH_SECRET_LENGTH)) {
    throw new ConfigError([`AUTH_SECRET: required in production, at least ${MIN_AUTH_SECRET_LENGTH} characters`]);
  }
  if (env.INTERVIEWER_PROVIDER === "openai" && !env.OPENAI_API_KEY) {
    // Local servers (Ollama, vLLM) accept any key; say so rather than silently using the built-in one.
    throw new ConfigError([
      "OPENAI_API_KEY: required when INTERVIEWER_PROVIDER=openai (any non-empty value for local servers such as Ollama)",
    ]);
  }
  const voiceKey = env.TRANSCRIPTION_API_KEY ?? env.OPENAI_API_KEY;
  if ((env.TRANSCRIPTION_MODEL || env.SPEECH_MODEL) && !voiceKey) {
    throw new ConfigError([
      "TRANSCRIPTION_API_KEY: required when TRANSCRIPTION_MODEL or SPEECH_MODEL is set and OPENAI_API_KEY is not (any non-empty value for local servers such as whisper.cpp)",
    ]);
  }
  if (env.GITHUB_CLIENT_ID && !env.GITHUB_CLIENT_SECRET) {
    throw new ConfigError(["GITHUB_CLIENT_SECRET: required when GITHUB_CLIENT_ID is set"]);
  }
  if (env.LEMONSQUEEZY_API_KEY) {
    // A key without a way to verify webhooks would take money and never grant credits.
    const missing = [
      "LEMONSQUEEZY_WEBHOOK_SECRET",
      "LEMONSQUEEZY_STORE_ID",
      "LEMONSQUEEZY_VARIANT_INDIVIDUAL",
      "LEMONSQUEEZY_VARIANT_PRO",
      "LEMONSQUEEZY_VARIANT_PREMIUM",
    ].filter((name) => !env[name as keyof typeof env]);
    if (missing.length > 0) {
      throw new ConfigError(missing.map((name) => `${name}: required when LEMONSQUEEZY_API_KEY is set`));
    }
  }
  const pricingVariables = ["PLAN_CURRENCY", "PLAN_PRICE_INDIVIDUAL", "PLAN_PRICE_PRO", "PLAN_PRICE_PREMIUM"] as const;
  const unsetPricing = pricingVariables.filter((name) => env[name] === undefined);
  if (unsetPricing.length > 0 && unsetPricing.length < pricingVariables.length) {
    // Half a price table would mix the defaults' currency with this store's amounts.
    throw new ConfigError(
      unsetPricing.map((name) => `${name}: required when any PLAN_PRICE_* or PLAN_CURRENCY is set`),
    );
  }
  if (env.AUTH_SECRET && env.AUTH_SECRET.length < MIN_AUTH_SECRET_LENGTH) {
    throw new ConfigError([`AUTH_SECRET: must be at least ${MIN_AUTH_SECRET_LENGTH} characters`]);
  }
  return {
    env: env.NODE_ENV,
    isProduction,
    host: env.HOST,
    port: env.PORT,
    publicUrl: env.PUBLIC_URL.replace(/\/+$/, ""),
    corsOrigins: env.CORS_ORIGINS.map((origin) => new URL(origin).origin),
    logLevel: env.LOG_LEVEL,
    database: {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    },
    dataDir: path.resolve(env.DATA_DIR),
    authSecret: env.AUTH_SECRET,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    trustProxy: env.TRUST_PROXY ?? (isProduction ? 1 : false),
    metrics: env.METRICS_TOKEN
      ? { access: "bearer", token: env.METRICS_TOKEN }
      : isProduction
        ? { access: "off" }
        : { access: "open" },
    webDistDir: env.WEB_DIST_DIR ? path.resolve(env.WEB_DIST_DIR) : path.resolve(import.meta.dirname, "../../web/dist"),
    migrationsDir: env.MIGRATIONS_DIR ? path.resolve(env.MIGRATIONS_DIR) : undefined,
    devToolsEnabled: !isProduction,
    redisUrl: env.REDIS_URL,
    mail: {
      transport: env.RESEND_API_KEY ? "resend" : "dev-outbox",
      resendApiKey: env.RESEND_API_KEY,
      resendBaseUrl: env.RESEND_BASE_URL?.replace(/\/+$/, ""),
      from: env.MAIL_FROM,
      workerIntervalMs: env.MAIL_WORKER_INTERVAL_MS,
    },
    github:
      env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET
        ? {
            enabled: true,
            clientId: env.GITHUB_CLIENT_ID,
            clientSecret: env.GITHUB_CLIENT_SECRET,
            oauthUrl: env.GITHUB_OAUTH_URL.replace(/\/+$/, ""),
            apiUrl: env.GITHUB_API_URL.replace(/\/+$/, ""),
          }
        : { enabled: false },
    billing: {
      adapter: env.LEMONSQUEEZY_API_KEY ? "lemonsqueezy" : isProduction ? "disabled" : "simulator",
      apiKey: env.LEMONSQUEEZY_API_KEY,
      apiUrl: env.LEMONSQUEEZY_API_URL.replace(/\/+$/, ""),
      storeId: env.LEMONSQUEEZY_STORE_ID,
      webhookSecret: env.LEMONSQUEEZY_WEBHOOK_SECRET,
      // The simulator invents its own variant ids; real stores must configure theirs.
      variants: {
        individual: env.LEMONSQUEEZY_VARIANT_INDIVIDUAL ?? (env.LEMONSQUEEZY_API_KEY ? "" : "900001"),
        pro: env.LEMONSQUEEZY_VARIANT_PRO ?? (env.LEMONSQUEEZY_API_KEY ? "" : "900002"),
        premium: env.LEMONSQUEEZY_VARIANT_PREMIUM ?? (env.LEMONSQUEEZY_API_KEY ? "" : "900003"),
      },
      testMode: env.LEMONSQUEEZY_TEST_MODE ? ["true", "1"].includes(env.LEMONSQUEEZY_TEST_MODE) : !isProduction,
      freeCreditsOnSignup: env.FREE_CREDITS_ON_SIGNUP,
      pricing:
        env.PLAN_CURRENCY !== undefined &&
        env.PLAN_PRICE_INDIVIDUAL !== undefined &&
        env.PLAN_PRICE_PRO !== undefined &&
        env.PLAN_PRICE_PREMIUM !== undefined
          ? {
              currency: env.PLAN_CURRENCY,
              prices: {
                individual: env.PLAN_PRICE_INDIVIDUAL,
                pro: env.PLAN_PRICE_PRO,
                premium: env.PLAN_PRICE_PREMIUM,
              },
            }
          : undefined,
    },
    codeRuns: {
      sandbox: {
        timeoutMs: env.CODE_RUN_TIMEOUT_MS,
        memoryMb: env.CODE_RUN_MEMORY_MB,
        outputBytes: env.CODE_RUN_OUTPUT_BYTES,
        poolSize: env.CODE_RUN_POOL_SIZE,
        maxQueued: env.CODE_RUN_MAX_QUEUED,
      },
      perUser: env.CODE_RUNS_PER_USER,
      atOncePerUser: env.CODE_RUNS_AT_ONCE_PER_USER,
    },
    interviewer:
      (env.INTERVIEWER_PROVIDER ?? (env.OPENAI_API_KEY ? "openai" : "builtin")) === "openai"
        ? {
            kind: "openai",
            apiKey: env.OPENAI_API_KEY ?? "",
            baseURL: env.OPENAI_BASE_URL,
            model: env.OPENAI_MODEL,
            timeoutMs: env.OPENAI_TIMEOUT_MS,
            maxRetries: env.OPENAI_MAX_RETRIES,
          }
        : { kind: "builtin" },
    voice:
      voiceKey && (env.TRANSCRIPTION_MODEL || env.SPEECH_MODEL)
        ? {
            apiKey: voiceKey,
            baseURL: env.TRANSCRIPTION_BASE_URL ?? env.OPENAI_BASE_URL,
            transcriptionModel: env.TRANSCRIPTION_MODEL,
            speechModel: env.SPEECH_MODEL,
            speechVoice: env.SPEECH_VOICE,
          }
        : null,
  };
}
