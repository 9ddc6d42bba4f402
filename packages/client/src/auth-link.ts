// A tRPC link that signs every call with the session's access token and, when the server still
// answers UNAUTHORIZED (the token expired by the server's clock, or was revoked), refreshes once for
// all waiting calls and retries the call once with the new token. auth.* calls pass through untouched:
// they do not use access tokens, and retrying a login would double its rate-limit count.
import { TRPCClientError, type TRPCLink } from "@trpc/client";
import type { AnyRouter } from "@trpc/server";
import { observable } from "@trpc/server/observable";
import type { Session } from "./session.ts";

/** Where the link leaves the token for the HTTP link's `headers` callback. */
export interface AuthOperationContext extends Record<string, unknown> {
  accessToken?: string | undefined;
}

export function authLink<TRouter extends AnyRouter>(session: Session): TRPCLink<TRouter> {
  return () =>
    ({ op, next }) =>
      observable((observer) => {
        if (op.path.startsWith("auth.")) return next(op).subscribe(observer);
        let unsubscribe: (() => void) | undefined;
        let closed = false;

        const attempt = (accessToken: string | undefined, retried: boolean) => {
          if (closed) return;
          let received = false;
          const subscription = next({ ...op, context: { ...op.context, accessToken } }).subscribe({
            next(value) {
              // Subscriptions report "started" and connection states first; only data means the
              // server accepted the token, after which a retry could repeat what was received.
              if (value.result.type === undefined || value.result.type === "data") received = true;
              observer.next(value);
            },
            error(error) {
              if (!retried && !received && isUnauthorized(error)) {
                session.accessTokenAfterRejection(accessToken).then(
                  (fresh) => (fresh && fresh !== accessToken ? attempt(fresh, true) : observer.error(error)),
                  () => observer.error(error),
                );
                return;
              }
              observer.error(error);
            },
            complete() {
              observer.complete();
            },
          });
          unsubscribe = () => subscription.unsubscribe();
        };

        session.accessToken().then(
          (token) => attempt(token, false),
          (error: unknown) => observer.error(TRPCClientError.from(asError(error))),
        );
        return () => {
          closed = true;
          unsubscribe?.();
        };
      });
}

function isUnauthorized(error: TRPCClientError<AnyRouter>): boolean {
  return (error.data as { code?: string } | undefined)?.code === "UNAUTHORIZED";
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
