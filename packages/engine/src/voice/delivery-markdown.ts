// The spoken answers' part of the Markdown export (report/render-markdown.ts): under a spoken answer,
// its delivery (pace, fillers, pauses, length and, for a behavioral story, the arc) as figures with
// the notes the candidate saw after answering; in the report, the summary across spoken answers. Pure.
import type { DeliveryMetrics, DeliverySummary } from "./delivery-schema.ts";

const PACE_WORDS = { slow: "slow", steady: "steady", fast: "fast", unknown: "not measured" } as const;
const LENGTH_WORDS = { short: "short", right: "about right", long: "long" } as const;

const perMinute = (value: number | null, unit: string) => (value === null ? "not measured" : `${value} ${unit}`);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** One spoken answer's delivery; `inline` is the export's one-line escaping of text. */
export function deliveryMarkdownLines(delivery: DeliveryMetrics, inline: (text: string) => string): string[] {
  const seconds = Math.round(delivery.durationMs / 1000);
  const fillers =
    delivery.fillers.top.length > 0
      ? ` (${delivery.fillers.top.map(({ filler, count }) => `“${inline(filler)}” ×${count}`).join(", ")})`
      : "";
  const lines = [
    `Delivery (spoken, ${seconds} s, ${plural(delivery.wordCount, "word")}):`,
    `- Pace: ${perMinute(delivery.pace.wordsPerMinute, "words a minute")}, ${PACE_WORDS[delivery.pace.verdict]}. ${inline(delivery.pace.note)}`,
    `- Fillers: ${delivery.fillers.total}${fillers}. ${inline(delivery.fillers.note)}`,
    `- Pauses: ${delivery.pauses.longPauses === null ? "not measured" : plural(delivery.pauses.longPauses, "long pause")}. ${inline(delivery.pauses.note)}`,
    `- Length: ${LENGTH_WORDS[delivery.length.verdict]} (${delivery.length.expectedMinWords}–${delivery.length.expectedMaxWords} words expected). ${inline(delivery.length.note)}`,
  ];
  const { story } = delivery;
  if (story) {
    const parts = [
      ["situation", story.situation],
      ["task", story.task],
      ["action", story.action],
      ["result", story.result],
    ] as const;
    const heard = parts.filter(([, present]) => present).map(([name]) => name);
    lines.push(
      `- Story: ${heard.length > 0 ? `heard ${heard.join(", ")}` : "no part of the arc heard"}. ${inline(story.note)}`,
    );
  }
  return [...lines, ""];
}

/** The report's summary across spoken answers. */
export function deliverySummaryMarkdownLines(summary: DeliverySummary, inline: (text: string) => string): string[] {
  const lines = [
    "### Delivery (spoken answers)",
    "",
    `- Spoken answers: ${summary.spokenAnswers}`,
    `- Median pace: ${perMinute(summary.medianWordsPerMinute, "words a minute")}`,
    `- Fillers: ${perMinute(summary.fillersPerMinute, "a minute")}`,
    `- Long pauses: ${summary.longPauses}`,
  ];
  if (summary.stories > 0)
    lines.push(`- Stories with the full arc: ${summary.storiesWithFullArc} of ${summary.stories}`);
  return [...lines, "", inline(summary.note), ""];
}
