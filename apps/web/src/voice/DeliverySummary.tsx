// The report's summary of how the spoken answers came across (report.delivery, written by the engine):
// the median pace, filler words a minute, long pauses and how many stories had the whole arc. Absent
// when no answer was spoken.
import type { RouterOutputs } from "@interviewer/api";
import "./voice.css";

type Summary = NonNullable<RouterOutputs["interview"]["report"]["report"]["delivery"]>;

export function DeliverySummary({ summary }: { summary: Summary }) {
  return (
    <section className="card stack delivery-summary" aria-labelledby="delivery-summary-heading">
      <h2 id="delivery-summary-heading">How you came across</h2>
      <p>{summary.note}</p>
      <dl className="delivery-list">
        <div>
          <dt>Spoken answers</dt>
          <dd>{summary.spokenAnswers}</dd>
        </div>
        <div>
          <dt>Median pace</dt>
          <dd>
            {summary.medianWordsPerMinute === null
              ? "Not measured (answers too short)"
              : `${Math.round(summary.medianWordsPerMinute)} words a minute`}
          </dd>
        </div>
        <div>
          <dt>Filler words</dt>
          <dd>{summary.fillersPerMinute === null ? "Not measured" : `${summary.fillersPerMinute} a minute`}</dd>
        </div>
        <div>
          <dt>Long pauses</dt>
          <dd>{summary.longPauses}</dd>
        </div>
        {summary.stories > 0 && (
          <div>
            <dt>Stories with the whole arc</dt>
            <dd>
              {summary.storiesWithFullArc} of {summary.stories}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
