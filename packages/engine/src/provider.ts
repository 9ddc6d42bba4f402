// The one interface every interviewer provider implements (built-in offline, OpenAI-compatible),
// and the requests the interview router sends it. Providers never decide where the interview is —
// the state machine in plan/interview-state.ts does — they only write questions and grade answers.
import type { HintLevel, TurnAssist } from "./assist/turn-assist.ts";
import type { CodeRunResult } from "./code/code-execution.ts";
import type { AnswerEvaluation, EvaluationStreamEvent, ProviderMeta } from "./evaluation/evaluation-schema.ts";
import type { InterviewQuestion } from "./interview-question.ts";
import type { JobDescriptionAnalysis } from "./job-description/analysis-schema.ts";
import type { ResumeAnalysis } from "./resume/resume-analysis-schema.ts";
import type { QuestionDifficulty, TopicId } from "./topics.ts";
import type { DiagramGraph } from "./whiteboard/diagram-graph.ts";

export type ProviderKind = "builtin" | "openai";

export interface AskQuestionRequest {
  topic: TopicId;
  difficulty: QuestionDifficulty;
  /** Programming language for coding questions. */
  language: string;
  jobDescription: JobDescriptionAnalysis | null;
  /**
   * Question ids this candidate has already been asked (in any interview), oldest first. The built-in
   * bank never repeats one while an unseen question for the topic remains.
   */
  seenQuestionIds: readonly string[];
  /** Texts of the questions already asked in this interview, so a model does not repeat itself. */
  askedInThisInterview: readonly string[];
  /**
   * Texts of main questions on this topic the candidate was asked in earlier interviews, newest first
   * (bounded by the caller), so a model does not ask again what the candidate already answered.
   */
  recentQuestionTexts: readonly string[];
  /**
   * The candidate's résumé analysis when the interview was tailored to it (a snapshot taken at
   * creation); absent or null otherwise. Introduction and behavioral questions then ask about their
   * projects, technical ones lean toward their stack and the job's technologies missing from it.
   */
  resume?: ResumeAnalysis | null;
  signal?: AbortSignal;
}

export interface EvaluateAnswerRequest {
  /** The question as stored with the turn (with its rubric). */
  question: InterviewQuestion;
  answer: string;
  jobDescription: JobDescriptionAnalysis | null;
  language: string;
  /**
   * For a coding answer whose code ran: the hidden tests' result, run once when the answer was
   * submitted (hidden tests carry no inputs). Absent or null: the code did not run (another
   * language, a question without tests, or a prose answer), and the answer is graded by reading.
   */
  codeResult?: CodeRunResult | null;
  /**
   * Clarifying questions and hints asked inside the question, oldest first: the grade's ceiling drops
   * with each hint and a good clarifying question is credited (assist/apply-assists.ts). Absent: none.
   */
  assists?: readonly TurnAssist[];
  /**
   * The diagram drawn with the answer, reduced to its graph (whiteboard/scene-to-graph.ts); absent or
   * null: no drawing, and the answer is graded on its text. Its structure is graded by the engine
   * whoever grades the text (whiteboard/diagram-in-evaluation.ts).
   */
  diagram?: DiagramGraph | null;
  signal?: AbortSignal;
}

/** What the candidate asks for inside an open question (interview.ask). */
export type AssistAsk = { kind: "clarification"; question: string } | { kind: "hint"; level: HintLevel };

export interface AssistRequest {
  /** The open question as stored with the turn (with its rubric: a reply must not give it away). */
  question: InterviewQuestion;
  ask: AssistAsk;
  /** What was already asked and said for this question, oldest first. */
  earlier: readonly TurnAssist[];
  jobDescription: JobDescriptionAnalysis | null;
  language: string;
  signal?: AbortSignal;
}

/** The interviewer's reply to a clarifying question, or the hint's text. */
export type AssistReply = { text: string } & ProviderMeta;

export type AskedQuestion = { question: InterviewQuestion } & ProviderMeta;
export type AnalyzedJobDescription = { analysis: JobDescriptionAnalysis } & ProviderMeta;

export interface InterviewerProvider {
  readonly kind: ProviderKind;
  /** Throws EngineError (JOB_DESCRIPTION_EMPTY / JOB_DESCRIPTION_TOO_LONG) for unusable text. */
  analyzeJobDescription(text: string, options?: { signal?: AbortSignal }): Promise<AnalyzedJobDescription>;
  askQuestion(request: AskQuestionRequest): Promise<AskedQuestion>;
  evaluateAnswer(request: EvaluateAnswerRequest): Promise<AnswerEvaluation>;
  /**
   * Same evaluation as `evaluateAnswer`, streamed: `feedback` pieces of the summary text as they are
   * produced, possibly a `reset`, and finally one `result` event; the generator also returns the result.
   */
  streamEvaluation(request: EvaluateAnswerRequest): AsyncGenerator<EvaluationStreamEvent, AnswerEvaluation>;
  /**
   * Answers a clarifying question without giving the solution away, or writes the hint at the asked
   * level. Never fails for a model's failure: the built-in reply stands in (marked fallback).
   */
  assist(request: AssistRequest): Promise<AssistReply>;
}
