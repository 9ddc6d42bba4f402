// The tRPC transformer: superjson both ways, with a guard on what clients send. superjson's `meta`
// can name classes and custom types we never register (`["class", "Evil"]` recurses until the stack
// overflows), and tRPC would pass superjson's error message on to the client. Our clients only ever
// send JSON plus superjson's built-in annotations, so anything else is refused before superjson
// looks at it, with one fixed message; the check walks at most MAX_META_DEPTH levels.
// Sets and Maps are refused too: no input takes one, and superjson reaches the n-th member of a Set
// by stepping through it, so a request that turned an input array into a large Set and then named
// its members in thousands of annotations made superjson's work quadratic (one 900 KB login request
// held the event loop for 15 s). Annotations are also counted: at most MAX_META_ENTRIES in all.
import { TRPCError } from "@trpc/server";
import superjson from "superjson";

type SuperjsonPayload = Parameters<typeof superjson.deserialize>[0];

/** Annotations superjson writes for values our inputs can hold (Date, undefined, NaN, …); no Map or Set. */
const BUILT_IN_ANNOTATIONS = new Set(["undefined", "bigint", "Date", "regexp", "number", "Error", "URL"]);
const META_KEYS = new Set(["values", "referentialEqualities", "v"]);
const MAX_META_DEPTH = 32;
/** Annotated values plus repeated references: far more than any input of ours has. */
const MAX_META_ENTRIES = 1000;

export const INVALID_INPUT_ENCODING_MESSAGE = "The request input is not valid: send it the way the tRPC client does.";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A `meta.values` tree: a leaf is ["Date"] (a Map or Set's ["map", { … }] is refused, see above);
 * objects map paths to trees. Counts the leaves into `budget`, and fails once it runs out.
 */
function onlyBuiltInAnnotations(tree: unknown, depth: number, budget: { left: number }): boolean {
  if (depth > MAX_META_DEPTH) return false;
  if (Array.isArray(tree)) {
    budget.left -= 1;
    const [annotation, ...rest] = tree;
    return (
      budget.left >= 0 && rest.length === 0 && typeof annotation === "string" && BUILT_IN_ANNOTATIONS.has(annotation)
    );
  }
  if (isRecord(tree)) {
    return Object.values(tree).every((child) => onlyBuiltInAnnotations(child, depth + 1, budget));
  }
  return false;
}

/** `meta.referentialEqualities`: a path to the paths holding the same object (counted into `budget`). */
function onlyPathLists(equalities: unknown, budget: { left: number }): boolean {
  if (!isRecord(equalities)) return Array.isArray(equalities) && onlyPaths(equalities, budget);
  return Object.values(equalities).every((paths) => Array.isArray(paths) && onlyPaths(paths, budget));
}

function onlyPaths(paths: unknown[], budget: { left: number }): boolean {
  budget.left -= paths.length;
  return budget.left >= 0 && paths.every((path) => typeof path === "string");
}

function isSafeSuperjsonPayload(payload: unknown): payload is SuperjsonPayload {
  if (!isRecord(payload)) return false;
  const { meta } = payload;
  if (meta === undefined) return true;
  if (!isRecord(meta) || !Object.keys(meta).every((key) => META_KEYS.has(key))) return false;
  const budget = { left: MAX_META_ENTRIES };
  return (
    (meta.values === undefined || onlyBuiltInAnnotations(meta.values, 0, budget)) &&
    (meta.referentialEqualities === undefined || onlyPathLists(meta.referentialEqualities, budget))
  );
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
