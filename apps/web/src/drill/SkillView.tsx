// The skill view: each key area's (topic's) strength over the last weeks — the weekly mean score of the
// answers on it, interviews and drills alike, as a percentage — with its drill cards and how many are
// due. The chart (recharts, the dashboard's chart library) loads lazily; the list beside it says the
// same in words, so the view reads without the chart.
import { lazy, Suspense } from "react";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { Loading } from "../ui/Loading.tsx";
import "./drill.css";

const SkillChart = lazy(() => import("./SkillChart.tsx"));
const WEEKS_SHOWN = 12;

export function SkillView() {
  const skills = trpc.drill.skills.useQuery({ weeks: WEEKS_SHOWN });
  if (skills.isPending) return null;
  if (skills.error) return <ErrorMessage error={skills.error} onRetry={() => void skills.refetch()} />;
  const { topics } = skills.data;
  if (topics.length === 0) return null;
  return (
    <section className="card stack skill-view" aria-labelledby="skills-heading" data-testid="skill-view">
      <h2 id="skills-heading">Skills over time</h2>
      <p className="muted">Weekly average score per topic over the last {WEEKS_SHOWN} weeks, interviews and drills.</p>
      <Suspense fallback={<Loading label="Loading the skill chart…" />}>
        <SkillChart topics={topics} />
      </Suspense>
      <ul className="skill-list">
        {topics.map((topic) => (
          <li key={topic.topic} data-testid="skill-topic">
            <span className="drill-card-label">{topic.topicLabel}</span>
            <span>
              {topic.strengthPercent === null ? "no recent answers" : `${topic.strengthPercent}% latest week`}
            </span>
            <span className="muted">
              {topic.cards} card{topic.cards === 1 ? "" : "s"}, {topic.dueCards} due
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
