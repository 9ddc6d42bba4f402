// A model's reply turned into the question the interview asks and stores: the rubric as the bank
// writes it (lower-case phrasings), an id derived from the text, and for a coding question its
// executable spec in the sandbox's contract. Whether the spec's reference solutions really pass its
// tests is not known here: the API runs them before the question is shown (ask-question.ts).
import { type ExecutableSpec, ZExecutableSpecSchema } from "../code/code-execution.ts";
import type { InterviewQuestion } from "../interview-question.ts";
import type { AskQuestionRequest } from "../provider.ts";
import {
  type ModelCodingQuestion,
  type ModelExecutableSpec,
  type ModelQuestion,
  type ModelTestCase,
  parseModelTestValues,
} from "./model-output-schemas.ts";

/** Tiny stable hash (FNV-1a) for ids of model-written questions. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

export function toModelWrittenQuestion(
  reply: ModelQuestion | ModelCodingQuestion,
  request: Pick<AskQuestionRequest, "topic" | "difficulty">,
): InterviewQuestion {
  const id = `ai-${request.topic}-${fnv1a(reply.text)}`;
  return {
    id,
    topic: request.topic,
    difficulty: request.difficulty,
    kind: "main",
    parentQuestionId: null,
    text: reply.text,
    keyPoints: reply.keyPoints.map((point) => ({
      label: point.label,
      evidence: point.evidence.map((phrase) => phrase.toLowerCase()),
    })),
    modelAnswerOutline: reply.modelAnswerOutline,
    wrongClaims: reply.wrongClaims.map((claim) => ({
      ...claim,
      evidence: claim.evidence.map((phrase) => phrase.toLowerCase()),
    })),
    modelAnswer: reply.modelAnswer,
    source: "model",
    executable: "executable" in reply ? toExecutableSpec(reply.executable, id) : null,
  };
}

/** The model's spec in the sandbox's contract; its tests' JSON text becomes values. */
export function toExecutableSpec(spec: ModelExecutableSpec, questionId: string): ExecutableSpec {
  // The reply passed its schema, which parsed the same JSON; parsing the result again holds the
  // spec to the sandbox's own contract, so a gap between the two schemas fails here, not in a run.
  return ZExecutableSpecSchema.parse({
    questionId,
    kind: spec.kind,
    entryPoint: spec.entryPoint,
    starterCode: spec.starterCode,
    comparison: spec.comparison,
    examples: spec.examples.map(toTestCase),
    hiddenTests: spec.hiddenTests.map(toTestCase),
    referenceSolutions: spec.referenceSolutions,
  });
}

function toTestCase(test: ModelTestCase) {
  const parsed = parseModelTestValues(test);
  if (!parsed.ok) throw new Error(`test "${test.name}": ${parsed.error}`);
  return { name: test.name, args: parsed.args, expected: parsed.expected };
}
