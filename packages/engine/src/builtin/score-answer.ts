// The built-in evaluation of one answer: the grade (grading/grade-answer.ts) turned into the verdict
// every provider returns, with feedback that points at the candidate's own sentences. It never lists
// the rubric's phrasings: a missed point is named by its label and shown as a strong answer says it.

import type { CodeRunResult } from "../code/code-execution.ts";
import {
  EMPTY_ANSWER_MAX_SCORE,
  type EvaluationVerdict,
  PASSING_SCORE,
  shortQuote,
} from "../evaluation/evaluation-schema.ts";
import type { InterviewQuestion } from "../interview-question.ts";
import { type Grade, gradeAnswer } from "./grading/grade-answer.ts";
import { isSkippedAnswer, skippedImprovement, skippedSummary } from "./grading/non-answer.ts";
import { type CompiledRubric, compileRubric } from "./grading/rubric.ts";
import { scoreWithTestResults, type TestedScore } from "./grading/test-results.ts";
import { findBankQuestion } from "./question-bank/index.ts";

export interface AnswerScoringInput {
  question: InterviewQuestion;
  answer: string;
  /** The hidden tests' result when the answer's code ran (coding questions in a runnable language). */
  codeResult?: CodeRunResult | null;
}

export type AnswerScoringDiagnostics = Omit<Grade, "score" | "covered" | "missed" | "wrongClaims" | "flagged">;

// Bank rubrics are compiled once per question; questions a model wrote are compiled per call (cheap).
const bankRubrics = new Map<string, CompiledRubric>();

/**
 * The rubric that grades a question. A bank question is graded by the bank's current rubric (a stored
 * question may predate wrong claims and model answers); a follow-up keeps its own key points (the ones
 * it probes) with its parent's wrong claims and model answer.
 */
function rubricFor(question: InterviewQuestion): { rubric: CompiledRubric; modelAnswer: string | null } {
  const bank = question.source === "bank" ? findBankQuestion(question.parentQuestionId ?? question.id) : undefined;
  if (!bank) return { rubric: compileRubric(question), modelAnswer: question.modelAnswer };
  if (question.kind === "follow-up") {
    return {
      rubric: compileRubric({ ...question, wrongClaims: bank.wrongClaims, modelAnswer: bank.modelAnswer }),
      modelAnswer: bank.modelAnswer,
    };
  }
  let rubric = bankRubrics.get(bank.id);
  if (!rubric) {
    rubric = compileRubric(bank);
    bankRubrics.set(bank.id, rubric);
  }
  return { rubric, modelAnswer: bank.modelAnswer };
}

function band(score: number): string {
  if (score >= 9) return "An excellent answer: complete, precise and well reasoned.";
  if (score >= 8) return "A strong answer.";
  if (score >= PASSING_SCORE) return "A solid answer that meets the bar.";
  if (score >= 5) return "A partial answer: correct as far as it goes, but important points are missing.";
  if (score >= 4) return "A thin answer: it touches the question but leaves most of it out.";
  return "The answer does not show what this question is about.";
}

function summaryFor(grade: Grade, total: number): string {
  const covered = `You covered ${grade.covered.length} of ${total} key point${total === 1 ? "" : "s"}.`;
  switch (grade.answerClass) {
    case "empty":
      return "No answer was given, so there is nothing to grade yet. Try answering even partially.";
    case "non-answer":
      return "Score 1/10. Saying you don't know is honest, and it scores 1: in an interview, reason aloud from what you do know.";
    case "term-list":
      return `Score ${grade.score}/10. A list of terms is not an answer: say what each does and why it fits here.`;
    case "off-topic":
      return `Score ${grade.score}/10. The answer does not address this question${grade.answersOtherQuestion ? ": it answers a different one" : ""}, so it cannot pass.`;
    case "generic":
      return `Score ${grade.score}/10. The answer stays general and makes none of the points this question is about. ${covered}`;
    case "answer": {
      const wrong =
        grade.wrongClaims.length > 0
          ? ` ${grade.wrongClaims.length === 1 ? "One claim is" : `${grade.wrongClaims.length} claims are`} wrong, which keeps it below the bar.`
          : "";
      return `Score ${grade.score}/10. ${band(grade.score)} ${covered}${wrong}`;
    }
  }
}

function improvementFor(grade: Grade): string {
  const [wrong] = grade.wrongClaims;
  if (wrong) return `Correct this first: ${wrong.correction}`;
  if (grade.answerClass === "off-topic") return "Answer the question that was asked; start from its core idea.";
  if (grade.answerClass === "term-list" || grade.answerClass === "non-answer" || grade.answerClass === "empty") {
    const [first] = grade.missed;
    return first ? `Answer in full sentences, starting with this point: ${first.point}.` : "Answer in full sentences.";
  }
  const [missed] = grade.missed;
  if (missed) {
    return missed.hint
      ? `The point to add next: ${missed.point}. A strong answer puts it like this: “${shortQuote(missed.hint)}”`
      : `The point to add next: ${missed.point}. Say how it works and why it matters here.`;
  }
  if (grade.elaboration < 0.85)
    return "Go deeper: give the reason behind each choice, its trade-off, and a concrete number.";
  return "Keep it up: lead with the decision, then support it with one concrete example.";
}

