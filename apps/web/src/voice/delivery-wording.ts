// Plain words for delivery metrics: the pace verdict and the story arc's parts in order. The notes
// themselves come from the server; these are the labels around them.
import type { RouterOutputs } from "@interviewer/api";

type Delivery = NonNullable<RouterOutputs["interview"]["transcript"]["turns"][number]["delivery"]>;

const PACE_LABELS: Record<Delivery["pace"]["verdict"], string> = {
  slow: "Slow",
  steady: "Steady",
  fast: "Fast",
  unknown: "Not measured",
};

export function paceVerdictLabel(verdict: Delivery["pace"]["verdict"]): string {
  return PACE_LABELS[verdict];
}

/** Situation, task, action, result, in the order a story tells them. */
export function storyParts(story: NonNullable<Delivery["story"]>): { name: string; heard: boolean }[] {
  return [
    { name: "Situation", heard: story.situation },
    { name: "Task", heard: story.task },
    { name: "Action", heard: story.action },
    { name: "Result", heard: story.result },
  ];
}
