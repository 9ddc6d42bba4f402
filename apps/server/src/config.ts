// The server's configuration: read from the environment once, at start, validated with zod into one
// typed object. Nothing else reads process.env. A bad value stops the start with one line per
// variable that names it, so an operator can fix it without reading a stack trace.
import path from "node:path";
import { z } from "zod";

const port = z.coerce
  .number({ error: "expected a port number" })
  .int("expected a whole number")
  .min(0, "expected a port between 0 and 65535")
  .max(65535, "expected a port between 0 and 65535");

const positiveInt = z.coerce.number({ error: "expected a number" }).int("expected a whole number").positive();

const url = z.url({ error: "expected an absolute URL such as http://localhost:3000" });

const commaList = z.string().transform((value) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean),
);

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
  WEB_DIST_DIR: z.string().optional(),
  MIGRATIONS_DIR: z.string().optional(),
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
  webDistDir: string;
  /** Undefined: the repository's drizzle/ folder. */
  migrationsDir: string | undefined;
  /** Dev conveniences (mail outbox, billing simulator) are never mounted in production. */
  devToolsEnabled: boolean;
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
    webDistDir: env.WEB_DIST_DIR ? path.resolve(env.WEB_DIST_DIR) : path.resolve(import.meta.dirname, "../../web/dist"),
    migrationsDir: env.MIGRATIONS_DIR ? path.resolve(env.MIGRATIONS_DIR) : undefined,
    devToolsEnabled: !isProduction,
  };
}
