// Readiness for the target level: the recent average against the level's "almost" and "ready" bars.
import type { RouterOutputs } from "@interviewer/api";
import { VERDICT_LABELS } from "../ui/format.ts";
import { scoreTone } from "../ui/score-scale.ts";

type Readiness = NonNullable<RouterOutputs["dashboard"]["summary"]["readiness"]>;

export function ReadinessMeter({ readiness }: { readiness: Readiness }) {
  return (
    <section className="card stack" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Readiness ({readiness.level})</h2>
      <p className={`verdict verdict-${readiness.verdict}`} data-testid="readiness-verdict">
        {VERDICT_LABELS[readiness.verdict]}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: the native <meter> cannot draw the two thresholds. */}
      <div
        className="readiness-meter"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={readiness.averagePercent}
        aria-label={`Average ${readiness.averagePercent}%, ready at ${readiness.thresholds.ready}%`}
      >
        <span
          className={`bar-fill tone-${scoreTone(readiness.averagePercent)}`}
          style={{ width: `${readiness.averagePercent}%` }}
        />
        <span className="threshold" style={{ left: `${readiness.thresholds.almost}%` }} title="Almost" />
        <span className="threshold" style={{ left: `${readiness.thresholds.ready}%` }} title="Ready" />
      </div>
      <p className="muted">
        {readiness.averagePercent}% over your last {readiness.basedOn} interview{readiness.basedOn === 1 ? "" : "s"}.
        Almost at {readiness.thresholds.almost}%, ready at {readiness.thresholds.ready}%. {readiness.reason}
      </p>
    </section>
  );
}
