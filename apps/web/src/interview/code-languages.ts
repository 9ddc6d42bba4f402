// CodeMirror language support per editor language, each loaded only when code in that language is
// written. Languages without a package here (Bash, pseudo-code, …) are plain text.
import type { Extension } from "@codemirror/state";

export async function loadLanguageSupport(language: string): Promise<Extension | null> {
  switch (language.toLowerCase()) {
    case "typescript":
      return (await import("@codemirror/lang-javascript")).javascript({ typescript: true });
    case "javascript":
      return (await import("@codemirror/lang-javascript")).javascript();
    case "python":
      return (await import("@codemirror/lang-python")).python();
    case "go":
      return (await import("@codemirror/lang-go")).go();
    case "java":
    case "c#":
      return (await import("@codemirror/lang-java")).java();
    case "rust":
      return (await import("@codemirror/lang-rust")).rust();
    case "sql": {
      // PostgreSQL's dialect: the database the product's questions are about.
      const { sql, PostgreSQL } = await import("@codemirror/lang-sql");
      return sql({ dialect: PostgreSQL });
    }
    case "c++":
    case "c":
      return (await import("@codemirror/lang-cpp")).cpp();
    default:
      return null;
  }
}
