// The whiteboard scene as we store it: a bounded, validated subset of Excalidraw's scene JSON. Only the
// fields the structural grader reads are typed (shapes, text and what it is inside, arrows and what they
// are bound to); every other field Excalidraw writes (colours, seeds, roughness, fonts, appState) passes
// through untouched so the canvas can show the drawing again, bounded by the total size the caller checks
// before parsing (WHITEBOARD_LIMITS.maxSceneBytes), by a nesting depth, and by the stored-text check on
// every string (jsonb cannot hold U+0000 or a lone surrogate).
import { z } from "zod";
import { unstorableTextProblem } from "../stored-text.ts";

export const WHITEBOARD_LIMITS = {
  /** Serialised size of a scene, checked by the caller on the raw JSON before parsing it. */
  maxSceneBytes: 512 * 1024,
  maxElements: 500,
  /** Arrows and lines: a drawn connector rarely has more than a handful of bends. */
  maxLinearPoints: 200,
  /** Freehand strokes sample the pointer, so they carry many points; the total size bounds them too. */
  maxFreedrawPoints: 2000,
  maxTextChars: 1000,
  maxIdChars: 100,
  maxBoundElements: 100,
  maxGroupIds: 20,
  /** Coordinates beyond this are not a drawing anyone made; they would only break the layout maths. */
  maxCoordinate: 1_000_000,
  /**
   * Levels of arrays and objects, the scene itself being level 1. Excalidraw's deepest are 5 (scene →
   * elements → element → points → point, or → boundElements → binding); the rest is room for its newer
   * fields and customData. A passed-through field nested thousands deep was stored, and then every read
   * of the interview overflowed the stack serialising it.
   */
  maxDepth: 12,
} as const;

const ZElementId = z.string().min(1).max(WHITEBOARD_LIMITS.maxIdChars);
/** Positions, and sizes too: Excalidraw keeps a negative width while a shape is dragged out leftwards. */
const ZCoordinate = z.number().min(-WHITEBOARD_LIMITS.maxCoordinate).max(WHITEBOARD_LIMITS.maxCoordinate);

/** What every element has; Excalidraw's other fields (style, seed, version, …) pass through. */
const elementBase = {
  id: ZElementId,
  x: ZCoordinate,
  y: ZCoordinate,
  width: ZCoordinate,
  height: ZCoordinate,
  angle: z.number().min(-100).max(100).optional(),
  isDeleted: z.boolean().optional(),
  groupIds: z.array(z.string().max(WHITEBOARD_LIMITS.maxIdChars)).max(WHITEBOARD_LIMITS.maxGroupIds).optional(),
  frameId: ZElementId.nullable().optional(),
  boundElements: z
    .array(z.looseObject({ id: ZElementId, type: z.string().max(40) }))
    .max(WHITEBOARD_LIMITS.maxBoundElements)
    .nullable()
    .optional(),
};

export const SHAPE_TYPES = ["rectangle", "ellipse", "diamond"] as const;
export type ShapeType = (typeof SHAPE_TYPES)[number];

const ZShapeElement = z.looseObject({ ...elementBase, type: z.enum(SHAPE_TYPES) });

const ZTextElement = z.looseObject({
  ...elementBase,
  type: z.literal("text"),
  text: z.string().max(WHITEBOARD_LIMITS.maxTextChars),
  /** The shape or arrow this text is the label of (Excalidraw's "text inside a container"). */
  containerId: ZElementId.nullable().optional(),
});

const ZPoint = z.tuple([ZCoordinate, ZCoordinate]);
const ZBinding = z.looseObject({ elementId: ZElementId });

const ZLinearElement = z.looseObject({
  ...elementBase,
  type: z.enum(["arrow", "line"]),
  /** Relative to the element's x/y, as Excalidraw stores them. */
  points: z.array(ZPoint).min(2).max(WHITEBOARD_LIMITS.maxLinearPoints),
  startBinding: ZBinding.nullable().optional(),
  endBinding: ZBinding.nullable().optional(),
  startArrowhead: z.string().max(40).nullable().optional(),
  endArrowhead: z.string().max(40).nullable().optional(),
});

