// /trpc without the Fetch-API round trip, for the calls that don't stream. The official adapter
// (fastifyTRPCPlugin → resolveResponse) turns every call into a fetch Request with its own Headers,
// URL, AbortController and AbortSignal.any, then answers with a Response and a chunked stream; that
// costs several times the procedure itself on a cheap query. This handler does what resolveResponse
// does for a JSON query or mutation (single or batched, GET or POST) directly on Fastify's request
// and reply, with tRPC's own building blocks (getErrorShape, transformTRPCResponse,
// getHTTPStatusCode, getTRPCErrorFromUnknown), so the status, the headers that matter and the body
// bytes are the official ones; test/trpc-fast-path.test.ts compares the two on the wire, and the
// integration suite runs through both (TRPC_HTTP_PATH).
//
// Anything else goes to the official handler unchanged: subscriptions (SSE), streaming batches
// (`trpc-accept: application/jsonl`), HEAD and other methods,
// `connectionParams`, lazy routers, batches over the size limit or mixing procedure types, and
// adapter options this handler does not implement (method override, batching switched off). Those
// are rare or error paths; the official code stays the single source of their behaviour. Bodies
// that are not JSON (form data, octet streams, text) never get here: trpc-request-guards.ts refuses
// them from their headers, on both paths.
import type { AnyProcedure, AnyRouter, ProcedureType } from "@trpc/server";
import { type FastifyHandlerOptions, fastifyRequestHandler } from "@trpc/server/adapters/fastify";
import { getHTTPStatusCode, type TRPCRequestInfo } from "@trpc/server/http";
import type { TRPCResponse } from "@trpc/server/rpc";
import {
  emptyObject,
  getErrorShape,
  getTRPCErrorFromUnknown,
  isAsyncIterable,
  isObject,
  isPromise,
  TRPCError,
  transformTRPCResponse,
} from "@trpc/server/unstable-core-do-not-import";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { mergeVary } from "./vary-origin.ts";

export type TrpcHandlerOptions = FastifyHandlerOptions<AnyRouter, FastifyRequest, FastifyReply>;

/** Which methods each procedure type accepts (resolveResponse's map, without method override). */
const ACCEPTED_METHODS: Record<ProcedureType, string> = { query: "GET", mutation: "POST", subscription: "GET" };

/** What resolveResponse puts on every answer before the call runs. */
const BASE_VARY = "trpc-accept, accept";
const JSON_CONTENT_TYPE = "application/json";

/** A request the fast path can answer exactly as resolveResponse would. */
interface FastCallPlan {
  isBatchCall: boolean;
  method: "GET" | "POST";
  searchParams: URLSearchParams | undefined;
  paths: string[];
  procedures: (AnyProcedure | null)[];
  type: ProcedureType | "unknown";
}

type CallOutcome = [error: TRPCError, data: undefined] | [error: undefined, data: unknown];

/**
 * Mounts `/:path` (register it with prefix "/trpc"): the fast path where it applies, the official
 * fastify handler otherwise. JSON is parsed as the official plugin does (as text, decoded by tRPC);
 * no other body is accepted (no form data parser: trpc-request-guards.ts refuses them first).
 */
export async function trpcFastPathRoutes(app: FastifyInstance, options: { trpcOptions: TrpcHandlerOptions }) {
  const { trpcOptions } = options;
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => done(null, body));

  const router = trpcOptions.router;
  const fastPathEnabled =
    Object.keys(router._def.lazy).length === 0 && !trpcOptions.allowMethodOverride && batchingAllowed(trpcOptions);

  app.all<{ Params: { path: string } }>("/:path", async (request, reply) => {
    const plan = fastPathEnabled ? planFastCall(request, router, trpcOptions.maxBatchSize) : undefined;
    if (!plan) {
      await fastifyRequestHandler({ ...trpcOptions, req: request, res: reply, path: request.params.path });
      return;
    }
    // Returning the reply tells Fastify it is answered, without waiting for the bytes to leave.
    return answerFastCall(request, reply, plan, trpcOptions);
  });
}

