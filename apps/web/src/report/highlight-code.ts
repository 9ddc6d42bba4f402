// A small static highlighter for code in the report: comments, strings, numbers, keywords, literals
// and type names, for the languages an interview can use (C-like, Python/shell, SQL, pseudo-code).
// It marks tokens with CodeMirror's classHighlighter class names (tok-keyword, tok-string…), whose
// colours styles.css defines for both themes at 4.5:1 or better, so code reads the same here as in
// the editor; and it costs a few hundred bytes where a parser per language would cost the report
// chunk tens of kilobytes.

export interface CodeToken {
  text: string;
  /** A tok-* class, or null for plain text. */
  className: string | null;
}

type Family = "c" | "hash" | "sql";

const HASH_COMMENT_LANGUAGES = new Set(["python", "ruby", "bash", "shell", "sh", "perl", "r", "yaml", "elixir"]);
const SQL_LANGUAGES = new Set(["sql", "postgresql", "postgres", "mysql", "sqlite", "plsql", "tsql"]);

function familyOf(language: string | null): Family {
  const name = (language ?? "").trim().toLowerCase();
  if (SQL_LANGUAGES.has(name)) return "sql";
  if (HASH_COMMENT_LANGUAGES.has(name)) return "hash";
  return "c";
}

const KEYWORDS = new Set(
  (
    "abstract as async await break case catch class const continue def defer default del do elif else enum " +
    "except export extends final finally fn for foreach from func function go goto if impl implements import " +
    "in instanceof interface is lambda let loop match mod module mut namespace new not or and package pass " +
    "private protected pub public raise return select static struct super switch this throw throws trait try " +
    "type typeof use using val var void when where while with yield chan map range fi then done esac echo"
  ).split(" "),
);
const SQL_KEYWORDS = new Set(
  (
    "select from where join inner left right outer full cross on group by order having limit offset insert into " +
    "values update set delete create table index unique primary key foreign references alter drop add column " +
    "begin commit rollback transaction isolation level serializable read committed repeatable distinct union all " +
    "as and or not in is null exists between like case when then else end with returning explain analyze asc desc " +
    "count sum avg min max constraint default check view materialized partition over lock for share nowait skip locked"
  ).split(" "),
);
const LITERALS = new Set(["true", "false", "null", "nil", "None", "True", "False", "undefined", "NaN"]);

const COMMENT: Record<Family, string> = {
  c: String.raw`\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)`,
  hash: String.raw`#[^\n]*`,
  sql: String.raw`--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)`,
};
const STRING = String.raw`"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|\`(?:\\.|[^\`\\])*\``;
const NUMBER = String.raw`\b(?:0x[0-9a-fA-F]+|\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?)\b`;
const WORD = String.raw`[A-Za-z_$][\w$]*`;

const patterns = new Map<Family, RegExp>();
function patternFor(family: Family): RegExp {
  let pattern = patterns.get(family);
  if (!pattern) {
    pattern = new RegExp(`(${COMMENT[family]})|(${STRING})|(${NUMBER})|(${WORD})`, "g");
    patterns.set(family, pattern);
  }
  return pattern;
}

function wordClass(word: string, family: Family): string | null {
  if (LITERALS.has(word)) return "tok-bool";
  const lower = word.toLowerCase();
  // SQL keywords are case-insensitive; elsewhere only an all-caps SQL word (SQL inside other code).
  if (SQL_KEYWORDS.has(lower) && (family === "sql" || word === word.toUpperCase())) return "tok-keyword";
  if (family !== "sql" && KEYWORDS.has(word)) return "tok-keyword";
  if (/^[A-Z][a-z]/.test(word)) return "tok-typeName";
  return null;
}

/** The code cut into tokens; joined back, the texts are exactly the code. */
export function highlightCode(code: string, language: string | null): CodeToken[] {
  const family = familyOf(language);
  const pattern = patternFor(family);
  const tokens: CodeToken[] = [];
  const plain = (text: string) => {
    if (!text) return;
    const last = tokens.at(-1);
    if (last && last.className === null) last.text += text;
    else tokens.push({ text, className: null });
  };
  let index = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(code); match !== null; match = pattern.exec(code)) {
    plain(code.slice(index, match.index));
    const [text, comment, string, number] = match;
    if (comment) tokens.push({ text, className: "tok-comment" });
    else if (string) tokens.push({ text, className: "tok-string" });
    else if (number) tokens.push({ text, className: "tok-number" });
    else {
      const className = wordClass(text, family);
      if (className) tokens.push({ text, className });
      else plain(text);
    }
    index = match.index + text.length;
  }
  plain(code.slice(index));
  return tokens;
}