const ZFreedrawElement = z.looseObject({
  ...elementBase,
  type: z.literal("freedraw"),
  points: z.array(ZPoint).max(WHITEBOARD_LIMITS.maxFreedrawPoints),
});

const ZFrameElement = z.looseObject({
  ...elementBase,
  type: z.literal("frame"),
  name: z.string().max(WHITEBOARD_LIMITS.maxTextChars).nullable().optional(),
});

const KNOWN_TYPES: ReadonlySet<string> = new Set([...SHAPE_TYPES, "text", "arrow", "line", "freedraw", "frame"]);

/** Element types the grader does not read (image, embeddable, …): kept for the canvas, ignored here. */
const ZOtherElement = z.looseObject({
  ...elementBase,
  type: z
    .string()
    .min(1)
    .max(40)
    .refine((type) => !KNOWN_TYPES.has(type), { error: "A known element type with invalid fields." }),
});

const ZKnownElement = z.discriminatedUnion("type", [
  ZShapeElement,
  ZTextElement,
  ZLinearElement,
  ZFreedrawElement,
  ZFrameElement,
]);

export const ZWhiteboardElementSchema = z.union([ZKnownElement, ZOtherElement]);

interface SceneProblem {
  message: string;
  path: (string | number)[];
}

/** A value still to visit, linked to its parent so a problem's path is built only when there is one. */
interface PendingValue {
  value: unknown;
  depth: number;
  key: string | number | null;
  parent: PendingValue | null;
}

/** Numbers, booleans and null need no visit (most of a drawing is points): only text and containers. */
function mayHoldProblem(value: unknown): boolean {
  return typeof value === "string" || (typeof value === "object" && value !== null);
}

function pathOf(entry: PendingValue, lastKey?: string): (string | number)[] {
  const path: (string | number)[] = lastKey === undefined ? [] : [lastKey];
  for (let at: PendingValue | null = entry; at !== null && at.key !== null; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * The first thing in a parsed scene that cannot be accepted: nesting deeper than maxDepth, or a string
 * (key or value, read or passed through) the database cannot store. One iterative walk, each value
 * visited once, so no scene costs more than its size and nothing recurses to overflow the stack.
 * (JSON.stringify-and-search would overflow on the deep scene itself, and would mistake a typed
 * backslash-u in a label for an escape.)
 */
export function sceneProblem(scene: unknown): SceneProblem | null {
  const pending: PendingValue[] = [{ value: scene, depth: 1, key: null, parent: null }];
  for (let entry = pending.pop(); entry !== undefined; entry = pending.pop()) {
    const { value, depth } = entry;
    if (typeof value === "string") {
      const problem = unstorableTextProblem(value);
      if (problem) return { message: problem, path: pathOf(entry) };
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth > WHITEBOARD_LIMITS.maxDepth) {
      return {
        message: `It is nested more than ${WHITEBOARD_LIMITS.maxDepth} levels deep, which no drawing is.`,
        path: pathOf(entry),
      };
    }
    // Children go on the stack last first, so the first problem reported is the first in the document.
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        const item: unknown = value[index];
        if (mayHoldProblem(item)) pending.push({ value: item, depth: depth + 1, key: index, parent: entry });
      }
      continue;
    }
    const entries = Object.entries(value);
    for (const [key] of entries) {
      const keyProblem = unstorableTextProblem(key);
      if (keyProblem) return { message: keyProblem, path: pathOf(entry, key) };
    }
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, item] = entries[index] ?? [];
      if (key !== undefined && mayHoldProblem(item))
        pending.push({ value: item, depth: depth + 1, key, parent: entry });
    }
  }
  return null;
}