function batchingAllowed(options: TrpcHandlerOptions): boolean {
  return options.allowBatching ?? options.batching?.enabled ?? true;
}

/** The calls of a plain JSON query/mutation request, or undefined when the official handler must answer. */
function planFastCall(
  request: FastifyRequest<{ Params: { path: string } }>,
  router: AnyRouter,
  maxBatchSize: number | undefined,
): FastCallPlan | undefined {
  const method = request.method;
  if (method !== "GET" && method !== "POST") return undefined;
  const contentType = request.headers["content-type"];
  // POST must be JSON; a GET with any content type but JSON would pick another tRPC content handler.
  if (contentType === undefined ? method === "POST" : !contentType.startsWith(JSON_CONTENT_TYPE)) return undefined;
  if (request.headers["trpc-accept"] !== undefined || request.headers.accept?.includes("application/jsonl")) {
    return undefined;
  }

  const url = request.url;
  const queryStart = url.indexOf("?");
  const searchParams = queryStart === -1 ? undefined : new URLSearchParams(url.slice(queryStart + 1));
  if (searchParams?.has("connectionParams")) return undefined;

  let path: string;
  try {
    // resolveResponse decodes the (already router-decoded) parameter once more; so do we.
    path = decodeURIComponent(request.params.path);
  } catch {
    return undefined;
  }
  const isBatchCall = searchParams?.get("batch") === "1";
  const paths = isBatchCall ? path.split(",") : [path];
  if (isBatchCall && typeof maxBatchSize === "number" && paths.length > maxBatchSize) return undefined;

  const procedures = paths.map((callPath) => router._def.procedures[callPath] ?? null);
  let type: ProcedureType | undefined;
  for (const procedure of procedures) {
    if (!procedure) continue;
    const procedureType = procedure._def.type;
    if (procedureType === "subscription" || (type !== undefined && type !== procedureType)) return undefined;
    type = procedureType;
  }
  return { isBatchCall, method, searchParams, paths, procedures, type: type ?? "unknown" };
}

