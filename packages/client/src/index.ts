// @interviewer/client: the typed client for apps outside the monorepo. The public surface is this
// file (and "./node" for the file token store); everything else is internal.
export type { AppRouter, RouterInputs, RouterOutputs } from "@interviewer/api";
export {
  createInterviewerClient,
  type EventSourceConstructor,
  type InterviewerClient,
  type InterviewerClientOptions,
  type InterviewerCredentials,
  type InterviewerSessionHelpers,
} from "./create-client.ts";
export {
  InterviewerError,
  type InterviewerErrorKind,
  isInterviewerError,
  toInterviewerError,
} from "./errors.ts";
export {
  type AnswerEvaluation,
  type EvaluationEvent,
  type FollowEvaluationOptions,
  followEvaluation,
} from "./follow-evaluation.ts";
export { createMemoryTokenStore, type StoredSession, type TokenStore } from "./token-store.ts";