export const ZWhiteboardSceneSchema = z
  .looseObject({
    type: z.literal("excalidraw"),
    version: z.number().int().min(1).max(1000),
    source: z.string().max(200).optional(),
    elements: z.array(ZWhiteboardElementSchema).max(WHITEBOARD_LIMITS.maxElements),
  })
  .superRefine((scene, ctx) => {
    const problem = sceneProblem(scene);
    if (problem) ctx.addIssue({ code: "custom", message: problem.message, path: problem.path, input: scene });
  });

export type WhiteboardScene = z.infer<typeof ZWhiteboardSceneSchema>;

/** The envelope of a scene: an Excalidraw scene of at most the element limit, each with an id and type. */
function isSceneEnvelope(value: unknown): boolean {
  if (typeof value !== "object" || value === null || !("type" in value) || !("elements" in value)) return false;
  const { type, elements } = value;
  if (type !== "excalidraw" || !Array.isArray(elements) || elements.length > WHITEBOARD_LIMITS.maxElements) {
    return false;
  }
  return elements.every(
    (element: unknown) =>
      typeof element === "object" &&
      element !== null &&
      "id" in element &&
      typeof element.id === "string" &&
      "type" in element &&
      typeof element.type === "string",
  );
}

/**
 * A scene read back from our own storage, or sent in a response. A scene is stored only after passing
 * ZWhiteboardSceneSchema as it was submitted, so here only its envelope is checked: checking every
 * element again cost about 10 ms per 500-element scene, and a finished interview's read did it four
 * times per drawing (the turn and the report's copy, each decoded and each checked as output).
 */
export const ZStoredWhiteboardSceneSchema = z.custom<WhiteboardScene>(isSceneEnvelope, {
  error: "Not a stored whiteboard scene.",
});
export type WhiteboardElement = z.infer<typeof ZWhiteboardElementSchema>;
export type WhiteboardShapeElement = z.infer<typeof ZShapeElement>;
export type WhiteboardTextElement = z.infer<typeof ZTextElement>;
export type WhiteboardLinearElement = z.infer<typeof ZLinearElement>;

export type SceneJsonProblem = "TOO_LARGE" | "NOT_JSON" | "INVALID";

/**
 * The whole check for a scene arriving as JSON text: size first (so an oversized body is never parsed),
 * then JSON, then the schema. Returns the scene or why it was refused.
 */
export function parseWhiteboardSceneJson(
  json: string,
): { ok: true; scene: WhiteboardScene } | { ok: false; problem: SceneJsonProblem; message: string } {
  // UTF-16 length is at most the UTF-8 length, so this cheap check lets nothing oversized through a
  // byte count that would have to encode the whole string first.
  if (json.length > WHITEBOARD_LIMITS.maxSceneBytes || utf8Length(json) > WHITEBOARD_LIMITS.maxSceneBytes) {
    return {
      ok: false,
      problem: "TOO_LARGE",
      message: `The whiteboard is larger than ${WHITEBOARD_LIMITS.maxSceneBytes / 1024} KB: remove some freehand drawing or images.`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    // V8 parses iteratively, but a browser's parser may give up on deep nesting with a RangeError: that
    // is the drawing's fault, and its message ("Maximum call stack size exceeded") says nothing to anyone.
    const message =
      error instanceof RangeError
        ? `The whiteboard could not be read: it is nested more than ${WHITEBOARD_LIMITS.maxDepth} levels deep, which no drawing is.`
        : "The whiteboard could not be read: it is not valid JSON.";
    return { ok: false, problem: "NOT_JSON", message };
  }
  const parsed = ZWhiteboardSceneSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join(".")}` : "";
    return { ok: false, problem: "INVALID", message: `The whiteboard is not a valid scene${where}: ${first?.message}` };
  }
  return { ok: true, scene: parsed.data };
}

/** UTF-8 byte length without allocating the encoded bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}
