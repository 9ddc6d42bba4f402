// A candidate's answer in the report: prose as written, code highlighted (the engine's answer-blocks.ts
// decides which is which: the same rules the Markdown export uses).
import { answerBlocks } from "@interviewer/engine/answer-blocks";
import { CodeBlock } from "./CodeBlock.tsx";

export function AnswerView({ answer, codeLanguage }: { answer: string | null; codeLanguage: string | null }) {
  if (answer === null) return <p className="muted">Not answered.</p>;
  const blocks = answerBlocks(answer, codeLanguage);
  if (blocks.length === 0) return <p className="muted">No answer given.</p>;
  return (
    <div className="answer stack">
      {blocks.map((block, index) =>
        block.kind === "code" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks come from one answer, in order.
          <CodeBlock key={index} code={block.code} language={block.language} />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above.
          <p key={index} className="answer-prose">
            {block.text}
          </p>
        ),
      )}
    </div>
  );
}
