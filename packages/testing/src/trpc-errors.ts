// Awaiting a call that must fail, and reading its typed tRPC error.
import type { AppRouter } from "@interviewer/api";
import { TRPCClientError } from "@trpc/client";
import { expect } from "vitest";

/** The TRPCClientError a call rejected with; fails the test if it resolved or threw something else. */
export async function errorOf(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<AppRouter>;
}
