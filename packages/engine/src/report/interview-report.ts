// The final report, a pure function of the plan and the turns.
// - A question counts once: when it was retried (several turns with the same question id), the
//   latest evaluated attempt is used — the report shows where the candidate ended up, and retrying
//   is how the product teaches. Follow-ups are questions of their own and count like any other.
//   A skipped question ("I don't know") counts as answered, with its score of 1, and says "Skipped".
// - Overall score = mean of those questions' scores (1-10) as a percentage, one decimal. No answered
//   question means `status: "no-answers"` and `overallPercent: null` — never a default.
// - Readiness for the target level (thresholds in READINESS_THRESHOLDS): "ready" needs the level's
//   ready percentage AND no topic below WEAK_TOPIC_PERCENT; "almost" needs the almost percentage;
//   anything lower is "not_ready". Stricter for higher levels, since 7/10 is the bar at each level.
// - The study list names each missed point once per topic, lowest-scoring questions first, with how a
//   strong answer puts it; `reading` says what to read for each topic the list touches.
import { z } from "zod";
import { type TurnAssist, ZTurnAssistSchema } from "../assist/turn-assist.ts";
import {
  type AnswerEvaluation,
  type TokenUsage,
  ZAnswerEvaluationSchema,
  ZTokenUsageSchema,
} from "../evaluation/evaluation-schema.ts";
import { type InterviewQuestion, withoutTests, ZQuestionWithoutTestsSchema } from "../interview-question.ts";
import type { InterviewPlan } from "../plan/interview-plan.ts";
import type { InterviewTurn } from "../plan/interview-state.ts";
import {
  type QuestionDifficulty,
  TOPIC_LABELS,
  type TopicId,
  ZQuestionDifficultySchema,
  ZTopicIdSchema,
} from "../topics.ts";
import { summarizeDelivery } from "../voice/delivery-metrics.ts";
import {
  type DeliveryMetrics,
  type DeliverySummary,
  ZDeliveryMetricsSchema,
  ZDeliverySummarySchema,
} from "../voice/delivery-schema.ts";
import { type WhiteboardScene, ZStoredWhiteboardSceneSchema } from "../whiteboard/scene-schema.ts";
import { STUDY_READING, type StudyResource } from "./study-reading.ts";

export type ReadinessVerdict = "not_ready" | "almost" | "ready";

export const READINESS_THRESHOLDS: Readonly<Record<QuestionDifficulty, { ready: number; almost: number }>> = {
  junior: { ready: 65, almost: 50 },
  mid: { ready: 70, almost: 55 },
  senior: { ready: 75, almost: 60 },
};
/** A topic under this percentage keeps the verdict at "almost" at best. */
export const WEAK_TOPIC_PERCENT = 50;
/** Topics at or above this percentage are listed as strengths; below STRONG - 10 as weaknesses. */
export const STRONG_TOPIC_PERCENT = 70;
const STUDY_LIST_LIMIT = 12;

export interface QuestionResult {
  question: InterviewQuestion;
  /** "" when skipped. */
  answer: string;
  /** The candidate skipped the question (its latest attempt). */
  skipped: boolean;
  /** Clarifying questions and hints of the latest attempt, oldest first. */
  assists: TurnAssist[];
  /** The candidate's own whiteboard of the latest attempt, for read-only display; null: none. */
  diagram: WhiteboardScene | null;
  /** How the latest attempt came across when it was spoken; null: typed. */
  delivery: DeliveryMetrics | null;
  evaluation: AnswerEvaluation;
  attempts: number;
  percent: number;
}

export interface TopicReport {
  topic: TopicId;
  label: string;
  answeredQuestions: number;
  percent: number | null;
  questions: QuestionResult[];
}

export interface StudyItem {
  topic: TopicId;
  keyPoint: string;
  /** The question where it was missed. */
  questionText: string;
  /** How a strong answer puts the point, when the grader said so. */
  hint: string | null;
}

/** What to read for one topic of the study list. */
export interface TopicReading {
  topic: TopicId;
  resources: StudyResource[];
}

export interface InterviewReport {
  status: "scored" | "no-answers";
  targetLevel: QuestionDifficulty;
  answeredQuestions: number;
  overallPercent: number | null;
  verdict: ReadinessVerdict | null;
  verdictReason: string;
  topics: TopicReport[];
  strengths: string[];
  weaknesses: string[];
  studyList: StudyItem[];
  /** One entry per topic of the study list, in the list's order. */
  reading: TopicReading[];
  /** Model tokens used by the evaluations in the report (null when no model was used). */
  usage: TokenUsage | null;
  fallbackCount: number;
  /** Averages across the spoken answers (pace, fillers, pauses, story arc); null: none was spoken. */
  delivery: DeliverySummary | null;
}

