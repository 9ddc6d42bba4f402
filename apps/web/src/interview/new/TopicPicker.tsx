// The topics of the interview, all six chosen to begin with (the product's full interview). With none
// chosen the picker says so where the choice is made, not only at the Start button.
import { ALL_TOPICS, TOPIC_OPTIONS, type TopicId } from "../plan-options.ts";

interface TopicPickerProps {
  topics: readonly TopicId[];
  onChange: (topics: TopicId[]) => void;
  /** A message about the topics from the server, if any. */
  error: string | undefined;
}

export function TopicPicker({ topics, onChange, error }: TopicPickerProps) {
  const toggle = (topic: TopicId) =>
    onChange(ALL_TOPICS.filter((t) => (t === topic ? !topics.includes(t) : topics.includes(t))));
  const message = topics.length === 0 ? "Choose at least one topic to start." : error;
  return (
    <fieldset className="card topic-picker" aria-describedby={message ? "topics-error" : undefined}>
      <legend>Topics</legend>
      <div className="topic-picker-head">
        <p className="muted" data-testid="topic-count">
          {topics.length} of {ALL_TOPICS.length} chosen
        </p>
        {topics.length < ALL_TOPICS.length && (
          <button type="button" className="link-button" onClick={() => onChange([...ALL_TOPICS])}>
            Choose all topics
          </button>
        )}
      </div>
      <div className="topic-grid">
        {ALL_TOPICS.map((topic) => (
          <label key={topic} className="check">
            <input type="checkbox" checked={topics.includes(topic)} onChange={() => toggle(topic)} />
            <span>
              <strong>{TOPIC_OPTIONS[topic].label}</strong>
              <span className="muted"> — {TOPIC_OPTIONS[topic].description}</span>
            </span>
          </label>
        ))}
      </div>
      {message && (
        <p className="field-error" id="topics-error">
          {message}
        </p>
      )}
    </fieldset>
  );
}
