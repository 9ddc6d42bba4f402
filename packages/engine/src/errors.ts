// Errors the engine raises for input a caller can fix. The api package maps them to tRPC codes in
// its one error formatter (all of them are BAD_REQUEST-class); `reason` is stable for clients.
export type EngineErrorReason =
  | "JOB_DESCRIPTION_EMPTY"
  | "JOB_DESCRIPTION_TOO_LONG"
  | "TURN_OUTSIDE_PLAN"
  | "NO_QUESTIONS_FOR_TOPIC";

export class EngineError extends Error {
  constructor(
    readonly reason: EngineErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "EngineError";
  }
}
