// A score with its colour and its words: colour is never the only signal.
import { scoreTone } from "./score-scale.ts";

export function ScoreBadge({ percent, outOfTen }: { percent: number | null; outOfTen?: boolean }) {
  if (percent === null) return <span className="score-badge score-none">No score</span>;
  const label = outOfTen ? `${Math.round(percent / 10)}/10` : `${Math.round(percent)}%`;
  return (
    <span className={`score-badge score-${scoreTone(percent)}`} data-testid="score">
      {label}
    </span>
  );
}