/** A stored report, for reading it back and for API output schemas. */
export const ZInterviewReportSchema = z.object({
  status: z.enum(["scored", "no-answers"]),
  targetLevel: ZQuestionDifficultySchema,
  answeredQuestions: z.number().int(),
  overallPercent: z.number().nullable(),
  verdict: z.enum(["not_ready", "almost", "ready"]).nullable(),
  verdictReason: z.string(),
  topics: z.array(
    z.object({
      topic: ZTopicIdSchema,
      label: z.string(),
      answeredQuestions: z.number().int(),
      percent: z.number().nullable(),
      questions: z.array(
        z.object({
          // Reports reach the candidate: a model-written question's hidden tests stay out of them.
          question: ZQuestionWithoutTestsSchema,
          answer: z.string(),
          // Reports stored before skipping existed have no skipped questions.
          skipped: z.boolean().default(false),
          // Reports stored before clarifying questions and hints existed have none.
          assists: z.array(ZTurnAssistSchema).default([]),
          // Reports stored before whiteboards existed have no diagrams.
          diagram: ZStoredWhiteboardSceneSchema.nullable().default(null),
          // Reports stored before voice answers existed have no delivery metrics.
          delivery: ZDeliveryMetricsSchema.nullable().default(null),
          evaluation: ZAnswerEvaluationSchema,
          attempts: z.number().int(),
          percent: z.number(),
        }),
      ),
    }),
  ),
  strengths: z.array(z.string()),
  weaknesses: z.array(z.string()),
  // Reports stored before hints and reading existed parse with the defaults.
  studyList: z.array(
    z.object({
      topic: ZTopicIdSchema,
      keyPoint: z.string(),
      questionText: z.string(),
      hint: z.string().nullable().default(null),
    }),
  ),
  reading: z
    .array(
      z.object({
        topic: ZTopicIdSchema,
        resources: z.array(z.object({ title: z.string(), url: z.string().nullable(), why: z.string() })),
      }),
    )
    .default([]),
  usage: ZTokenUsageSchema.nullable(),
  fallbackCount: z.number().int(),
  delivery: ZDeliverySummarySchema.nullable().default(null),
}) satisfies z.ZodType<InterviewReport>;

