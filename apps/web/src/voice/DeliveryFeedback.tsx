// How a spoken answer came across, shown after its evaluation (in the room, the thread and the report):
// pace with a plain verdict, filler words, long pauses, length against what the question expects and,
// for a behavioral story, which parts of situation-task-action-result were heard. The server writes
// each note; this lays them out as a short list a screen reader reads as one.
import type { RouterOutputs } from "@interviewer/api";
import { paceVerdictLabel, storyParts } from "./delivery-wording.ts";
import "./voice.css";

export type DeliveryMetrics = NonNullable<RouterOutputs["interview"]["transcript"]["turns"][number]["delivery"]>;

export function DeliveryFeedback({
  delivery,
  headingLevel = 3,
}: {
  delivery: DeliveryMetrics;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = headingLevel === 2 ? "h2" : headingLevel === 3 ? "h3" : "h4";
  const { pace, fillers, pauses, length, story } = delivery;
  return (
    <section className="delivery stack" data-testid="delivery-feedback" aria-label="How you came across">
      <Heading>How you came across</Heading>
      <dl className="delivery-list">
        <div>
          <dt>Pace</dt>
          <dd>
            <strong>{paceVerdictLabel(pace.verdict)}.</strong> {pace.note}
          </dd>
        </div>
        <div>
          <dt>Filler words</dt>
          <dd>
            <strong>{fillers.total}.</strong> {fillers.note}
          </dd>
        </div>
        <div>
          <dt>Long pauses</dt>
          <dd>
            {pauses.longPauses !== null && <strong>{pauses.longPauses}</strong>}
            {pauses.longPauses !== null && ". "}
            {pauses.note}
          </dd>
        </div>
        <div>
          <dt>Length</dt>
          <dd>
            <strong>{delivery.wordCount} words</strong> (expected {length.expectedMinWords}–{length.expectedMaxWords}).{" "}
            {length.note}
          </dd>
        </div>
        {story && (
          <div>
            <dt>Story arc</dt>
            <dd>
              <ul className="story-arc" aria-label="Parts of the story heard">
                {storyParts(story).map((part) => (
                  <li key={part.name} className={part.heard ? "arc-heard" : "arc-missing"}>
                    {part.name}: {part.heard ? "heard" : "missing"}
                  </li>
                ))}
              </ul>
              {story.note}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
