// The executable spec behind a turn, for tests that need a correct (or a deliberately wrong) solution
// to the question the interview happened to ask. The question id is read from the turn's row: the
// API does not expose it, and the bank's specs are the engine's.
import { schema } from "@interviewer/db";
import { type ExecutableSpec, findExecutableSpec } from "@interviewer/engine";
import { eq } from "drizzle-orm";
import type { TestServer } from "./test-server.ts";

export async function executableSpecOfTurn(ts: Pick<TestServer, "database">, turnId: string): Promise<ExecutableSpec> {
  const [turn] = await ts.database.handle.db
    .select({ questionId: schema.interviewTurns.questionId })
    .from(schema.interviewTurns)
    .where(eq(schema.interviewTurns.id, turnId));
  const spec = findExecutableSpec(turn?.questionId ?? "");
  if (!spec) throw new Error(`question ${turn?.questionId ?? "(no turn)"} has no executable spec`);
  return spec;
}

/** Code that never returns, in the shape the spec calls (a function or a class). */
export function runawayJavaScript(spec: ExecutableSpec): string {
  const name = spec.entryPoint.javascript;
  return spec.kind === "function"
    ? `function ${name}() { while (true) {} }`
    : `class ${name} { constructor() { while (true) {} } }`;
}

/** Python that runs and returns the wrong thing for every test. */
export function wrongPython(spec: ExecutableSpec): string {
  const name = spec.entryPoint.python;
  return spec.kind === "function"
    ? `def ${name}(*args):\n    return "not the answer"\n`
    : `class ${name}:\n    def __init__(self, *args):\n        pass\n\n    def __getattr__(self, name):\n        return lambda *args: "not the answer"\n`;
}
