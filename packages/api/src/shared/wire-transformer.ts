// The tRPC transformer: superjson both ways, with a guard on what clients send. superjson's `meta`
// can name classes and custom types we never register (`["class", "Evil"]` recurses until the stack
// overflows), and tRPC would pass superjson's error message on to the client. Our clients only ever
// send JSON plus superjson's built-in annotations, so anything else is refused before superjson
// looks at it, with one fixed message; the check walks at most MAX_META_DEPTH levels.
import { TRPCError } from "@trpc/server";
import superjson from "superjson";

type SuperjsonPayload = Parameters<typeof superjson.deserialize>[0];

/** Annotations superjson writes for values an input can hold (Date, undefined, NaN, Map, Set, …). */
const BUILT_IN_ANNOTATIONS = new Set(["undefined", "bigint", "Date", "regexp", "set", "map", "number", "Error", "URL"]);
const META_KEYS = new Set(["values", "referentialEqualities", "v"]);
const MAX_META_DEPTH = 32;

export const INVALID_INPUT_ENCODING_MESSAGE = "The request input is not valid: send it the way the tRPC client does.";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A `meta.values` tree: a leaf is ["Date"]; a Map or Set with annotated contents is
 * ["map", { "0.1": ["Date"] }]; objects map paths to trees.
 */
function onlyBuiltInAnnotations(tree: unknown, depth: number): boolean {
  if (depth > MAX_META_DEPTH) return false;
  if (Array.isArray(tree)) {
    const [annotation, contents, ...rest] = tree;
    if (rest.length > 0 || typeof annotation !== "string" || !BUILT_IN_ANNOTATIONS.has(annotation)) return false;
    return contents === undefined || (isRecord(contents) && onlyBuiltInAnnotations(contents, depth + 1));
  }
  if (isRecord(tree)) return Object.values(tree).every((child) => onlyBuiltInAnnotations(child, depth + 1));
  return false;
}

function isSafeSuperjsonPayload(payload: unknown): payload is SuperjsonPayload {
  if (!isRecord(payload)) return false;
  const { meta } = payload;
  if (meta === undefined) return true;
  if (!isRecord(meta) || !Object.keys(meta).every((key) => META_KEYS.has(key))) return false;
  return meta.values === undefined || onlyBuiltInAnnotations(meta.values, 0);
}

function deserializeInput(payload: unknown): unknown {
  const invalid = new TRPCError({ code: "BAD_REQUEST", message: INVALID_INPUT_ENCODING_MESSAGE });
  if (!isSafeSuperjsonPayload(payload)) throw invalid;
  try {
    return superjson.deserialize(payload);
  } catch {
    throw invalid;
  }
}

export const wireTransformer = {
  input: { serialize: superjson.serialize, deserialize: deserializeInput },
  output: { serialize: superjson.serialize, deserialize: superjson.deserialize },
};
