// The contract between executable coding questions (engine), the sandbox that runs candidate code
// (@interviewer/sandbox, behind the api's CodeRunner port) and the grader. Values crossing the
// sandbox boundary are JSON: tests are data, never code.
import { z } from "zod";

/** Languages whose code runs; every other language is graded by reading, and the UI says so. */
export const RUNNABLE_LANGUAGES = ["javascript", "typescript", "python"] as const;
export const ZRunnableLanguageSchema = z.enum(RUNNABLE_LANGUAGES);
export type RunnableLanguage = z.infer<typeof ZRunnableLanguageSchema>;

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export const ZJsonSchema: z.ZodType<Json> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(ZJsonSchema), z.record(z.string(), ZJsonSchema)]),
);

/**
 * One test. A "function" question calls the entry point with `args` and compares its return value
 * with `expected`. A "class" question (LRU cache, rate limiter) constructs the class with the first
 * call's args, then applies each later call as a method call; `expected` is the list of results
 * (null for the constructor and for methods returning nothing), as LeetCode's design problems do.
 */
export const ZCodeTestCaseSchema = z.object({
  name: z.string().min(1).max(120),
  /** "function": the arguments. "class": [[method, ...args], ...], the first entry being ["new", ...ctorArgs]. */
  args: z.array(ZJsonSchema).max(1_000),
  expected: ZJsonSchema,
});
export type CodeTestCase = z.infer<typeof ZCodeTestCaseSchema>;

/** How an actual value is compared with the expected one. */
export const ZComparisonSchema = z.enum([
  "exact", // deep equality
  "unordered", // arrays compared as multisets (top-level)
  "unordered-nested", // arrays of arrays: inner arrays sorted, then the outer as a multiset
  "float", // numbers equal within 1e-6
]);
export type Comparison = z.infer<typeof ZComparisonSchema>;

export const ZExecutableSpecSchema = z.object({
  questionId: z.string().min(1),
  kind: z.enum(["function", "class"]),
  /** Entry point per language: a function name ("twoSum" / "two_sum") or a class name ("LRUCache"). */
  entryPoint: z.record(ZRunnableLanguageSchema, z.string().min(1)),
  /** What the editor starts with, per language: the signature and an empty body. */
  starterCode: z.record(ZRunnableLanguageSchema, z.string().min(1)),
  comparison: ZComparisonSchema,
  /** Shown to the candidate and run by "Run". */
  examples: z.array(ZCodeTestCaseSchema).min(1).max(10),
  /** Run once on submit; edge cases included. */
  hiddenTests: z.array(ZCodeTestCaseSchema).min(3).max(50),
  /** A solution that passes every test, per language (a test runs each in the sandbox). */
  referenceSolutions: z.record(ZRunnableLanguageSchema, z.string().min(1)),
});
export type ExecutableSpec = z.infer<typeof ZExecutableSpecSchema>;

export const TEST_VERDICTS = [
  "passed",
  "failed", // ran, wrong result
  "runtime-error",
  "time-limit",
  "memory-limit",
  "output-limit",
  "forbidden", // reached for the file system, network, process, imports...
  "compile-error",
] as const;
export const ZTestVerdictSchema = z.enum(TEST_VERDICTS);
export type TestVerdict = z.infer<typeof ZTestVerdictSchema>;

export const ZTestResultSchema = z.object({
  name: z.string(),
  verdict: ZTestVerdictSchema,
  /** Shown for examples only; hidden tests report their verdict without revealing inputs. */
  args: ZJsonSchema.nullable(),
  expected: ZJsonSchema.nullable(),
  actual: ZJsonSchema.nullable(),
  /** What the code printed during this test, cut to the output limit. */
  output: z.string(),
  /** Error message for runtime errors and limits, without host paths. */
  error: z.string().nullable(),
  durationMs: z.number().min(0),
});
export type TestResult = z.infer<typeof ZTestResultSchema>;

export const ZCodeRunResultSchema = z.object({
  language: ZRunnableLanguageSchema,
  /** "passed" when every test passed; otherwise the first failing test's verdict. */
  verdict: ZTestVerdictSchema,
  passed: z.number().int().min(0),
  total: z.number().int().min(0),
  tests: z.array(ZTestResultSchema),
  durationMs: z.number().min(0),
});
export type CodeRunResult = z.infer<typeof ZCodeRunResultSchema>;

export interface CodeRunRequest {
  language: RunnableLanguage;
  code: string;
  kind: ExecutableSpec["kind"];
  entryPoint: string;
  comparison: Comparison;
  tests: readonly CodeTestCase[];
  /** Examples show args/expected/actual; hidden tests hide them. */
  reveal: boolean;
}
