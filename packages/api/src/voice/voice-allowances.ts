// The per-account limits on voice calls that reach the (usually paid) speech endpoint: each
// transcription sends a recording, each reading asks for audio. The counts follow the account (see
// rate-limit/per-user-allowance.ts), beside the router's per-address limits.
import type { ApiDependencies } from "../context.ts";
import { consumeUserAllowance } from "../rate-limit/per-user-allowance.ts";

type LimitDeps = Pick<ApiDependencies, "rateLimiter" | "rateLimitPolicy">;

export function consumeTranscriptionAllowance(deps: LimitDeps, userId: string): Promise<void> {
  return consumeUserAllowance(
    deps,
    "voice.transcribe",
    userId,
    (wait) => `You have recorded many answers in a short while. Try again in ${wait}, or type your answer.`,
  );
}

export function consumeSpeechAllowance(deps: LimitDeps, userId: string): Promise<void> {
  return consumeUserAllowance(
    deps,
    "voice.speech",
    userId,
    (wait) => `Questions have been read aloud many times in a short while. Try again in ${wait}, or read the caption.`,
  );
}
