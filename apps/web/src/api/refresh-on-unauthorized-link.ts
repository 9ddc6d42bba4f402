// Retries a request once after a silent refresh when the server answers UNAUTHORIZED: the access
// token can expire early from the server's point of view (clock skew, a sleeping laptop). Sign-in
// procedures are left alone: their UNAUTHORIZED means wrong credentials, not an expired token.
import type { AppRouter } from "@interviewer/api";
import { TRPCClientError, type TRPCLink } from "@trpc/client";
import { observable } from "@trpc/server/observable";
import { getSessionState, refreshSession } from "./session-store.ts";

export const refreshOnUnauthorizedLink: TRPCLink<AppRouter> = () => {
  return ({ op, next }) =>
    observable((observer) => {
      let subscription = next(op).subscribe({
        next: (value) => observer.next(value),
        complete: () => observer.complete(),
        error: (error) => {
          const unauthorized = error instanceof TRPCClientError && error.data?.code === "UNAUTHORIZED";
          if (!unauthorized || op.path.startsWith("auth.") || getSessionState().status !== "signedIn") {
            observer.error(error);
            return;
          }
          void refreshSession().then((token) => {
            if (!token) {
              observer.error(error);
              return;
            }
            subscription = next(op).subscribe(observer);
          });
        },
      });
      return () => subscription.unsubscribe();
    });
};
