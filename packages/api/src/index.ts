import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "./root.ts";

export { DomainError, type DomainErrorCode } from "./errors.ts";
export { type AppRouter, appRouter } from "./root.ts";
export { type Clock, systemClock } from "./shared/clock.ts";
export type { Logger } from "./shared/logger.ts";
export {
  type ApiContext,
  type ApiDependencies,
  createCallerFactory,
  INTERNAL_ERROR_MESSAGE,
  publicProcedure,
  type RequestInfo,
  router,
} from "./trpc.ts";

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
