// @interviewer/engine — the interviewer's brain. Pure: no database, no HTTP server, no env reads;
// clock, randomness and model configuration are passed in. The interview router persists turns and
// calls into this package; see provider.ts for the provider contract.
export { applyAssistsToEvaluation } from "./assist/apply-assists.ts";
export { hintCeiling } from "./assist/hint-ceiling.ts";
export {
  type AssistCounts,
  countAssists,
  HINT_LEVEL_NAMES,
  type HintLevel,
  MAX_CLARIFICATIONS_PER_QUESTION,
  MAX_CLARIFYING_QUESTION_CHARS,
  MAX_HINTS_PER_QUESTION,
  nextHintLevel,
  type TurnAssist,
  ZClarifyingQuestionSchema,
  ZTurnAssistSchema,
  ZTurnAssistsSchema,
} from "./assist/turn-assist.ts";
export { createBuiltinInterviewerProvider } from "./builtin/builtin-provider.ts";
export { findExecutableSpec } from "./builtin/question-bank/coding-executable.ts";
export type { BankQuestion } from "./builtin/question-bank/index.ts";
export { findBankQuestion, QUESTION_BANK, QUESTION_BANK_BY_TOPIC } from "./builtin/question-bank/index.ts";
export { SYSTEM_DESIGN_STRUCTURE, structuralRubricFor } from "./builtin/question-bank/system-design-structure.ts";
export { scoreAnswerOffline } from "./builtin/score-answer.ts";
export { selectBankQuestion, toInterviewQuestion } from "./builtin/select-question.ts";
export {
  type CodeRunRequest,
  type CodeRunResult,
  type CodeTestCase,
  type Comparison,
  type ExecutableSpec,
  type Json,
  RUNNABLE_LANGUAGES,
  type RunnableLanguage,
  TEST_VERDICTS,
  type TestResult,
  type TestVerdict,
  ZCodeRunResultSchema,
  ZCodeTestCaseSchema,
  ZExecutableSpecSchema,
  ZRunnableLanguageSchema,
  ZTestResultSchema,
} from "./code/code-execution.ts";
export {
  CODE_LANGUAGE_LABELS,
  codeLabelOf,
  codeRuntimeOf,
  MAX_CODE_LANGUAGE_LABEL_CHARS,
} from "./code/code-language.ts";
export {
  createInterviewerProvider,
  DEFAULT_OPENAI_MODEL,
  type InterviewerProviderConfig,
  type InterviewerProviderDependencies,
  ZInterviewerProviderConfigSchema,
} from "./create-provider.ts";
export { cardsFromEvaluation, type DrillCardDraft } from "./drill/cards-from-evaluation.ts";
export { type DueDrillCard, drillInterviewPlan, planDrillItems } from "./drill/drill-plan.ts";
export type { DrillPlanItem } from "./drill/drill-plan-item.ts";
export { recallQualityOfKeyPoint, recallQualityOfScore } from "./drill/recall-quality.ts";
export { type DrillSchedule, type RecallQuality, scheduleReview } from "./drill/spaced-repetition.ts";
export { EngineError, type EngineErrorReason } from "./errors.ts";
export { MAX_ANSWER_CHARS } from "./evaluation/answer-limits.ts";
export {
  type AnswerEvaluation,
  EMPTY_ANSWER_MAX_SCORE,
  type EvaluationEvidence,
  type EvaluationStreamEvent,
  type EvaluationVerdict,
  type FollowUpDecision,
  OFF_TOPIC_MAX_SCORE,
  PASSING_SCORE,
  type ProviderMeta,
  SCORE_RUBRIC_TEXT,
  type TokenUsage,
  ZAnswerEvaluationSchema,
  ZEvaluationEvidenceSchema,
  ZEvaluationVerdictSchema,
  ZProviderMetaSchema,
  ZTokenUsageSchema,
} from "./evaluation/evaluation-schema.ts";
export { createFollowUpQuestion, followUpQuestionId } from "./follow-up-question.ts";
export {
  type InterviewQuestion,
  type KeyPoint,
  type WrongClaim,
  ZInterviewQuestionSchema,
  ZKeyPointSchema,
  ZWrongClaimSchema,
} from "./interview-question.ts";
export {
  type JobDescriptionAnalysis,
  type Technology,
  ZJobDescriptionAnalysisSchema,
} from "./job-description/analysis-schema.ts";
export { analyzeJobDescriptionOffline, assertJobDescriptionUsable } from "./job-description/analyze-job-description.ts";
export { MAX_JOB_DESCRIPTION_CHARS } from "./job-description/job-description-limits.ts";
export { detectTechnologies, TECH_DICTIONARY } from "./job-description/tech-dictionary.ts";
export { findNearDuplicateQuestion, MAX_COMPARED_QUESTIONS } from "./near-duplicate-question.ts";
export { createOpenAIInterviewerProvider, type OpenAIProviderConfig } from "./openai/openai-provider.ts";
export {
  DEFAULT_LANGUAGE,
  DEFAULT_QUESTIONS_PER_TOPIC,
  type InterviewPlan,
  type InterviewPlanInput,
  MAX_QUESTIONS_PER_TOPIC,
  MIN_QUESTIONS_PER_TOPIC,
  type ParsedInterviewPlanInput,
  type PlanDifficulty,
  resolveInterviewPlan,
  ZInterviewPlanInputSchema,
  ZInterviewPlanSchema,
  ZPlanDifficultySchema,
} from "./plan/interview-plan.ts";
export {
  getInterviewState,
  type InterviewNextStep,
  type InterviewState,
  type InterviewTiming,
  type InterviewTurn,
  type PlannedSlot,
  plannedSlotOf,
} from "./plan/interview-state.ts";
export type {
  AnalyzedJobDescription,
  AskedQuestion,
  AskQuestionRequest,
  AssistAsk,
  AssistReply,
  AssistRequest,
  EvaluateAnswerRequest,
  InterviewerProvider,
  ProviderKind,
} from "./provider.ts";
export { createSeededRandom, cryptoRandom, type RandomSource } from "./random.ts";
export { type AnswerParts, composeAnswer } from "./report/compose-answer.ts";
export {
  buildInterviewReport,
  type InterviewReport,
  type QuestionResult,
  READINESS_THRESHOLDS,
  type ReadinessVerdict,
  readinessVerdict,
  STRONG_TOPIC_PERCENT,
  type StudyItem,
  type TopicReport,
  WEAK_TOPIC_PERCENT,
  ZInterviewReportSchema,
} from "./report/interview-report.ts";
export { type InterviewMarkdownInput, renderInterviewMarkdown } from "./report/render-markdown.ts";
export { analyzeResume, normalizeResumeAnalysis, normalizeTechnology } from "./resume/analyze-resume.ts";
export {
  RESUME_LIMITS,
  type ResumeAnalysis,
  type ResumeProject,
  type ResumeRole,
  type ResumeTechnology,
  ZResumeAnalysisSchema,
} from "./resume/resume-analysis-schema.ts";
export { resumeGaps, resumeSummary } from "./resume/resume-context.ts";
export { storedText } from "./stored-text.ts";
export {
  DEFAULT_TOPICS,
  difficultyForJobLevel,
  JOB_LEVELS,
  type JobLevel,
  QUESTION_DIFFICULTIES,
  type QuestionDifficulty,
  TOPIC_IDS,
  TOPIC_LABELS,
  type TopicId,
  ZJobLevelSchema,
  ZQuestionDifficultySchema,
  ZTopicIdSchema,
} from "./topics.ts";
export {
  type DeliveryInput,
  measureDelivery,
  summarizeDelivery,
} from "./voice/delivery-metrics.ts";
export {
  DELIVERY_SOURCES,
  type DeliveryMetrics,
  type DeliverySummary,
  LONG_PAUSE_MS,
  type WordTiming,
  ZDeliveryMetricsSchema,
  ZDeliverySummarySchema,
  ZWordTimingSchema,
} from "./voice/delivery-schema.ts";
export { createOpenAiVoice, type OpenAiVoiceOptions } from "./voice/openai-transcriber.ts";
export type { SpeechSynthesizer, Transcriber, Transcription } from "./voice/transcriber.ts";
export {
  COMPONENT_KIND_NAMES,
  COMPONENT_KINDS,
  type ComponentKind,
  componentKindOf,
} from "./whiteboard/component-kinds.ts";
export { describeGraphForModel } from "./whiteboard/describe-graph-for-model.ts";
export { type DiagramEvaluation, ZDiagramEvaluationSchema } from "./whiteboard/diagram-evaluation-schema.ts";
export {
  DIAGRAM_LIMITS,
  type DiagramEdge,
  type DiagramGraph,
  type DiagramNode,
  diagramSignature,
  ZDiagramGraphSchema,
} from "./whiteboard/diagram-graph.ts";
export {
  blendedScore,
  DIAGRAM_MAX_LIFT,
  DIAGRAM_WEIGHT,
  structuralRubricOfQuestion,
  withDiagramGrade,
} from "./whiteboard/diagram-in-evaluation.ts";
export {
  type DiagramGrade,
  gradeDiagram,
  type MissingElement,
  type PresentElement,
} from "./whiteboard/grade-diagram.ts";
export { diagramToScene } from "./whiteboard/graph-to-scene.ts";
export {
  parseWhiteboardSceneJson,
  WHITEBOARD_LIMITS,
  type WhiteboardScene,
  ZStoredWhiteboardSceneSchema,
  ZWhiteboardSceneSchema,
} from "./whiteboard/scene-schema.ts";
export { type DanglingArrow, type SceneGraph, sceneToGraph } from "./whiteboard/scene-to-graph.ts";
export { type StructuralRubric, ZStructuralRubricSchema } from "./whiteboard/structural-rubric.ts";
export {
  diagramToNotation,
  NOTATION_LIMITS,
  type NotationError,
  type NotationParseResult,
  parseDiagramNotation,
} from "./whiteboard/text-notation.ts";
export { diagramToMermaid } from "./whiteboard/to-mermaid.ts";
