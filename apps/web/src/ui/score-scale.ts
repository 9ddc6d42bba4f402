// One colour scale for scores everywhere (badges, meters, charts): the same thresholds the engine
// uses for strong and weak topics, so a colour always means the same thing.
export type ScoreTone = "low" | "mid" | "high";

/** 70% is the engine's "strong" bar (7/10 passes); under 50% is a weak topic. */
export function scoreTone(percent: number): ScoreTone {
  if (percent >= 70) return "high";
  if (percent >= 50) return "mid";
  return "low";
}

/** The CSS custom property of a tone, for charts that need a colour value. */
export function scoreColor(percent: number): string {
  return `var(--score-${scoreTone(percent)})`;
}
