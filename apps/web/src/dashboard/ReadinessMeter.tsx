// Readiness per level practised, each from that level's own recent interviews (the server leaves out
// interviews ended early and weighs each by questions answered). The level practised last comes
// first. The meter's colour follows the verdict, so colour and words always agree.
import type { RouterOutputs } from "@interviewer/api";
import { formatDate, VERDICT_LABELS } from "../ui/format.ts";

type Readiness = RouterOutputs["dashboard"]["summary"]["readiness"][number];

const VERDICT_TONES = { ready: "high", almost: "mid", not_ready: "low" } as const;
const LEVEL_NAMES = { junior: "Junior", mid: "Mid-level", senior: "Senior" } as const;

function LevelReadiness({ readiness, primary }: { readiness: Readiness; primary: boolean }) {
  const headingId = `readiness-${readiness.level}`;
  const interviews = `${readiness.basedOn} interview${readiness.basedOn === 1 ? "" : "s"}`;
  const answers = `${readiness.answeredQuestions} answer${readiness.answeredQuestions === 1 ? "" : "s"}`;
  return (
    <li className="readiness-level stack" data-testid={`readiness-${readiness.level}`}>
      <div className="readiness-level-header">
        <h3 id={headingId}>{LEVEL_NAMES[readiness.level]}</h3>
        <p className={`verdict verdict-${readiness.verdict}`} data-testid={primary ? "readiness-verdict" : undefined}>
          {VERDICT_LABELS[readiness.verdict]}
        </p>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: the native <meter> cannot draw the two thresholds. */}
      <div
        className="readiness-meter"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={readiness.averagePercent}
        aria-label={`${LEVEL_NAMES[readiness.level]}: average ${readiness.averagePercent}%, almost at ${readiness.thresholds.almost}%, ready at ${readiness.thresholds.ready}%`}
      >
        <span
          className={`bar-fill tone-${VERDICT_TONES[readiness.verdict]}`}
          style={{ width: `${readiness.averagePercent}%` }}
        />
        <span className="threshold" style={{ left: `${readiness.thresholds.almost}%` }} title="Almost" />
        <span className="threshold" style={{ left: `${readiness.thresholds.ready}%` }} title="Ready" />
      </div>
      <p className="readiness-scale muted">
        Almost at {readiness.thresholds.almost}% · ready at {readiness.thresholds.ready}%
      </p>
      <p className="muted">
        {readiness.averagePercent}% over your last {interviews} at this level ({answers}, last on{" "}
        {formatDate(readiness.lastPractisedAt)}). {readiness.reason}
      </p>
    </li>
  );
}

export function ReadinessCard({ readiness }: { readiness: readonly Readiness[] }) {
  return (
    // With more than one level the card takes the grid's full width, levels side by side.
    <section
      className={`card stack readiness-card${readiness.length > 1 ? " readiness-card-wide" : ""}`}
      aria-labelledby="readiness-heading"
    >
      <h2 id="readiness-heading">Readiness</h2>
      {readiness.length === 0 ? (
        <p className="muted">
          Finish an interview to see how ready you are. Interviews ended early do not count towards readiness.
        </p>
      ) : (
        <ul className="readiness-levels">
          {readiness.map((level, index) => (
            <LevelReadiness key={level.level} readiness={level} primary={index === 0} />
          ))}
        </ul>
      )}
    </section>
  );
}