/** resolveResponse's non-streaming branch, on Fastify's request and reply. */
async function answerFastCall(
  request: FastifyRequest,
  reply: FastifyReply,
  plan: FastCallPlan,
  options: TrpcHandlerOptions,
): Promise<FastifyReply> {
  const config = options.router._def._config;
  const headers = new ResponseHeaders();
  const signal = requestSignal(reply);
  const inputs = createInputReader(request, plan, (input) => config.transformer.input.deserialize(input));
  const info: TRPCRequestInfo = {
    isBatchCall: plan.isBatchCall,
    accept: null,
    type: plan.type,
    calls: plan.paths.map((path, index) => ({
      batchIndex: index,
      path,
      procedure: plan.procedures[index] ?? null,
      getRawInput: async () => (await inputs.read())[index],
      result: () => inputs.result()?.[index],
    })),
    connectionParams: null,
    signal,
    // Built only if something reads it: no procedure or context of ours does.
    get url() {
      return requestUrl(request);
    },
  };

  let ctx: unknown;
  let ctxError: TRPCError | undefined;
  try {
    ctx = await options.createContext?.({ req: request, res: reply, info });
  } catch (cause) {
    ctxError = getTRPCErrorFromUnknown(cause);
  }

  const outcomes = info.calls.map(async (call): Promise<CallOutcome> => {
    const procedure = call.procedure;
    try {
      if (!procedure) {
        throw new TRPCError({ code: "NOT_FOUND", message: `No procedure found on path "${call.path}"` });
      }
      if (ACCEPTED_METHODS[procedure._def.type] !== plan.method) {
        throw new TRPCError({
          code: "METHOD_NOT_SUPPORTED",
          message: `Unsupported ${plan.method}-request to ${procedure._def.type} procedure at path "${call.path}"`,
        });
      }
      if (ctxError) throw ctxError;
      const data: unknown = await procedure({
        path: call.path,
        getRawInput: call.getRawInput,
        ctx,
        type: procedure._def.type,
        signal,
        batchIndex: call.batchIndex,
      });
      return [undefined, data];
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      options.onError?.({
        error,
        path: call.path,
        input: call.result(),
        ctx,
        type: procedure?._def.type ?? "unknown",
        req: request,
      });
      return [error, undefined];
    }
  });

  headers.set("content-type", JSON_CONTENT_TYPE);
  let status: number;
  let body: string;
  try {
    // A single call has one outcome; a batch waits for its slowest call, as tRPC's does.
    const settled = await Promise.all(outcomes);
    if (!plan.isBatchCall && settled[0]?.[0] === undefined && isDataStream(settled[0]?.[1])) {
      throw streamInPlainRequestError();
    }
    const errors: TRPCError[] = [];
    const responses = settled.map(([error, data], index): TRPCResponse => {
      const call = info.calls[index];
      // A batch answers a stream-like result with an error for that call (no onError, as tRPC does).
      const callError = error ?? (plan.isBatchCall && isDataStream(data) ? streamInPlainRequestError() : undefined);
      if (!callError) return { result: { data } };
      errors.push(callError);
      return {
        error: getErrorShape({
          config,
          ctx,
          error: callError,
          input: call?.result(),
          path: call?.path,
          // A single call reports the request's type; a batch each call's own.
          type: plan.isBatchCall ? (call?.procedure?._def.type ?? "unknown") : plan.type,
        }),
      };
    });
    status = applyResponseMeta({ options, ctx, info, headers, responses, errors });
    const [single] = responses;
    body = JSON.stringify(transformTRPCResponse(config, plan.isBatchCall || !single ? responses : single));
  } catch (cause) {
    // resolveResponse's last resort: one error for the whole request, without a path.
    const error = getTRPCErrorFromUnknown(cause);
    options.onError?.({ error, path: undefined, input: undefined, ctx, type: plan.type, req: request });
    const response: TRPCResponse = {
      error: getErrorShape({ config, ctx, error, input: undefined, path: undefined, type: plan.type }),
    };
    status = applyResponseMeta({ options, ctx, info, headers, responses: [response], errors: [error] });
    body = JSON.stringify(transformTRPCResponse(config, response));
  }

  headers.writeTo(reply);
  // As bytes: Fastify would append "; charset=utf-8" to a JSON string's content type, tRPC doesn't.
  return reply.code(status).send(Buffer.from(body));
}

/** resolveResponse's initResponse: the status from the bodies, then responseMeta's headers and status. */
function applyResponseMeta(opts: {
  options: TrpcHandlerOptions;
  ctx: unknown;
  info: TRPCRequestInfo;
  headers: ResponseHeaders;
  responses: TRPCResponse[];
  errors: TRPCError[];
}): number {
  const { info, headers } = opts;
  const status = getHTTPStatusCode(opts.responses);
  const meta =
    opts.options.responseMeta?.({
      ctx: opts.ctx,
      info,
      paths: info.calls.map((call) => call.path),
      data: opts.responses,
      errors: opts.errors,
      eagerGeneration: false,
      type: info.calls.find((call) => call.procedure?._def.type)?.procedure?._def.type ?? "unknown",
    }) ?? {};
  if (meta.headers instanceof Headers) {
    for (const [name, value] of meta.headers.entries()) headers.append(name, value);
  } else if (meta.headers) {
    for (const [name, value] of Object.entries(meta.headers)) {
      if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      else if (typeof value === "string") headers.set(name, value);
    }
  }
  return meta.status ?? status;
}

function streamInPlainRequestError(): TRPCError {
  return new TRPCError({
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: "Cannot use stream-like response in non-streaming request - use httpBatchStreamLink",
  });
}

/** resolveResponse's test for results only a streaming link can carry. */
function isDataStream(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (isAsyncIterable(value)) return true;
  const members = Object.values(value);
  return members.some(isPromise) || members.some(isAsyncIterable);
}

/**
 * The request's inputs, read once and only when a procedure asks (tRPC's memoised getInputs): the
 * `input` query parameter for GET, the JSON body for POST, decoded by the router's transformer.
 */
