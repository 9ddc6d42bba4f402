import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { InterviewerError, toInterviewerError } from "./errors.ts";

function serverError(data: Record<string, unknown>): TRPCClientError<never> {
  return new TRPCClientError("refused", { result: { error: { message: "refused", code: -32600, data } } as never });
}

describe("toInterviewerError", () => {
  it("maps the server's codes and reasons to kinds", () => {
    expect(toInterviewerError(serverError({ code: "PAYMENT_REQUIRED", reason: "NO_CREDITS" })).kind).toBe("no_credits");
    expect(toInterviewerError(serverError({ code: "NOT_FOUND", reason: "NOT_FOUND" })).kind).toBe("not_found");
    const limited = toInterviewerError(
      serverError({ code: "TOO_MANY_REQUESTS", reason: "LOGIN_DELAYED", details: { retryAfterSeconds: 60 } }),
    );
    expect(limited).toMatchObject({ kind: "rate_limited", reason: "LOGIN_DELAYED", retryAfterSeconds: 60 });
    const invalid = toInterviewerError(
      serverError({ code: "BAD_REQUEST", fieldErrors: { email: ["Enter a valid email address."], name: [] } }),
    );
    expect(invalid.kind).toBe("validation");
    expect(invalid.fieldErrors).toEqual({ email: ["Enter a valid email address."] });
    expect(toInterviewerError(serverError({ code: "CONFLICT", reason: "EVALUATION_IN_PROGRESS" })).kind).toBe("server");
  });

  it("tells timeouts from cancellations, and passes its own errors through", () => {
    expect(toInterviewerError(new DOMException("timed out", "TimeoutError")).kind).toBe("timeout");
    expect(toInterviewerError(new Error("fetch failed", { cause: new DOMException("x", "AbortError") })).kind).toBe(
      "aborted",
    );
    const own = new InterviewerError({ kind: "network", message: "down" });
    expect(toInterviewerError(own)).toBe(own);
  });
});
