// The OpenAI-compatible interviewer: the official `openai` SDK (v6) against any compatible base URL.
// - Structured outputs: `zodResponseFormat` from `openai/helpers/zod` supports zod 4 in openai 6.x
//   (it calls zod 4's own `z.toJSONSchema` and makes the schema strict), so we use it to build
//   `response_format`. We call `chat.completions.create` — not `.parse()` — because the evaluation
//   is streamed, and validate every reply with the same zod schema ourselves.
// - A reply that fails validation is retried once with the validation error fed back.
// - If it still fails, or the SDK gives up (timeout, 5xx, 429 after its own `maxRetries` retries that
//   honour Retry-After, connection errors), the built-in provider produces the result instead, marked
//   `fallback: true` with the reason. A caller's abort is not a failure: it is re-thrown.
// - Token usage of every call (failed attempts included) is summed into the result.
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import type { z } from "zod";
import { applyAssistsToEvaluation } from "../assist/apply-assists.ts";
import { revealsTooMuch } from "../assist/reveals-answer.ts";
import { boundedReply, type TurnAssist } from "../assist/turn-assist.ts";
import { evaluateAnswerOffline, splitIntoStreamPieces } from "../builtin/builtin-provider.ts";
import { assistOffline } from "../builtin/clarification/assist-offline.ts";
import type {
  AnswerEvaluation,
  EvaluationStreamEvent,
  ProviderMeta,
  TokenUsage,
} from "../evaluation/evaluation-schema.ts";
import type { InterviewQuestion } from "../interview-question.ts";
import type { JobDescriptionAnalysis } from "../job-description/analysis-schema.ts";
import { analyzeJobDescriptionOffline } from "../job-description/analyze-job-description.ts";
import { detectTechnologies } from "../job-description/tech-dictionary.ts";
import { stripInstructionsToModel } from "../prompt-injection.ts";
import type { AssistReply, EvaluateAnswerRequest, InterviewerProvider } from "../provider.ts";
import type { DiagramGraph } from "../whiteboard/diagram-graph.ts";
import { withDiagramGrade } from "../whiteboard/diagram-in-evaluation.ts";
import {
  type ModelEvaluation,
  type ModelJobDescriptionAnalysis,
  ZModelAssistSchema,
  ZModelCodingQuestionSchema,
  ZModelEvaluationSchema,
  ZModelJobDescriptionAnalysisSchema,
  ZModelQuestionSchema,
} from "./model-output-schemas.ts";
import { toModelWrittenQuestion } from "./model-written-question.ts";
import {
  assistMessages,
  evaluationMessages,
  jobDescriptionAnalysisMessages,
  questionMessages,
  validationRetryMessages,
} from "./prompts.ts";
import { StreamedJsonStringField } from "./streamed-json-field.ts";
import { verifiedEvidence } from "./verified-evidence.ts";

export interface OpenAIProviderConfig {
  apiKey: string;
  /** e.g. "https://api.openai.com/v1" or a local OpenAI-compatible server; SDK default when omitted. */
  baseURL?: string;
  model: string;
  /** Per-request timeout in milliseconds (SDK option). Default 30 s. */
  timeoutMs?: number;
  /** SDK retries for timeouts, 408/409/429/5xx and connection errors. Default 2. */
  maxRetries?: number;
  /** Used by the built-in fallback when it has to pick a question. */
  fallbackProvider: InterviewerProvider;
  /** For tests or proxies; the SDK's default fetch otherwise. */
  fetch?: typeof fetch;
}

type Message = OpenAI.Chat.Completions.ChatCompletionMessageParam;

const VALIDATION_ATTEMPTS = 2;

class InvalidModelOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidModelOutputError";
  }
}

function emptyUsage(): TokenUsage {
  return { promptTokens: 0, completionTokens: 0, totalTokens: 0, calls: 0 };
}

function addUsage(total: TokenUsage, usage: OpenAI.Completions.CompletionUsage | null | undefined): void {
  if (!usage) return;
  total.promptTokens += usage.prompt_tokens;
  total.completionTokens += usage.completion_tokens;
  total.totalTokens += usage.total_tokens;
}

