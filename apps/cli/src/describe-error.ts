// What the user reads when a command fails: one message they can act on, per kind of error.
import type { InterviewerError } from "@interviewer/client";
import type { CliConfig } from "./config.ts";

export function describeError(error: InterviewerError, config: CliConfig): string {
  switch (error.kind) {
    case "no_credits":
      return (
        "You have no interview credits left. Buy one with `interviewer buy individual` " +
        `(or a monthly plan: \`interviewer buy pro\`), or open ${config.url}/billing.`
      );
    case "unauthorized":
      return "You are not signed in (or your session ended). Run `interviewer login`.";
    case "not_found":
      return `${error.message} Check the id with \`interviewer history\`.`;
    case "rate_limited":
      return `${error.message} Try again in ${formatWait(error.retryAfterSeconds)}.`;
    case "validation": {
      const fields = Object.entries(error.fieldErrors).map(([field, messages]) => `  ${field}: ${messages.join(" ")}`);
      return fields.length > 0 ? `Some values were not accepted:\n${fields.join("\n")}` : error.message;
    }
    case "timeout":
      return `${config.url} did not answer in time. Is the server busy? Try again.`;
    case "network":
      return `Could not reach the Interviewer server at ${config.url}. Is it running? (Set another with --url or INTERVIEWER_URL.)`;
    default:
      return error.message;
  }
}

function formatWait(seconds: number | undefined): string {
  if (seconds === undefined) return "a moment";
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
