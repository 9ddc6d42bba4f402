// The typed tRPC hooks for the whole app. Every request goes through here: types come from the
// API's AppRouter (types only), so a renamed procedure or field is a compile error in the web app.
import type { AppRouter } from "@interviewer/api";
import { createTRPCReact } from "@trpc/react-query";

export const trpc = createTRPCReact<AppRouter>();