function parseModelReply<T>(
  content: string,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { ok: false, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  return { ok: false, error: issues.slice(0, 5).join("; ") };
}

/** A short, loggable reason for falling back; never includes the API key or the prompt. */
export function describeProviderFailure(error: unknown): string {
  if (error instanceof InvalidModelOutputError) return `invalid-output: ${error.message}`;
  if (error instanceof OpenAI.APIConnectionTimeoutError) return "timeout: the model did not answer in time";
  if (error instanceof OpenAI.RateLimitError) return "rate-limited: HTTP 429 after SDK retries";
  if (error instanceof OpenAI.APIError && typeof error.status === "number") {
    return `provider-error: HTTP ${error.status}`;
  }
  if (error instanceof OpenAI.APIConnectionError) return "connection-error: could not reach the model server";
  return `provider-error: ${error instanceof Error ? error.message : String(error)}`;
}

function isCallerAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return (
    Boolean(signal?.aborted) && (error instanceof OpenAI.APIUserAbortError || (error as Error)?.name === "AbortError")
  );
}

function toEvaluation(
  reply: ModelEvaluation,
  question: InterviewQuestion,
  answer: string,
  meta: ProviderMeta,
  assists: readonly TurnAssist[] = [],
  diagram: DiagramGraph | null = null,
): AnswerEvaluation {
  const askFollowUp = reply.followUp.ask && Boolean(reply.followUp.question?.trim()) && question.kind === "main";
  const evaluation: AnswerEvaluation = {
    score: reply.score,
    feedback: {
      summary: reply.summary,
      strengths: reply.strengths,
      gaps: reply.gaps,
      improvement: reply.improvement,
    },
    keyPointsCovered: reply.keyPointsCovered,
    keyPointsMissed: reply.keyPointsMissed,
    modelAnswerOutline: reply.modelAnswerOutline,
    followUp: askFollowUp ? { ask: true, question: reply.followUp.question } : { ask: false, question: null },
    evidence: verifiedEvidence(reply.evidence, question, answer),
    modelAnswer: question.modelAnswer,
    ...meta,
  };
  // The drawing's structure is graded by the engine, not the model (it cannot credit what is not drawn),
  // then hints cap the score and good clarifying questions are credited, by the same rules as offline.
  return applyAssistsToEvaluation(withDiagramGrade(evaluation, { question, answer, diagram }), question, assists);
}

function toAnalysis(reply: ModelJobDescriptionAnalysis, text: string): JobDescriptionAnalysis {
  const offline = analyzeJobDescriptionOffline(text);
  // The dictionary gives stable ids the question bank understands; the model may add what it lacks.
  const known = detectTechnologies(text);
  const extra = reply.techStack
    .filter((tech) => !known.some((entry) => entry.name.toLowerCase() === tech.name.toLowerCase()))
    .map((tech) => ({
      id: tech.name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
      name: tech.name,
      category: tech.category,
    }));
  // "Verbatim" is checked, not trusted: statements the text does not contain are dropped.
  const verbatim = reply.yearsOfExperienceStatements.filter((statement) => text.includes(statement));
  return {
    level: reply.level,
    levelEvidence: reply.levelEvidence,
    yearsOfExperienceStatements: [...new Set([...verbatim, ...offline.yearsOfExperienceStatements])],
    domain: reply.domain,
    techStack: [...known, ...extra],
    keyResponsibilities: reply.keyResponsibilities,
    keyQualifications: reply.keyQualifications,
    ignoredInstructions: offline.ignoredInstructions,
  };
}

