// What the logs must never carry, enforced once, where every logger line is serialized (pino
// serializers on the root logger; every child logger — request, worker, job — inherits them):
// - Request URLs keep their path and parameter names, but not their values: query strings carry
//   secrets (the access token in an SSE subscription's `connectionParams`, tRPC `input`, the tokens of
//   email links and the OAuth callback's `code`). Only `batch`, which is never secret, stays readable.
// - Errors lose the values bound to a failed query: Drizzle puts them in the message ("params: …") and
//   in `params`; postgres.js keeps `parameters` and `args`; PostgreSQL's `detail` quotes the offending
//   key or row ("Key (email)=(…) already exists", "Failing row contains (…)"). The same is done on the
//   whole `cause` chain, since pino appends each cause's message and stack to the line.
import type { FastifyRequest, FastifyServerOptions } from "fastify";

export const REDACTED = "[redacted]";

/** Query parameters whose values are kept in logged URLs; every other value is replaced. */
const READABLE_QUERY_PARAMETERS = new Set(["batch"]);

/** Fields that carry values bound to a query, dropped from every error in a cause chain. */
const BOUND_VALUE_FIELDS = new Set(["params", "parameters", "args", "detail", "queryOptions"]);

/** Drizzle's "Failed query: <sql>\nparams: <values>" message; everything after "params:" is values. */
const DRIZZLE_PARAMS_LINE = "\nparams: ";

const MAX_CAUSE_DEPTH = 10;

/** `/trpc/x?connectionParams=…&batch=1` → `/trpc/x?connectionParams=[redacted]&batch=1`. */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf("?");
  if (queryStart === -1) return url;
  const query = url
    .slice(queryStart + 1)
    .split("&")
    .map((pair) => {
      const equals = pair.indexOf("=");
      // A bare segment (`?abc123`) could be a value on its own.
      if (equals === -1) return pair === "" ? pair : REDACTED;
      const name = pair.slice(0, equals);
      return READABLE_QUERY_PARAMETERS.has(name) ? pair : `${name}=${REDACTED}`;
    })
    .join("&");
  return `${url.slice(0, queryStart)}?${query}`;
}

/** Fastify's own request serializer, with the URL's query values redacted. */
function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    version: typeof request.headers["accept-version"] === "string" ? request.headers["accept-version"] : undefined,
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket ? request.socket.remotePort : undefined,
  };
}

type ErrorLike = Error & Record<string, unknown>;

function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === "object" && value !== null && typeof (value as { message?: unknown }).message === "string";
}

function carriesBoundValues(error: ErrorLike): boolean {
  return error.message.includes(DRIZZLE_PARAMS_LINE) || Object.keys(error).some((key) => BOUND_VALUE_FIELDS.has(key));
}

function redactedMessage(error: ErrorLike): string {
  const paramsAt = error.message.indexOf(DRIZZLE_PARAMS_LINE);
  return paramsAt === -1 ? error.message : `${error.message.slice(0, paramsAt)}${DRIZZLE_PARAMS_LINE}${REDACTED}`;
}

function redactedStack(error: ErrorLike): string {
  const stack = typeof error.stack === "string" ? error.stack : "";
  if (!carriesBoundValues(error)) return stack;
  // V8 starts the stack with the message (values included): rebuild that head, keep only the frames.
  const frames = stack.split("\n").filter((line) => line.startsWith("    at "));
  return [`${error.name}: ${redactedMessage(error)}`, ...frames].join("\n");
}

/** The error's cause chain (Error.cause), without cycles, at most MAX_CAUSE_DEPTH long. */
function causeChain(error: ErrorLike): ErrorLike[] {
  const chain = [error];
  let current: unknown = error.cause;
  while (isErrorLike(current) && !chain.includes(current) && chain.length <= MAX_CAUSE_DEPTH) {
    chain.push(current);
    current = current.cause;
  }
  return chain;
}

/**
 * pino's standard error serializer (type, message and stack with every cause appended, the error's
 * other fields), except that bound values are dropped from every error in the chain.
 */
export function serializeError(error: unknown, seen: Set<unknown> = new Set()): unknown {
  if (!isErrorLike(error)) return error;
  seen.add(error);
  const chain = causeChain(error);
  const serialized: Record<string, unknown> = {
    type: typeof error.constructor === "function" ? error.constructor.name : error.name,
    message: chain.map(redactedMessage).join(": "),
    stack: chain.map(redactedStack).join("\ncaused by: "),
  };
  if (Array.isArray(error.errors)) {
    serialized.aggregateErrors = error.errors.map((inner: unknown) =>
      seen.has(inner) ? "[circular]" : serializeError(inner, seen),
    );
  }
  for (const key in error) {
    if (key === "cause" || BOUND_VALUE_FIELDS.has(key) || serialized[key] !== undefined) continue;
    const value = error[key];
    if (isErrorLike(value)) {
      if (!seen.has(value)) serialized[key] = serializeError(value, seen);
    } else {
      serialized[key] = value;
    }
  }
  return serialized;
}

export const logSerializers = {
  req: serializeRequest,
  // Typed as Fastify expects; like pino's, it passes a value that is not an error through unchanged.
  err: (error: unknown) => serializeError(error) as { type: string; message: string; stack: string },
};

type LoggerOption = FastifyServerOptions["logger"];

/** Fastify's `logger` option with the redacting serializers added (over any the caller passed). */
export function withLogRedaction(logger: LoggerOption): LoggerOption {
  if (logger === false || logger === undefined) return logger;
  const options = logger === true ? {} : logger;
  return { ...options, serializers: { ...options.serializers, ...logSerializers } };
}
