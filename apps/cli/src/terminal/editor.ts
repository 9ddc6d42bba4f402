// Writing an answer in the user's editor ($VISUAL or $EDITOR), for code that is painful to type line
// by line. The answer is whatever the file holds when the editor exits.
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export function editorCommand(env: NodeJS.ProcessEnv): string | undefined {
  return env.VISUAL || env.EDITOR || undefined;
}

export async function writeAnswerInEditor(editor: string, header: string, extension = "md"): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "interviewer-answer-"));
  const file = path.join(dir, `answer.${extension}`);
  try {
    await writeFile(file, header, { mode: 0o600 });
    // Through the shell, so EDITOR="code --wait" and similar work as they do for git.
    const run = spawnSync(`${editor} "${file}"`, { stdio: "inherit", shell: true });
    if (run.status !== 0) throw new Error(`The editor (${editor}) exited with status ${run.status ?? "unknown"}.`);
    const text = await readFile(file, "utf8");
    return text.startsWith(header) ? text.slice(header.length) : text;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
