// Plan a new interview: topics, questions per topic, difficulty, language, time limit and an optional
// job description. Starting costs one credit; without credits the page leads to billing.
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { readableError } from "../api/error-message.ts";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { DIFFICULTY_OPTIONS, type Difficulty, LANGUAGE_OPTIONS, TOPIC_OPTIONS, type TopicId } from "./plan-options.ts";
import { SAMPLE_JOB_DESCRIPTIONS } from "./sample-job-descriptions.ts";

const ALL_TOPICS = Object.keys(TOPIC_OPTIONS) as TopicId[];

export function NewInterviewPage() {
  usePageTitle("New interview");
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const billing = trpc.billing.status.useQuery();
  const [topics, setTopics] = useState<TopicId[]>(["coding", "system-design", "databases"]);
  const [questionsPerTopic, setQuestionsPerTopic] = useState(2);
  const [difficulty, setDifficulty] = useState<Difficulty>("auto");
  const [language, setLanguage] = useState("TypeScript");
  const [timeLimit, setTimeLimit] = useState("");
  const [jobDescription, setJobDescription] = useState("");
  const create = trpc.interview.create.useMutation({
    onSuccess: (interview) => {
      void utils.dashboard.summary.invalidate();
      void utils.billing.status.invalidate();
      navigate(`/interviews/${interview.id}`);
    },
  });
  const errors = create.error ? readableError(create.error) : null;
  const noCredits = billing.data?.usableCredits === 0 || errors?.reason === "NO_CREDITS";

  function toggleTopic(topic: TopicId) {
    setTopics((current) =>
      current.includes(topic)
        ? current.filter((t) => t !== topic)
        : ALL_TOPICS.filter((t) => current.includes(t) || t === topic),
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({
      topics,
      questionsPerTopic,
      difficulty,
      language,
      timeLimitMinutes: timeLimit ? Number(timeLimit) : null,
      jobDescription: jobDescription || null,
    });
  }

  return (
    <main className="page">
      <h1>New interview</h1>
      <form onSubmit={submit} className="stack" noValidate>
        <fieldset className="card">
          <legend>Topics</legend>
          <div className="topic-grid">
            {ALL_TOPICS.map((topic) => (
              <label key={topic} className="check">
                <input type="checkbox" checked={topics.includes(topic)} onChange={() => toggleTopic(topic)} />
                <span>
                  <strong>{TOPIC_OPTIONS[topic].label}</strong>
                  <span className="muted"> — {TOPIC_OPTIONS[topic].description}</span>
                </span>
              </label>
            ))}
          </div>
          {errors?.fieldErrors.topics && <p className="field-error">{errors.fieldErrors.topics[0]}</p>}
        </fieldset>
        <div className="card form-grid">
          <div className="field">
            <label htmlFor="questions-per-topic">Questions per topic</label>
            <select
              id="questions-per-topic"
              value={questionsPerTopic}
              onChange={(e) => setQuestionsPerTopic(Number(e.target.value))}
            >
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="difficulty">Difficulty</label>
            <select id="difficulty" value={difficulty} onChange={(e) => setDifficulty(e.target.value as Difficulty)}>
              {(Object.keys(DIFFICULTY_OPTIONS) as Difficulty[]).map((d) => (
                <option key={d} value={d}>
                  {DIFFICULTY_OPTIONS[d]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="language">Programming language</label>
            <select id="language" value={language} onChange={(e) => setLanguage(e.target.value)}>
              {LANGUAGE_OPTIONS.map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="time-limit">Time limit</label>
            <select id="time-limit" value={timeLimit} onChange={(e) => setTimeLimit(e.target.value)}>
              <option value="">No time limit</option>
              {[15, 30, 45, 60, 90].map((m) => (
                <option key={m} value={m}>
                  {m} minutes
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="card stack">
          <label htmlFor="job-description">Job description (optional)</label>
          <p className="muted" id="job-description-hint">
            Paste the ad you are applying to: questions and difficulty are tailored to it.
          </p>
          <textarea
            id="job-description"
            rows={7}
            value={jobDescription}
            aria-describedby="job-description-hint"
            onChange={(e) => setJobDescription(e.target.value)}
          />
          <fieldset className="sample-list">
            <legend className="muted">Try a sample:</legend>
            {SAMPLE_JOB_DESCRIPTIONS.map((sample) => (
              <button
                key={sample.title}
                type="button"
                className="btn btn-small"
                onClick={() => setJobDescription(sample.text)}
              >
                {sample.title}
              </button>
            ))}
          </fieldset>
        </div>
        <div className="card stack cost-note" aria-live="polite">
          <p>
            <strong>Starting costs one credit.</strong>{" "}
            {billing.data &&
              `You have ${billing.data.usableCredits} credit${billing.data.usableCredits === 1 ? "" : "s"}.`}
          </p>
          {noCredits && (
            <p data-testid="no-credits">
              You have no credits left. <Link to="/billing">Buy a credit or choose a plan</Link> to start.
            </p>
          )}
          {errors?.reason !== "NO_CREDITS" && <ErrorMessage error={create.error} />}
          <button
            type="submit"
            className="btn btn-primary"
            disabled={create.isPending || topics.length === 0 || billing.data?.usableCredits === 0}
          >
            {create.isPending ? "Preparing your interview…" : "Start interview (1 credit)"}
          </button>
        </div>
      </form>
    </main>
  );
}