export function createOpenAIInterviewerProvider(config: OpenAIProviderConfig): InterviewerProvider {
  const client = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    timeout: config.timeoutMs ?? 30_000,
    maxRetries: config.maxRetries ?? 2,
    ...(config.fetch ? { fetch: config.fetch } : {}),
  });
  const fallback = config.fallbackProvider;

  const modelMeta = (usage: TokenUsage): ProviderMeta => ({
    provider: "openai",
    model: config.model,
    fallback: false,
    fallbackReason: null,
    usage,
  });
  const fallbackMeta = (
    reason: string,
    usage: TokenUsage,
  ): Pick<ProviderMeta, "fallback" | "fallbackReason" | "usage"> => ({
    fallback: true,
    fallbackReason: reason,
    usage: usage.calls > 0 ? usage : null,
  });

  /** One structured JSON call with the validation retry; throws on failure. */
  async function completeStructured<T>(
    name: string,
    schema: z.ZodType<T>,
    initialMessages: Message[],
    usage: TokenUsage,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    let messages = initialMessages;
    let lastError = "";
    for (let attempt = 1; attempt <= VALIDATION_ATTEMPTS; attempt += 1) {
      const completion = await client.chat.completions.create(
        { model: config.model, messages, response_format: zodResponseFormat(schema, name) },
        { signal },
      );
      usage.calls += 1;
      addUsage(usage, completion.usage);
      const content = completion.choices[0]?.message.content ?? "";
      const parsed = parseModelReply(content, schema);
      if (parsed.ok) return parsed.value;
      lastError = parsed.error;
      messages = [...messages, ...validationRetryMessages(content, parsed.error)];
    }
    throw new InvalidModelOutputError(lastError);
  }

  function answerIsEmpty(answer: string): boolean {
    return (stripInstructionsToModel(answer).text.match(/[a-z0-9]+/gi)?.length ?? 0) < 3;
  }

  async function* streamEvaluation(
    request: EvaluateAnswerRequest,
  ): AsyncGenerator<EvaluationStreamEvent, AnswerEvaluation> {
    // An empty answer scores 1 whoever grades it; no model call is spent on it.
    if (answerIsEmpty(request.answer)) {
      const evaluation = evaluateAnswerOffline(request);
      for (const text of splitIntoStreamPieces(evaluation.feedback.summary)) yield { type: "feedback", text };
      yield { type: "result", evaluation };
      return evaluation;
    }
    const usage = emptyUsage();
    let streamedAnything = false;
    let failure: string;
    try {
      let messages = evaluationMessages(
        request.question,
        request.answer,
        request.jobDescription,
        request.codeResult ?? null,
        request.diagram ?? null,
      );
      let lastError = "";
      for (let attempt = 1; attempt <= VALIDATION_ATTEMPTS; attempt += 1) {
        if (attempt > 1 && streamedAnything) {
          yield { type: "reset", reason: `model reply was invalid (${lastError}); retrying` };
          streamedAnything = false;
        }
        const stream = await client.chat.completions.create(
          {
            model: config.model,
            messages,
            response_format: zodResponseFormat(ZModelEvaluationSchema, "answer_evaluation"),
            stream: true,
            stream_options: { include_usage: true },
          },
          { signal: request.signal },
        );
        usage.calls += 1;
        const summary = new StreamedJsonStringField("summary");
        let content = "";
        for await (const chunk of stream) {
          addUsage(usage, chunk.usage);
          const delta = chunk.choices[0]?.delta?.content;
          if (!delta) continue;
          content += delta;
          const text = summary.push(delta);
          if (text) {
            streamedAnything = true;
            yield { type: "feedback", text };
          }
        }
        const parsed = parseModelReply(content, ZModelEvaluationSchema);
        if (parsed.ok) {
          const evaluation = toEvaluation(
            parsed.value,
            request.question,
            request.answer,
            modelMeta(usage),
            request.assists,
            request.diagram ?? null,
          );
          // What the assists added to the summary (the hint ceiling's sentence) streams like the rest.
          const added = evaluation.feedback.summary.slice(parsed.value.summary.length);
          if (added) yield { type: "feedback", text: added };
          yield { type: "result", evaluation };
          return evaluation;
        }
        lastError = parsed.error;
        messages = [...messages, ...validationRetryMessages(content, parsed.error)];
      }
      failure = describeProviderFailure(new InvalidModelOutputError(lastError));
    } catch (error) {
      if (isCallerAbort(error, request.signal)) throw error;
      failure = describeProviderFailure(error);
    }
    const evaluation: AnswerEvaluation = { ...evaluateAnswerOffline(request), ...fallbackMeta(failure, usage) };
    if (streamedAnything) yield { type: "reset", reason: `using the built-in evaluator (${failure})` };
    for (const text of splitIntoStreamPieces(evaluation.feedback.summary)) yield { type: "feedback", text };
    yield { type: "result", evaluation };
    return evaluation;
  }

  return {
    kind: "openai",

    async analyzeJobDescription(text, options) {
      const offline = analyzeJobDescriptionOffline(text); // also throws the typed empty/too-long errors
      const usage = emptyUsage();
      try {
        const reply = await completeStructured(
          "job_description_analysis",
          ZModelJobDescriptionAnalysisSchema,
          jobDescriptionAnalysisMessages(text),
          usage,
          options?.signal,
        );
        return { analysis: toAnalysis(reply, text), ...modelMeta(usage) };
      } catch (error) {
        if (isCallerAbort(error, options?.signal)) throw error;
        return {
          analysis: offline,
          provider: "builtin",
          model: null,
          ...fallbackMeta(describeProviderFailure(error), usage),
        };
      }
    },

    async askQuestion(request) {
      const usage = emptyUsage();
      try {
        // A coding question comes with its tests and reference solutions, so its code can run.
        const reply =
          request.topic === "coding"
            ? await completeStructured(
                "coding_interview_question",
                ZModelCodingQuestionSchema,
                questionMessages(request),
                usage,
                request.signal,
              )
            : await completeStructured(
                "interview_question",
                ZModelQuestionSchema,
                questionMessages(request),
                usage,
                request.signal,
              );
        return { question: toModelWrittenQuestion(reply, request), ...modelMeta(usage) };
      } catch (error) {
        if (isCallerAbort(error, request.signal)) throw error;
        const asked = await fallback.askQuestion(request);
        return { ...asked, ...fallbackMeta(describeProviderFailure(error), usage) };
      }
    },

    async evaluateAnswer(request) {
      if (answerIsEmpty(request.answer)) return evaluateAnswerOffline(request);
      const usage = emptyUsage();
      try {
        const reply = await completeStructured(
          "answer_evaluation",
          ZModelEvaluationSchema,
          evaluationMessages(
            request.question,
            request.answer,
            request.jobDescription,
            request.codeResult ?? null,
            request.diagram ?? null,
          ),
          usage,
          request.signal,
        );
        return toEvaluation(
          reply,
          request.question,
          request.answer,
          modelMeta(usage),
          request.assists,
          request.diagram ?? null,
        );
      } catch (error) {
        if (isCallerAbort(error, request.signal)) throw error;
        return { ...evaluateAnswerOffline(request), ...fallbackMeta(describeProviderFailure(error), usage) };
      }
    },

    streamEvaluation,

    async assist(request) {
      const usage = emptyUsage();
      const builtinReply = (reason: string): AssistReply => ({
        text: assistOffline(request),
        provider: "builtin",
        model: null,
        ...fallbackMeta(reason, usage),
      });
      try {
        const reply = await completeStructured(
          "interviewer_assist",
          ZModelAssistSchema,
          assistMessages(request.question, request.ask, request.earlier, request.jobDescription),
          usage,
          request.signal,
        );
        const text = boundedReply(reply.reply);
        // Told not to give the answer away, and checked: a reply the built-in grader would credit with
        // key points is replaced by the built-in reply (the caller logs the fallback reason).
        if (revealsTooMuch(request.question, text, request.ask)) {
          return builtinReply("revealed-answer: the model's reply stated key points of the answer");
        }
        return { text, ...modelMeta(usage) };
      } catch (error) {
        if (isCallerAbort(error, request.signal)) throw error;
        return builtinReply(describeProviderFailure(error));
      }
    },
  };
}
