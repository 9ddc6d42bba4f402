// What a score means, before the first answer: the engine's own rubric in four bands (served by
// jobDescription.planningGuide), collapsed by default so it informs without crowding the form.
import type { RouterOutputs } from "@interviewer/api";
import { scoreTone } from "../../ui/score-scale.ts";

type PlanningGuide = RouterOutputs["jobDescription"]["planningGuide"];

export function ScoringGuide({ guide }: { guide: PlanningGuide }) {
  return (
    <details className="card scoring-guide" data-testid="scoring-guide">
      <summary>How answers are scored</summary>
      <div className="stack">
        <p>
          Each answer is scored from 1 to 10 against the key points a strong answer covers, for the level of the
          interview. {guide.passingScore} is the passing bar.
        </p>
        <dl className="score-bands">
          {guide.scoreBands.map((band) => (
            <div key={band.range} className={`score-band score-band-${scoreTone(band.max * 10)}`}>
              <dt>{band.range}</dt>
              <dd>{band.meaning}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
