import { describe, expect, it } from "vitest";
import { REDACTED, redactUrl, serializeError } from "./log-redaction.ts";

describe("redactUrl", () => {
  it("keeps the path and parameter names but not their values, except batch", () => {
    expect(redactUrl('/trpc/interview.evaluation?connectionParams={"accessToken":"eyJ.x.y"}&input=%7B%7D')).toBe(
      `/trpc/interview.evaluation?connectionParams=${REDACTED}&input=${REDACTED}`,
    );
    expect(redactUrl("/trpc/a,b?batch=1&input=x")).toBe(`/trpc/a,b?batch=1&input=${REDACTED}`);
    expect(redactUrl("/reset-password?token=secret-token")).toBe(`/reset-password?token=${REDACTED}`);
    expect(redactUrl("/health")).toBe("/health");
    expect(redactUrl("/x?bare-secret")).toBe(`/x?${REDACTED}`);
  });
});

/** Shaped like what Drizzle throws around a postgres.js error (values in message, params, detail, parameters). */
function failedQuery(secret: string, email: string) {
  const driverError = Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
    code: "23505",
    detail: `Key (lower(email))=(${email}) already exists.`,
    constraint_name: "users_email_unique",
  });
  // postgres.js attaches the bound values without making them enumerable.
  Object.defineProperties(driverError, {
    parameters: { value: [email, secret], enumerable: false },
    args: { value: [email, secret], enumerable: false },
  });
  class DrizzleQueryError extends Error {
    query: string;
    params: unknown[];
    constructor(query: string, params: unknown[], cause: Error) {
      super(`Failed query: ${query}\nparams: ${params.join(",")}`, { cause });
      this.query = query;
      this.params = params;
    }
  }
  return new DrizzleQueryError(
    'insert into "users" ("email", "password_hash") values ($1, $2)',
    [email, secret],
    driverError,
  );
}

describe("serializeError", () => {
  const secret = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";
  const email = "victim@example.com";

  it("drops bound values from the error and its cause chain, keeping what explains the failure", () => {
    const serialized = serializeError(failedQuery(secret, email)) as Record<string, unknown>;
    const text = JSON.stringify(serialized);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(email);
    expect(serialized).toMatchObject({
      type: "DrizzleQueryError",
      query: 'insert into "users" ("email", "password_hash") values ($1, $2)',
    });
    expect(serialized.message).toContain(`params: ${REDACTED}`);
    expect(serialized.message).toContain("duplicate key value violates unique constraint");
    expect(serialized.stack).toContain("caused by: Error: duplicate key value");
    expect(serialized.stack).toContain("    at ");
  });

  it("also cleans a wrapper whose message repeats the failed query's (tRPC copies the cause's message)", () => {
    const cause = failedQuery(secret, email);
    const wrapper = new Error(cause.message, { cause });
    expect(JSON.stringify(serializeError(wrapper))).not.toContain(secret);
  });

  it("leaves ordinary errors as pino would log them", () => {
    const error = Object.assign(new Error("boom", { cause: new Error("root cause") }), { code: "E_BOOM" });
    expect(serializeError(error)).toEqual({
      type: "Error",
      message: "boom: root cause",
      stack: `${error.stack}\ncaused by: ${(error.cause as Error).stack}`,
      code: "E_BOOM",
    });
    expect(serializeError("not an error")).toBe("not an error");
  });
});
