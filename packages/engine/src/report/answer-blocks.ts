// An answer as prose and code blocks, so exports can fence code verbatim and keep prose quoted and
// escaped. Code is what the candidate fenced (```lang … ```), or the whole answer when the question
// asked for code or the answer reads as code (most lines end in ; { } or start with a keyword).
// The web app's report applies the same rules on the page through the package's `./answer-blocks`
// subpath (this file imports nothing, so the browser bundle gains only it).

export type AnswerBlock = { kind: "prose"; text: string } | { kind: "code"; language: string | null; code: string };

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w#+.-]*)[^\n]*$/;
// Signs that one line is code, not prose: sentences start with a capital and end with a full stop,
// code ends lines in ; { } or :, uses operators prose does not, or starts with a lowercase keyword.
const CODE_LINE_SIGNS = [
  /[;{}]\s*$|\)\s*:\s*$/,
  /=>|:=|==|!=|&&|\|\||->|\+=/,
  /^\s*(?:def|class|function|func|const|let|var|import|package|fn|impl|struct|return|public|private|async)\s/,
  /^\s*(?:for|if|while|elif|switch)\s*\(|^\s*(?:for|if|while|elif|else)\b.*:\s*$/,
  /^\s*(?:SELECT|FROM|WHERE|JOIN|INSERT|UPDATE|DELETE|CREATE|ALTER|GROUP BY|ORDER BY|WITH|VALUES|SET)\b/,
  /^\s*(?:\/\/|#!|#include|-- )/,
];

/** Most non-blank lines look like code (and there are a few of them): an unfenced code answer. */
export function looksLikeCode(text: string): boolean {
  const lines = text.split("\n").filter((line) => line.trim().length > 0);
  if (lines.length < 3) return false;
  const codeLines = lines.filter((line) => CODE_LINE_SIGNS.some((sign) => sign.test(line))).length;
  return codeLines / lines.length >= 0.6;
}

/**
 * Splits an answer into blocks. `codeLanguage`: the interview's language when the question asked for
 * code (the whole unfenced answer is then code), else null.
 */
export function answerBlocks(answer: string, codeLanguage: string | null): AnswerBlock[] {
  const lines = answer.split("\n");
  if (!lines.some((line) => FENCE.test(line))) {
    if (answer.trim().length === 0) return [];
    if (codeLanguage !== null || looksLikeCode(answer)) return [{ kind: "code", language: codeLanguage, code: answer }];
    return [{ kind: "prose", text: answer }];
  }
  const blocks: AnswerBlock[] = [];
  let prose: string[] = [];
  let code: { marker: string; language: string | null; lines: string[] } | null = null;
  const flushProse = () => {
    const text = prose.join("\n").trim();
    if (text) blocks.push({ kind: "prose", text });
    prose = [];
  };
  for (const line of lines) {
    if (code) {
      const closing = line.trim();
      if (closing.startsWith(code.marker) && /^(`+|~+)$/.test(closing) && closing[0] === code.marker[0]) {
        blocks.push({ kind: "code", language: code.language, code: code.lines.join("\n") });
        code = null;
      } else {
        code.lines.push(line);
      }
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      flushProse();
      code = { marker: fence[1] ?? "```", language: fence[2] || codeLanguage, lines: [] };
    } else {
      prose.push(line);
    }
  }
  // An unclosed fence runs to the end, as in Markdown.
  if (code) blocks.push({ kind: "code", language: code.language, code: code.lines.join("\n") });
  flushProse();
  return blocks;
}

/** A Markdown info string for a language name: "TypeScript" → "typescript", "C++" → "cpp". */
export function fenceLanguage(language: string | null): string {
  if (!language) return "";
  const named: Record<string, string> = { "c++": "cpp", "c#": "csharp", "f#": "fsharp", shell: "bash" };
  const lower = language.trim().toLowerCase();
  return named[lower] ?? lower.replace(/[^a-z0-9_+-]/g, "");
}

/** A fenced code block that the code cannot close: the fence is longer than any backtick run in it. */
export function fencedCode(code: string, language: string | null): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${fenceLanguage(language)}\n${code.replace(/\n+$/, "")}\n${fence}`;
}
