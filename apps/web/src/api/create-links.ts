// The client's links: subscriptions over SSE (the browser's EventSource cannot send headers, so the
// access token travels as a connection parameter), everything else over batched HTTP with the
// in-memory access token, retried once after a silent refresh when the server says UNAUTHORIZED.
import type { AppRouter } from "@interviewer/api";
import { httpBatchLink, httpSubscriptionLink, splitLink, type TRPCLink } from "@trpc/client";
import superjson from "superjson";
import { refreshOnUnauthorizedLink } from "./refresh-on-unauthorized-link.ts";
import { currentAccessToken } from "./session-store.ts";

export function createLinks(): TRPCLink<AppRouter>[] {
  return [
    refreshOnUnauthorizedLink,
    splitLink({
      condition: (op) => op.type === "subscription",
      true: httpSubscriptionLink({
        url: "/trpc",
        transformer: superjson,
        connectionParams: async () => {
          const accessToken = await currentAccessToken();
          return accessToken ? { accessToken } : {};
        },
      }),
      false: httpBatchLink({
        url: "/trpc",
        transformer: superjson,
        // The server refuses batches of more than 10 calls (apps/server plugins/trpc.ts MAX_BATCH_SIZE).
        maxItems: 10,
        headers: async () => {
          const accessToken = await currentAccessToken();
          return accessToken ? { authorization: `Bearer ${accessToken}` } : {};
        },
      }),
    }),
  ];
}
