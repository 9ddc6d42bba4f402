// The default, offline interviewer: curated question bank, rubric grader and dictionary-based job
// description analysis. No network, no model; deterministic for a given random source.
import { applyAssistsToEvaluation } from "../assist/apply-assists.ts";
import type { AnswerEvaluation, EvaluationStreamEvent, ProviderMeta } from "../evaluation/evaluation-schema.ts";
import { analyzeJobDescriptionOffline } from "../job-description/analyze-job-description.ts";
import { detectTechnologies } from "../job-description/tech-dictionary.ts";
import type { EvaluateAnswerRequest, InterviewerProvider } from "../provider.ts";
import { cryptoRandom, type RandomSource } from "../random.ts";
import { resumeGaps, resumeTechnologyIds } from "../resume/resume-context.ts";
import { resumeQuestion } from "../resume/resume-questions.ts";
import { withDiagramGrade } from "../whiteboard/diagram-in-evaluation.ts";
import { assistOffline } from "./clarification/assist-offline.ts";
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

/**
 * Grades with the rubric, folds in the diagram's structure when one was drawn, then applies the
 * question's hints and clarifying questions; exported so the OpenAI provider can fall back to exactly this.
 */
export function evaluateAnswerOffline(
  request: Pick<EvaluateAnswerRequest, "question" | "answer" | "codeResult" | "assists" | "diagram">,
): AnswerEvaluation {
  const { diagnostics: _diagnostics, ...verdict } = scoreAnswerOffline({
    question: request.question,
    answer: request.answer,
    codeResult: request.codeResult ?? null,
  });
  const withDiagram = withDiagramGrade(verdict, {
    question: request.question,
    answer: request.answer,
    diagram: request.diagram,
  });
  return applyAssistsToEvaluation({ ...withDiagram, ...BUILTIN_META }, request.question, request.assists ?? []);
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
      const { resume } = request;
      // A tailored interview asks about the candidate's own projects where the résumé names some.
      const aboutResume = resume ? resumeQuestion({ ...request, resume }, random) : null;
      if (aboutResume) return { question: aboutResume, ...BUILTIN_META };
      const jobStack = stackOfInterview(request.jobDescription?.techStack ?? [], request.language);
      const chosen = selectBankQuestion(
        {
          topic: request.topic,
          difficulty: request.difficulty,
          techStackIds: resume ? [...jobStack, ...resumeTechnologyIds(resume)] : jobStack,
          seenQuestionIds: request.seenQuestionIds,
          focusTechIds: resume ? resumeGaps(resume, request.jobDescription).map((gap) => gap.id) : [],
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
    async assist(request) {
      return { text: assistOffline(request), ...BUILTIN_META };
    },
  };
}
