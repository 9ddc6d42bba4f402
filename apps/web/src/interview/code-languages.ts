// CodeMirror language support per interview language, each loaded only when a coding question in
// that language is shown.
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
    case "c++":
    case "c":
      return (await import("@codemirror/lang-cpp")).cpp();
    default:
      return null;
  }
}
