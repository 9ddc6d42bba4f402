// Plan a new interview: topics, questions per topic, difficulty, language, time limit and an optional
// job description. It starts from the product's full interview (all six topics) or, on later visits,
// from this account's last choices; the job description is analysed for free as it is written, so the
// candidate sees the level, stack and domain before spending the one credit that starting costs.
import { type FormEvent, useEffect, useState } from "react";
import { Link, useNavigate } from "react-router";
import { readableError } from "../api/error-message.ts";
import { trpc } from "../api/trpc.ts";
import { useSession } from "../auth/use-session.ts";
import { TailorToResume } from "../resume/TailorToResume.tsx";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { VoiceModeOption } from "../voice/VoiceModeOption.tsx";
import { JobAnalysisPanel, type TextState } from "./new/JobAnalysisPanel.tsx";
import { JobDescriptionField } from "./new/JobDescriptionField.tsx";
import { PlanChoices } from "./new/PlanChoices.tsx";
import { loadPlanSettings, savePlanSettings } from "./new/remembered-settings.ts";
import { ScoringGuide } from "./new/ScoringGuide.tsx";
import { TopicPicker } from "./new/TopicPicker.tsx";
import { isAnalysable, type PreviewState, useJobDescriptionPreview } from "./new/use-job-description-preview.ts";
import { DEFAULT_PLAN_SETTINGS, DIFFICULTY_OPTIONS, type PlanSettings } from "./plan-options.ts";
import "./new/new-interview.css";

const format = (n: number) => n.toLocaleString("en");

function sameSettings(a: PlanSettings, b: PlanSettings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function NewInterviewPage() {
  usePageTitle("New interview");
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const session = useSession();
  // Behind RequireSignIn the session is always signed in; the fallback only keeps the types honest.
  const userId = session.status === "signedIn" ? session.user.id : null;
  const billing = trpc.billing.status.useQuery();
  // Static per deployment: the length limit, "auto" without a job description, and the score scale.
  const guide = trpc.jobDescription.planningGuide.useQuery(undefined, { staleTime: Number.POSITIVE_INFINITY });
  const [settings, setSettings] = useState<PlanSettings>(() =>
    userId ? loadPlanSettings(userId) : { ...DEFAULT_PLAN_SETTINGS },
  );
  const [restored] = useState(() => !sameSettings(settings, DEFAULT_PLAN_SETTINGS));
  const [jobDescription, setJobDescription] = useState("");
  const [useResume, setUseResume] = useState(false);
  const [voice, setVoice] = useState(false);
  const maxChars = guide.data?.maxJobDescriptionChars;
  const preview = useJobDescriptionPreview(jobDescription, maxChars);

  useEffect(() => {
    if (userId) savePlanSettings(userId, settings);
  }, [userId, settings]);

  const create = trpc.interview.create.useMutation({
    onSuccess: (interview) => {
      void utils.dashboard.summary.invalidate();
      void utils.billing.status.invalidate();
      navigate(`/interviews/${interview.id}`);
    },
  });
  const errors = create.error ? readableError(create.error) : null;
  const noCredits = billing.data?.usableCredits === 0 || errors?.reason === "NO_CREDITS";

  const textState: TextState =
    jobDescription.trim() === "" ? "empty" : isAnalysable(jobDescription, maxChars) ? "analysable" : "too-long";
  const blockedReason =
    settings.topics.length === 0
      ? "Choose at least one topic to start."
      : textState === "too-long" && maxChars !== undefined
        ? `Shorten the job description to ${format(maxChars)} characters or fewer to start.`
        : null;
  const previewFieldError =
    preview.current && preview.state.status === "failed"
      ? readableError(preview.state.error).fieldErrors.jobDescription?.[0]
      : undefined;

  const change = (next: Partial<PlanSettings>) => setSettings((current) => ({ ...current, ...next }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (blockedReason) return;
    create.mutate({
      topics: settings.topics,
      questionsPerTopic: settings.questionsPerTopic,
      difficulty: settings.difficulty,
      language: settings.language,
      timeLimitMinutes: settings.timeLimitMinutes,
      jobDescription: jobDescription || null,
      useResume,
      voice,
    });
  }

  return (
    <main className="page new-interview">
      <h1>New interview</h1>
      {restored && !sameSettings(settings, DEFAULT_PLAN_SETTINGS) && (
        <p className="muted remembered-note" data-testid="remembered-note">
          Your choices from last time are filled in.{" "}
          <button type="button" className="link-button" onClick={() => setSettings({ ...DEFAULT_PLAN_SETTINGS })}>
            Reset to the full interview
          </button>
        </p>
      )}
      <form onSubmit={submit} className="stack" noValidate>
        <TopicPicker
          topics={settings.topics}
          onChange={(topics) => change({ topics })}
          error={errors?.fieldErrors.topics?.[0]}
        />
        <PlanChoices settings={settings} onChange={change} autoHint={autoHint(jobDescription, preview, guide.data)} />
        <div className="jd-layout">
          <div className="card">
            <JobDescriptionField
              value={jobDescription}
              onChange={setJobDescription}
              maxChars={maxChars}
              canAnalyseNow={preview.canAnalyseNow}
              onAnalyse={preview.analyseNow}
              error={errors?.fieldErrors.jobDescription?.[0] ?? previewFieldError}
            />
          </div>
          <JobAnalysisPanel state={preview.state} current={preview.current} text={textState} />
        </div>
        <div className="card">
          <TailorToResume checked={useResume} onChange={setUseResume} />
        </div>
        <div className="card">
          <VoiceModeOption checked={voice} onChange={setVoice} />
        </div>
        {guide.data && <ScoringGuide guide={guide.data} />}
        <div className="card stack cost-note" aria-live="polite">
          <p>
            <strong>Starting costs one credit.</strong>{" "}
            {billing.data &&
              `You have ${billing.data.usableCredits} credit${billing.data.usableCredits === 1 ? "" : "s"}.`}{" "}
            Seeing what we found in the job description is free.
          </p>
          {noCredits && (
            <p data-testid="no-credits">
              You have no credits left. <Link to="/billing">Buy a credit or choose a plan</Link> to start.
            </p>
          )}
          {errors?.reason !== "NO_CREDITS" && <ErrorMessage error={create.error} />}
          {blockedReason && (
            <p className="field-error" id="start-blocked-reason" data-testid="start-blocked-reason">
              {blockedReason}
            </p>
          )}
          <button
            type="submit"
            className="btn btn-primary"
            aria-describedby={blockedReason ? "start-blocked-reason" : undefined}
            disabled={create.isPending || blockedReason !== null || billing.data?.usableCredits === 0}
          >
            {create.isPending ? "Preparing your interview…" : "Start interview (1 credit)"}
          </button>
        </div>
      </form>
    </main>
  );
}

/** What "Auto" difficulty will pick, in words, from what is known so far. */
function autoHint(
  jobDescription: string,
  preview: { state: PreviewState; current: boolean },
  guide: { autoDifficultyWithoutJobDescription: keyof typeof DIFFICULTY_OPTIONS } | undefined,
): string {
  if (preview.current && preview.state.status === "ready") {
    return `Auto picks ${DIFFICULTY_OPTIONS[preview.state.preview.autoDifficulty]} from your job description.`;
  }
  if (jobDescription.trim() !== "")
    return "Auto picks the level your job description asks for, shown once it is analysed.";
  return guide
    ? `Auto picks ${DIFFICULTY_OPTIONS[guide.autoDifficultyWithoutJobDescription]} without a job description, or the level a job description asks for.`
    : "Auto picks the level a job description asks for.";
}