function createInputReader(request: FastifyRequest, plan: FastCallPlan, deserialize: (input: unknown) => unknown) {
  let value: Record<number, unknown> | undefined;
  let pending: Promise<Record<number, unknown>> | null = null;
  const decode = async (): Promise<Record<number, unknown>> => {
    let inputs: unknown;
    if (plan.method === "GET") {
      const queryInput = plan.searchParams?.get("input");
      if (queryInput) inputs = JSON.parse(queryInput);
    } else {
      inputs = parseJsonBody(request.body);
    }
    const decoded: Record<number, unknown> = emptyObject();
    if (inputs === undefined) return decoded;
    if (!plan.isBatchCall) {
      decoded[0] = deserialize(inputs);
      return decoded;
    }
    if (!isObject(inputs)) {
      throw new TRPCError({ code: "BAD_REQUEST", message: '"input" needs to be an object when doing a batch call' });
    }
    for (const index of plan.paths.keys()) {
      const input = inputs[index];
      if (input !== undefined) decoded[index] = deserialize(input);
    }
    return decoded;
  };
  return {
    async read(): Promise<Record<number, unknown>> {
      if (value !== undefined) return value;
      pending ??= decode().catch((cause: unknown) => {
        if (cause instanceof TRPCError) throw cause;
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: cause instanceof Error ? cause.message : "Invalid input",
          cause,
        });
      });
      value = await pending;
      pending = null;
      return value;
    },
    result: (): Record<number, unknown> | undefined => value,
  };
}

/** What fetch's `Request.json()` does with the text body: UTF-8 text without a leading BOM, as JSON. */
function parseJsonBody(body: unknown): unknown {
  const text = typeof body === "string" ? body : "";
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * Aborted when the client goes away before the answer is written, as the official adapter's signal
 * is. Unlike it, a connection that closes after a complete answer aborts nothing: nobody is listening
 * by then, and an abort costs a DOMException with its stack.
 */
function requestSignal(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  const response = reply.raw;
  response.once("close", () => {
    if (!response.writableFinished) controller.abort();
  });
  return controller.signal;
}

/** The node-http adapter's URL for the request (scheme from the socket, host from the Host header). */
function requestUrl(request: FastifyRequest): URL | null {
  const encrypted = "encrypted" in request.raw.socket && request.raw.socket.encrypted === true;
  try {
    return new URL(request.raw.url ?? "/", `${encrypted ? "https:" : "http:"}//${request.headers.host ?? "localhost"}`);
  } catch {
    return null;
  }
}

/** Vary lists seen so far (CORS sets one of very few): merging them is the same work every time. */
const mergedVaryCache = new Map<string, string>();
const MERGED_VARY_CACHE_SIZE = 32;

function mergedVary(existing: unknown, ours: string): string {
  if (existing !== undefined && typeof existing !== "string") return mergeVary([existing, ours]);
  const cacheKey = `${existing ?? ""}\n${ours}`;
  let merged = mergedVaryCache.get(cacheKey);
  if (merged === undefined) {
    merged = mergeVary([existing, ours]);
    if (mergedVaryCache.size < MERGED_VARY_CACHE_SIZE) mergedVaryCache.set(cacheKey, merged);
  }
  return merged;
}

/**
 * The answer's headers with fetch Headers' rules (names case-insensitive, `set` replaces, `append`
 * adds, repeated values joined with ", "), written to the reply the way Fastify copies a Response's:
 * over what the reply has, except `vary`, which is merged with what CORS put there.
 */
class ResponseHeaders {
  private readonly values = new Map<string, string[]>([["vary", [BASE_VARY]]]);

  set(name: string, value: string): void {
    this.values.set(name.toLowerCase(), [value.trim()]);
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const existing = this.values.get(key);
    if (existing) existing.push(value.trim());
    else this.values.set(key, [value.trim()]);
  }

  writeTo(reply: FastifyReply): void {
    for (const [name, values] of this.values) {
      if (name === "set-cookie") {
        for (const value of values) reply.header(name, value);
      } else if (name === "vary") {
        reply.header(name, mergedVary(reply.getHeader("vary"), values.join(", ")));
      } else {
        reply.header(name, values.join(", "));
      }
    }
  }
}
