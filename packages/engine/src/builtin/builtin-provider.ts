// The default, offline interviewer: curated question bank, rubric grader and dictionary-based job
// description analysis. No network, no model; deterministic for a given random source.
import type { AnswerEvaluation, EvaluationStreamEvent, ProviderMeta } from "../evaluation/evaluation-schema.ts";
import { analyzeJobDescriptionOffline } from "../job-description/analyze-job-description.ts";
import { detectTechnologies } from "../job-description/tech-dictionary.ts";
import type { EvaluateAnswerRequest, InterviewerProvider } from "../provider.ts";
import { cryptoRandom, type RandomSource } from "../random.ts";
import { scoreAnswerOffline } from "./score-answer.ts";
import { selectBankQuestion, toInterviewQuestion } from "./select-question.ts";

export interface BuiltinProviderOptions {
  random?: RandomSource;
}

const BUILTIN_META: ProviderMeta = {
  provider: "builtin",
  model: null,
  fallback: false,
  fallbackReason: null,
  usage: null,
};

/** Grades with the rubric; exported so the OpenAI provider can fall back to exactly this. */
export function evaluateAnswerOffline(
  request: Pick<EvaluateAnswerRequest, "question" | "answer" | "codeResult">,
): AnswerEvaluation {
  const { diagnostics: _diagnostics, ...verdict } = scoreAnswerOffline({
    question: request.question,
    answer: request.answer,
    codeResult: request.codeResult ?? null,
  });
  return { ...verdict, ...BUILTIN_META };
}

/**
 * The technologies a question may be about: the job description's stack and the interview's
 * programming language (a Go candidate gets Go questions where the bank has them, and a TypeScript
 * candidate Node.js ones), so language-specific questions reach the candidates they are for.
 */
function stackOfInterview(jobStack: readonly { id: string }[], language: string): string[] {
  const languageIds = detectTechnologies(language).map((tech) => tech.id);
  const runtimeIds = languageIds.some((id) => id === "typescript" || id === "javascript") ? ["nodejs"] : [];
  return [...new Set([...jobStack.map((tech) => tech.id), ...languageIds, ...runtimeIds])];
}

/** Splits text into word groups so a stream shows progress the way a model's would. */
export function splitIntoStreamPieces(text: string, wordsPerPiece = 4): string[] {
  const words = text.split(/(?<=\s)/);
  const pieces: string[] = [];
  for (let index = 0; index < words.length; index += wordsPerPiece) {
    pieces.push(words.slice(index, index + wordsPerPiece).join(""));
  }
  return pieces;
}

export async function* streamOfflineEvaluation(
  evaluation: AnswerEvaluation,
): AsyncGenerator<EvaluationStreamEvent, AnswerEvaluation> {
  for (const text of splitIntoStreamPieces(evaluation.feedback.summary)) yield { type: "feedback", text };
  yield { type: "result", evaluation };
  return evaluation;
}

export function createBuiltinInterviewerProvider(options: BuiltinProviderOptions = {}): InterviewerProvider {
  const random = options.random ?? cryptoRandom;
  return {
    kind: "builtin",
    async analyzeJobDescription(text) {
      return { analysis: analyzeJobDescriptionOffline(text), ...BUILTIN_META };
    },
    async askQuestion(request) {
      const chosen = selectBankQuestion(
        {
          topic: request.topic,
          difficulty: request.difficulty,
          techStackIds: stackOfInterview(request.jobDescription?.techStack ?? [], request.language),
          seenQuestionIds: request.seenQuestionIds,
        },
        random,
      );
      return { question: toInterviewQuestion(chosen, request.language), ...BUILTIN_META };
    },
    async evaluateAnswer(request) {
      return evaluateAnswerOffline(request);
    },
    streamEvaluation(request) {
      return streamOfflineEvaluation(evaluateAnswerOffline(request));
    },
  };
}
