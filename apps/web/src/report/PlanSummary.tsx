// What the interview was set up as: topics, length, level (and where it came from), language, time
// limit, and the job description it was tailored to.
import type { RouterOutputs } from "@interviewer/api";

type Plan = RouterOutputs["interview"]["transcript"]["plan"];

const LEVEL_SOURCES: Record<Plan["difficultySource"], string> = {
  chosen: "chosen by you",
  "job-description": "from the job description",
  default: "the default",
};

export function PlanSummary({ plan, topicLabels }: { plan: Plan; topicLabels: ReadonlyMap<string, string> }) {
  return (
    <section className="card stack" aria-labelledby="plan-heading">
      <h2 id="plan-heading">Plan</h2>
      <dl className="plan-facts">
        <dt>Topics</dt>
        <dd>{plan.topics.map((topic) => topicLabels.get(topic) ?? topic).join(", ")}</dd>
        <dt>Questions</dt>
        <dd>
          {plan.questionsPerTopic} per topic, {plan.topics.length * plan.questionsPerTopic} planned
        </dd>
        <dt>Level</dt>
        <dd>
          {plan.difficulty} ({LEVEL_SOURCES[plan.difficultySource]})
        </dd>
        <dt>Language</dt>
        <dd>{plan.language}</dd>
        <dt>Time limit</dt>
        <dd>{plan.timeLimitMinutes === null ? "None" : `${plan.timeLimitMinutes} minutes`}</dd>
      </dl>
      {plan.jobDescription ? (
        <details className="job-description" data-testid="job-description">
          <summary>Job description ({plan.jobDescription.length.toLocaleString("en")} characters)</summary>
          <p className="job-description-text">{plan.jobDescription}</p>
        </details>
      ) : (
        <p className="muted">No job description: the questions were written for the level above.</p>
      )}
    </section>
  );
}