const roundOne = (value: number) => Math.round(value * 10) / 10;
const percentOf = (scores: number[]) =>
  scores.length === 0 ? null : roundOne((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10);

/** Latest evaluated attempt per question id, in order of first appearance. */
export function latestAttempts(turns: readonly InterviewTurn[]): QuestionResult[] {
  const results = new Map<string, QuestionResult>();
  const attempts = new Map<string, number>();
  for (const turn of turns) {
    if (turn.answer === null || turn.evaluation === null) continue;
    const id = turn.question.id;
    const count = (attempts.get(id) ?? 0) + 1;
    attempts.set(id, count);
    // A later attempt replaces an earlier one: the latest attempt counts.
    results.set(id, {
      question: withoutTests(turn.question),
      answer: turn.answer,
      skipped: turn.skipped ?? false,
      assists: [...(turn.assists ?? [])],
      diagram: turn.diagram ?? null,
      delivery: turn.delivery ?? null,
      evaluation: turn.evaluation,
      attempts: count,
      percent: turn.evaluation.score * 10,
    });
  }
  const order = [...new Set(turns.map((turn) => turn.question.id))];
  return order.flatMap((id) => results.get(id) ?? []);
}

export function readinessVerdict(
  overallPercent: number,
  topicPercents: number[],
  targetLevel: QuestionDifficulty,
): { verdict: ReadinessVerdict; reason: string } {
  const thresholds = READINESS_THRESHOLDS[targetLevel];
  const weakTopic = topicPercents.some((percent) => percent < WEAK_TOPIC_PERCENT);
  if (overallPercent >= thresholds.ready && !weakTopic) {
    return { verdict: "ready", reason: `${overallPercent}% meets the ${thresholds.ready}% bar for ${targetLevel}.` };
  }
  if (overallPercent >= thresholds.almost) {
    const why =
      overallPercent >= thresholds.ready
        ? `a topic is below ${WEAK_TOPIC_PERCENT}%`
        : `${overallPercent}% is under the ${thresholds.ready}% bar`;
    return { verdict: "almost", reason: `Close for ${targetLevel}, but ${why}.` };
  }
  return {
    verdict: "not_ready",
    reason: `${overallPercent}% is under ${thresholds.almost}%, the minimum to be close for ${targetLevel}.`,
  };
}

export function buildInterviewReport(plan: InterviewPlan, turns: readonly InterviewTurn[]): InterviewReport {
  const results = latestAttempts(turns);
  const topics: TopicReport[] = plan.topics.map((topic) => {
    const questions = results.filter((result) => result.question.topic === topic);
    return {
      topic,
      label: TOPIC_LABELS[topic],
      answeredQuestions: questions.length,
      percent: percentOf(questions.map((result) => result.evaluation.score)),
      questions,
    };
  });

  const usage = results.reduce<TokenUsage | null>((total, { evaluation }) => {
    if (!evaluation.usage) return total;
    const base = total ?? { promptTokens: 0, completionTokens: 0, totalTokens: 0, calls: 0 };
    return {
      promptTokens: base.promptTokens + evaluation.usage.promptTokens,
      completionTokens: base.completionTokens + evaluation.usage.completionTokens,
      totalTokens: base.totalTokens + evaluation.usage.totalTokens,
      calls: base.calls + evaluation.usage.calls,
    };
  }, null);
  const fallbackCount = results.filter((result) => result.evaluation.fallback).length;
  const delivery = summarizeDelivery(results.flatMap((result) => (result.delivery ? [result.delivery] : [])));

  const overallPercent = percentOf(results.map((result) => result.evaluation.score));
  if (overallPercent === null) {
    return {
      status: "no-answers",
      targetLevel: plan.difficulty,
      answeredQuestions: 0,
      overallPercent: null,
      verdict: null,
      verdictReason: "No question was answered, so there is nothing to score.",
      topics,
      strengths: [],
      weaknesses: [],
      studyList: [],
      reading: [],
      usage,
      fallbackCount,
      delivery,
    };
  }

  const scoredTopics = topics.filter((topic): topic is TopicReport & { percent: number } => topic.percent !== null);
  // A drill is practice on missed points, a handful of questions chosen for being weak: no verdict on it.
  const { verdict, reason } = plan.drill
    ? { verdict: null, reason: "A drill practises the points you missed; readiness comes from full interviews." }
    : readinessVerdict(
        overallPercent,
        scoredTopics.map((topic) => topic.percent),
        plan.difficulty,
      );

  const strengths = scoredTopics
    .filter((topic) => topic.percent >= STRONG_TOPIC_PERCENT)
    .map((topic) => `${topic.label}: ${topic.percent}%`);
  for (const result of results.filter((result) => result.evaluation.score >= 8)) {
    strengths.push(`Strong answer: "${result.question.text}"`);
  }
  const weaknesses = scoredTopics
    .filter((topic) => topic.percent < STRONG_TOPIC_PERCENT - 10)
    .map((topic) => `${topic.label}: ${topic.percent}%`);
  for (const result of results.filter((result) => result.evaluation.score <= 3)) {
    weaknesses.push(`Weak answer (${result.evaluation.score}/10): "${result.question.text}"`);
  }

  const studyList = studyListOf(results);
  const reading = [...new Set(studyList.map((item) => item.topic))].map((topic) => ({
    topic,
    resources: [...STUDY_READING[topic]],
  }));

  return {
    status: "scored",
    targetLevel: plan.difficulty,
    answeredQuestions: results.length,
    overallPercent,
    verdict,
    verdictReason: reason,
    topics,
    strengths,
    weaknesses,
    studyList,
    reading,
    usage,
    fallbackCount,
    delivery,
  };
}

/** Missed points, lowest-scoring questions first (their gaps matter most), each once per topic. */
function studyListOf(results: readonly QuestionResult[]): StudyItem[] {
  const seen = new Set<string>();
  const studyList: StudyItem[] = [];
  for (const result of [...results].sort((a, b) => a.evaluation.score - b.evaluation.score)) {
    const hints = new Map(result.evaluation.evidence.missed.map((missed) => [missed.point, missed.hint]));
    for (const keyPoint of result.evaluation.keyPointsMissed) {
      const key = `${result.question.topic}:${keyPoint.toLowerCase()}`;
      if (seen.has(key) || studyList.length >= STUDY_LIST_LIMIT) continue;
      seen.add(key);
      studyList.push({
        topic: result.question.topic,
        keyPoint,
        questionText: result.question.text,
        hint: hints.get(keyPoint) ?? null,
      });
    }
  }
  return studyList;
}
