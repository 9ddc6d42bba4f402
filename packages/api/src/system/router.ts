// Facts about this deployment that any client may ask for before signing in.
import { z } from "zod";
import { publicProcedure, router } from "../trpc.ts";

export const ZSystemInfoResponseSchema = z.object({
  name: z.literal("interviewer"),
  version: z.string(),
});

export const systemRouter = router({
  info: publicProcedure.output(ZSystemInfoResponseSchema).query(({ ctx }) => ({
    name: "interviewer" as const,
    version: ctx.version,
  })),
});
