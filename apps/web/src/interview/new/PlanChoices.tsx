// Questions per topic, difficulty, language and time limit. The difficulty labels are short so the
// select never cuts them off; what "Auto" will pick is said under it, from the job description's
// analysis when there is one.
import {
  DIFFICULTY_OPTIONS,
  isDifficulty,
  LANGUAGE_OPTIONS,
  type PlanSettings,
  QUESTIONS_PER_TOPIC_OPTIONS,
  TIME_LIMIT_OPTIONS,
} from "../plan-options.ts";

interface PlanChoicesProps {
  settings: PlanSettings;
  onChange: (change: Partial<PlanSettings>) => void;
  /** What "Auto" resolves to, in words (shown while Auto is chosen). */
  autoHint: string;
}

export function PlanChoices({ settings, onChange, autoHint }: PlanChoicesProps) {
  return (
    <div className="card form-grid plan-choices">
      <div className="field">
        <label htmlFor="questions-per-topic">Questions per topic</label>
        <select
          id="questions-per-topic"
          value={settings.questionsPerTopic}
          onChange={(e) => onChange({ questionsPerTopic: Number(e.target.value) })}
        >
          {QUESTIONS_PER_TOPIC_OPTIONS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="difficulty">Difficulty</label>
        <select
          id="difficulty"
          value={settings.difficulty}
          aria-describedby="difficulty-hint"
          onChange={(e) => {
            const difficulty = e.target.value;
            if (isDifficulty(difficulty)) onChange({ difficulty });
          }}
        >
          {Object.entries(DIFFICULTY_OPTIONS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <p className="field-hint" id="difficulty-hint" data-testid="difficulty-hint">
          {settings.difficulty === "auto" ? autoHint : "Questions are written for this level."}
        </p>
      </div>
      <div className="field">
        <label htmlFor="language">Programming language</label>
        <select id="language" value={settings.language} onChange={(e) => onChange({ language: e.target.value })}>
          {LANGUAGE_OPTIONS.map((l) => (
            <option key={l}>{l}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="time-limit">Time limit</label>
        <select
          id="time-limit"
          value={settings.timeLimitMinutes ?? ""}
          onChange={(e) => onChange({ timeLimitMinutes: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">No time limit</option>
          {TIME_LIMIT_OPTIONS.map((m) => (
            <option key={m} value={m}>
              {m} minutes
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