function followUpFor(grade: Grade, question: InterviewQuestion): EvaluationVerdict["followUp"] {
  const [missed] = grade.missed;
  // Worth a follow-up: an answer about the question that made some of it, not yet all.
  const partial = grade.answerClass === "answer" && grade.score >= 3 && grade.score <= PASSING_SCORE;
  if (!partial || !missed || question.kind !== "main" || grade.wrongClaims.length > 0) {
    return { ask: false, question: null };
  }
  const text =
    question.topic === "behavioral" || question.topic === "introduction"
      ? `You didn't say much about ${missed.point}. Can you tell me more about that part?`
      : `Let's dig into something you didn't get to: ${missed.point}. How would you handle it here?`;
  return { ask: true, question: text };
}

export function scoreAnswerOffline(
  input: AnswerScoringInput,
): EvaluationVerdict & { diagnostics: AnswerScoringDiagnostics } {
  const { question } = input;
  const { rubric, modelAnswer } = rubricFor(question);
  const grade = gradeAnswer({
    topic: question.topic,
    difficulty: question.difficulty,
    answer: input.answer,
    rubric,
    modelAnswer,
  });
  const read =
    grade.answerClass === "empty" || grade.answerClass === "non-answer" ? EMPTY_ANSWER_MAX_SCORE : grade.score;
  // Code that ran: the tests decide correctness, the reading the rest (grading/test-results.ts).
  const tested: TestedScore | null = input.codeResult ? scoreWithTestResults(read, input.codeResult) : null;
  const score = tested?.score ?? read;

  if (isSkippedAnswer(input.answer)) return skippedVerdict(grade, question, score, modelAnswer);

  const strengths = grade.covered.map(({ point, quote }) => `${point}: “${shortQuote(quote)}”`);
  const gaps = [
    ...(tested && input.codeResult && input.codeResult.passed < input.codeResult.total ? [tested.summary] : []),
    ...grade.wrongClaims.map(({ quote, correction }) => `“${shortQuote(quote)}” is not right. ${correction}`),
    ...(grade.answerClass === "off-topic" ? ["The answer does not address the question that was asked."] : []),
    ...(grade.answerClass === "term-list" ? ["Terms without sentences earn nothing: explain them."] : []),
    ...grade.missed.map(({ point }) => `Not covered: ${point}.`),
    ...grade.flagged.map((quote) => `Not graded, addressed to the grader: “${shortQuote(quote)}”`),
  ];
  const { covered, missed, wrongClaims, flagged, score: _score, ...diagnostics } = grade;

  return {
    score,
    feedback: {
      summary: tested
        ? `${summaryFor({ ...grade, score }, rubric.points.length)} ${tested.summary}`
        : summaryFor({ ...grade, score }, rubric.points.length),
      strengths,
      gaps,
      improvement: improvementFor(grade),
    },
    keyPointsCovered: covered.map(({ point }) => point),
    keyPointsMissed: missed.map(({ point }) => point),
    modelAnswerOutline: question.modelAnswerOutline.slice(0, 10),
    followUp: followUpFor({ ...grade, score }, question),
    evidence: {
      covered: covered.map(({ point, quote }) => ({ point, quote: shortQuote(quote) })).slice(0, 20),
      missed: missed.map(({ point, hint }) => ({ point, hint: hint ? shortQuote(hint) : null })).slice(0, 20),
      wrongClaims: wrongClaims.map(({ quote, correction }) => ({ quote: shortQuote(quote), correction })).slice(0, 10),
      flagged: flagged.map(shortQuote).slice(0, 10),
    },
    modelAnswer,
    diagnostics,
  };
}

/** The verdict of a skipped question: score 1, and every point framed as what a strong answer covers. */
function skippedVerdict(
  grade: Grade,
  question: InterviewQuestion,
  score: number,
  modelAnswer: string | null,
): EvaluationVerdict & { diagnostics: AnswerScoringDiagnostics } {
  const { covered: _covered, missed, wrongClaims: _wrong, flagged: _flagged, score: _score, ...diagnostics } = grade;
  const points = missed.map(({ point }) => point);
  return {
    score,
    feedback: {
      summary: skippedSummary(points),
      strengths: [],
      gaps: points.map((point) => `A strong answer covers: ${point}.`),
      improvement: skippedImprovement(points[0]),
    },
    keyPointsCovered: [],
    keyPointsMissed: points,
    modelAnswerOutline: question.modelAnswerOutline.slice(0, 10),
    followUp: { ask: false, question: null },
    evidence: {
      covered: [],
      missed: missed.map(({ point, hint }) => ({ point, hint: hint ? shortQuote(hint) : null })).slice(0, 20),
      wrongClaims: [],
      flagged: [],
    },
    modelAnswer,
    diagnostics,
  };
}
