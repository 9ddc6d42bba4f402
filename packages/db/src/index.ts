export type { Database, DatabaseEngine, DatabaseOrTransaction, Schema, Transaction } from "./database.ts";
export { migrateDatabase, migrationsFolder } from "./migrate.ts";
export { type MigrationStatus, readMigrationStatus } from "./migration-status.ts";
export { type DatabaseHandle, type OpenDatabaseOptions, openDatabase, type QueryObserver } from "./open-database.ts";
export { listLinkedGithubAccounts } from "./queries/account.ts";
export { listChargingSubscriptionIds, readBillingOverview } from "./queries/billing.ts";
export { readDashboardHistory, readDashboardRows } from "./queries/dashboard.ts";
export {
  applyDrillReviews,
  type DrillCardReview,
  deleteDrillCard,
  findDrillCards,
  findDueDrillCards,
  findOpenDrill,
  listDrillCards,
  lockDrillCards,
  readDueDrillCards,
  readSkillTimeline,
  upsertDrillCards,
} from "./queries/drills.ts";
export {
  findInterviewWithTurns,
  findQuestionHistory,
  findTurn,
  type InterviewWithTurns,
  lockInterviewWithTurns,
  type QuestionHistory,
} from "./queries/interviews.ts";
export { preparedPerDatabase } from "./queries/prepared-query.ts";
export {
  deleteResume,
  findResume,
  findResumeAnalysis,
  updateResumeAnalysis,
  upsertResume,
} from "./queries/resumes.ts";
export {
  findSharedReport,
  insertReportShare,
  listReportShares,
  lockShareCreation,
  revokeReportShare,
} from "./queries/sharing.ts";
export {
  AUTH_METHODS,
  type AuthMethod,
  EMAIL_TOKEN_PURPOSES,
  type EmailTokenPurpose,
  SESSION_REVOCATION_REASONS,
  type SessionRevocationReason,
} from "./schema/auth.ts";
export {
  CREDIT_KINDS,
  CREDIT_REASONS,
  CREDIT_REFERENCE_TYPES,
  type CreditKind,
  type CreditLedgerDetails,
  type CreditLedgerRow,
  type CreditReason,
  type CreditReferenceType,
  INVOICE_BILLING_REASONS,
  type InvoiceBillingReason,
  PURCHASE_KINDS,
  type PurchaseKind,
  SUBSCRIPTION_PLANS,
  SUBSCRIPTION_STATUSES,
  type SubscriptionPlan,
  type SubscriptionStatus,
  WEBHOOK_OUTCOMES,
  type WebhookOutcome,
} from "./schema/billing.ts";
export { DRILL_CARD_KINDS, type DrillCardRow } from "./schema/drills.ts";
export * as schema from "./schema/index.ts";
export {
  INTERVIEW_END_REASONS,
  INTERVIEW_PROVIDERS,
  INTERVIEW_STATUSES,
  type Interview,
  type InterviewEndReason,
  type InterviewStatus,
  type InterviewTurnRow,
  TURN_EVALUATION_STATUSES,
  type TurnEvaluationStatus,
} from "./schema/interviews.ts";
export { RESUME_MEDIA_TYPES, type ResumeMediaType } from "./schema/resumes.ts";
export type { User } from "./schema/users.ts";
export { selectRows } from "./select-rows.ts";
export { isUniqueViolation, retryOnceOnUniqueViolation } from "./unique-violation.ts";
