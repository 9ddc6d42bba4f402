// What to study next, grouped by topic: each missed point (capitalised, as a heading of its own, not
// glued into a sentence), how a strong answer puts it, a link to the question where it was missed,
// and what to read for the topic.
import type { RouterOutputs } from "@interviewer/api";
import { entryForQuestion, type ReportEntry } from "./report-entries.ts";

type Report = RouterOutputs["interview"]["report"]["report"];

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface StudyListProps {
  report: Report;
  entries: readonly ReportEntry[];
  onJump(entry: ReportEntry): void;
}

export function StudyList({ report, entries, onJump }: StudyListProps) {
  const labels = new Map(report.topics.map((topic) => [topic.topic, topic.label]));
  const groups = [...new Set(report.studyList.map((item) => item.topic))].map((topic) => ({
    topic,
    label: labels.get(topic) ?? topic,
    items: report.studyList.filter((item) => item.topic === topic),
    reading: report.reading.find((entry) => entry.topic === topic)?.resources ?? [],
  }));
  return (
    <section className="card stack" aria-labelledby="study-heading" data-testid="study-list">
      <h2 id="study-heading">What to study next</h2>
      {groups.length === 0 && <p className="muted">Nothing missed. Well done.</p>}
      {groups.map((group) => (
        <section key={group.topic} className="study-topic" aria-labelledby={`study-${group.topic}`}>
          <h3 id={`study-${group.topic}`}>{group.label}</h3>
          <ul className="study-points">
            {group.items.map((item) => {
              const entry = entryForQuestion(entries, item.questionText);
              return (
                <li key={item.keyPoint}>
                  <strong>{capitalised(item.keyPoint)}</strong>
                  {item.hint && <p className="muted">A strong answer says: “{item.hint}”</p>}
                  {entry && (
                    <a
                      href={`#${entry.anchor}`}
                      className="study-source"
                      onClick={(event) => {
                        event.preventDefault();
                        onJump(entry);
                      }}
                    >
                      Missed in question {entry.number}
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
          {group.reading.length > 0 && (
            <div className="study-reading">
              <h4>Read</h4>
              <ul>
                {group.reading.map((resource) => (
                  <li key={resource.title}>
                    {resource.url ? (
                      <a href={resource.url} target="_blank" rel="noopener noreferrer">
                        {resource.title}
                      </a>
                    ) : (
                      <cite>{resource.title}</cite>
                    )}{" "}
                    — {resource.why}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      ))}
    </section>
  );
}
