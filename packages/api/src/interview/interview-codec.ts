// The one place where interview rows become engine values. The database types JSON columns as
// `unknown` (packages/db does not know the engine); here each one is parsed once with the engine's own
// zod schema, so a row that drifted from the engine's shape fails loudly at the edge instead of deep
// inside scoring, and everything past this module works with typed records and no casts. Writing needs
// no codec: an engine value is stored as it is (the columns accept any JSON).
import type { Interview, InterviewTurnRow, InterviewWithTurns } from "@interviewer/db";
import {
  type AnswerEvaluation,
  type CodeRunResult,
  type DeliveryMetrics,
  type InterviewPlan,
  type InterviewQuestion,
  type InterviewReport,
  type InterviewTurn,
  type JobDescriptionAnalysis,
  type TokenUsage,
  type TurnAssist,
  type WhiteboardScene,
  ZAnswerEvaluationSchema,
  ZCodeRunResultSchema,
  ZDeliveryMetricsSchema,
  ZInterviewPlanSchema,
  ZInterviewQuestionSchema,
  ZInterviewReportSchema,
  ZJobDescriptionAnalysisSchema,
  ZStoredWhiteboardSceneSchema,
  ZTokenUsageSchema,
  ZTurnAssistsSchema,
} from "@interviewer/engine";

type Decoded<Row, Json extends keyof Row, Values> = Omit<Row, Json> & Values;

/** An interview row with its JSON columns as engine values. */
export type InterviewRecord = Decoded<
  Interview,
  "plan" | "jobAnalysis" | "report",
  { plan: InterviewPlan; jobAnalysis: JobDescriptionAnalysis | null; report: InterviewReport | null }
>;

/** A turn row with its JSON columns as engine values. */
export type TurnRecord = Decoded<
  InterviewTurnRow,
  "question" | "evaluation" | "usage" | "codeResult" | "assists" | "delivery" | "diagram",
  {
    diagram: WhiteboardScene | null;
    delivery: DeliveryMetrics | null;
    assists: TurnAssist[];
    question: InterviewQuestion;
    evaluation: AnswerEvaluation | null;
    usage: TokenUsage | null;
    codeResult: CodeRunResult | null;
  }
>;

/** What the interview procedures work from: the interview and its turns in position order. */
export interface InterviewSnapshot {
  interview: InterviewRecord;
  turns: TurnRecord[];
}

export function decodeInterview(row: Interview): InterviewRecord {
  return {
    ...row,
    plan: decodePlan(row.plan),
    jobAnalysis: row.jobAnalysis === null ? null : ZJobDescriptionAnalysisSchema.parse(row.jobAnalysis),
    report: decodeReport(row.report),
  };
}

export function decodeTurn(row: InterviewTurnRow): TurnRecord {
  return {
    ...row,
    question: ZInterviewQuestionSchema.parse(row.question),
    evaluation: row.evaluation === null ? null : ZAnswerEvaluationSchema.parse(row.evaluation),
    usage: row.usage === null ? null : ZTokenUsageSchema.parse(row.usage),
    codeResult: row.codeResult === null ? null : ZCodeRunResultSchema.parse(row.codeResult),
    assists: decodeAssists(row.assists),
    diagram: row.diagram === null || row.diagram === undefined ? null : ZStoredWhiteboardSceneSchema.parse(row.diagram),
    delivery: row.delivery === null || row.delivery === undefined ? null : ZDeliveryMetricsSchema.parse(row.delivery),
  };
}

/** The assists column alone (interview.ask reads it back from its append). */
export function decodeAssists(assists: unknown): TurnAssist[] {
  return ZTurnAssistsSchema.parse(assists);
}

export function decodeSnapshot(row: InterviewWithTurns): InterviewSnapshot {
  const { turns, ...interview } = row;
  return { interview: decodeInterview(interview), turns: turns.map(decodeTurn) };
}

/** The plan column alone (lists and the dashboard read it without the rest of the row). */
export function decodePlan(plan: unknown): InterviewPlan {
  return ZInterviewPlanSchema.parse(plan);
}

/** The report column alone; null until the interview ends. */
export function decodeReport(report: unknown): InterviewReport | null {
  return report === null ? null : ZInterviewReportSchema.parse(report);
}

/** What the engine's state machine and report need of a turn. */
export function toEngineTurn(turn: TurnRecord): InterviewTurn {
  return {
    question: turn.question,
    answer: turn.answer,
    evaluation: turn.evaluation,
    codeResult: turn.codeResult,
    skipped: turn.skipped,
    assists: turn.assists,
    delivery: turn.delivery,
    diagram: turn.diagram,
  };
}
