// Builds the configured provider. The server maps its environment (INTERVIEWER_PROVIDER,
// OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL) onto this config once; the engine reads no env.
import { z } from "zod";
import { createBuiltinInterviewerProvider } from "./builtin/builtin-provider.ts";
import { createOpenAIInterviewerProvider } from "./openai/openai-provider.ts";
import type { InterviewerProvider } from "./provider.ts";
import type { RandomSource } from "./random.ts";

export const DEFAULT_OPENAI_MODEL = "gpt-4o-mini";

export const ZInterviewerProviderConfigSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("builtin") }),
  z.object({
    kind: z.literal("openai"),
    apiKey: z.string().min(1, { error: "An API key is required for the openai provider (OPENAI_API_KEY)." }),
    baseURL: z.url({ error: "The model base URL must be a URL (OPENAI_BASE_URL)." }).optional(),
    model: z.string().min(1).default(DEFAULT_OPENAI_MODEL),
    timeoutMs: z.number().int().positive().optional(),
    maxRetries: z.number().int().min(0).max(10).optional(),
  }),
]);
export type InterviewerProviderConfig = z.input<typeof ZInterviewerProviderConfigSchema>;

export interface InterviewerProviderDependencies {
  /** Randomness for question choice: `cryptoRandom` in production, a seeded source in tests. */
  random?: RandomSource;
  fetch?: typeof fetch;
}

export function createInterviewerProvider(
  config: InterviewerProviderConfig,
  dependencies: InterviewerProviderDependencies = {},
): InterviewerProvider {
  const parsed = ZInterviewerProviderConfigSchema.parse(config);
  const builtin = createBuiltinInterviewerProvider({ random: dependencies.random });
  if (parsed.kind === "builtin") return builtin;
  return createOpenAIInterviewerProvider({
    apiKey: parsed.apiKey,
    baseURL: parsed.baseURL,
    model: parsed.model,
    timeoutMs: parsed.timeoutMs,
    maxRetries: parsed.maxRetries,
    fallbackProvider: builtin,
    fetch: dependencies.fetch,
  });
}
