// Code from an answer, highlighted statically (highlight-code.ts) with the editor's token colours.
// Wraps long lines instead of scrolling sideways, so a phone never needs horizontal scrolling.
import { highlightCode } from "./highlight-code.ts";

export function CodeBlock({ code, language }: { code: string; language: string | null }) {
  return (
    <figure className="code-figure">
      <figcaption className="code-language">{language ? `Code · ${language}` : "Code"}</figcaption>
      <pre className="code-block" data-testid="code-answer">
        <code>
          {highlightCode(code, language).map((token, index) =>
            token.className ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: tokens are a fixed sequence, never reordered.
              <span key={index} className={token.className}>
                {token.text}
              </span>
            ) : (
              token.text
            ),
          )}
        </code>
      </pre>
    </figure>
  );
}
