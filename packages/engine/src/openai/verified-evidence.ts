// The model's evidence, kept only where it can be checked: a quote must be the candidate's own words
// (a substring of the answer, ignoring case and runs of whitespace) and a point must be one of the
// question's key points. Anything else is dropped, never shown: a made-up quote attributed to the
// candidate is worse than no quote.
import { type EvaluationEvidence, shortQuote } from "../evaluation/evaluation-schema.ts";
import type { InterviewQuestion } from "../interview-question.ts";
import type { ModelEvaluation } from "./model-output-schemas.ts";

const WHITESPACE_RUN = /\s+/g;

function comparable(text: string): string {
  return text.replace(WHITESPACE_RUN, " ").trim().toLowerCase();
}

export function verifiedEvidence(
  evidence: ModelEvaluation["evidence"],
  question: Pick<InterviewQuestion, "keyPoints">,
  answer: string,
): EvaluationEvidence {
  const said = comparable(answer);
  const isQuoted = (quote: string) => {
    const wanted = comparable(quote);
    return wanted.length > 0 && said.includes(wanted);
  };
  const labels = new Set(question.keyPoints.map((point) => point.label));
  return {
    covered: evidence.covered
      .filter((item) => labels.has(item.point) && isQuoted(item.quote))
      .map((item) => ({ point: item.point, quote: shortQuote(item.quote) })),
    missed: evidence.missed
      .filter((item) => labels.has(item.point))
      .map((item) => ({ point: item.point, hint: item.hint ? shortQuote(item.hint) : null })),
    wrongClaims: evidence.wrongClaims
      .filter((item) => isQuoted(item.quote))
      .map((item) => ({ quote: shortQuote(item.quote), correction: item.correction })),
    flagged: [],
  };
}
