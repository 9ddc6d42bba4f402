// The interview room: the current topic and question with progress, the timer, the answer editor
// (with Run for coding questions whose code runs), the streamed feedback and then the full evaluation,
// with the hidden tests' verdicts for code that ran, and one retry. Everything is derived from
// interview.get, so a reload continues exactly where the interview was (including a live evaluation).
import { useCallback, useEffect } from "react";
import { Link, useBlocker, useNavigate, useParams } from "react-router";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { STATUS_LABELS } from "../ui/format.ts";
import { Loading } from "../ui/Loading.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { AnswerEditor } from "./AnswerEditor.tsx";
import { clearDraft } from "./answer-draft.ts";
import { CodeRunResults } from "./CodeRunResults.tsx";
import { EvaluationDetails } from "./EvaluationDetails.tsx";
import { EvaluationStream } from "./EvaluationStream.tsx";
import { clearEditorLanguage } from "./editor-language.ts";
import { InterviewTimer } from "./InterviewTimer.tsx";
import { useSeenEvaluations } from "./seen-evaluations.ts";

export default function InterviewRoomPage() {
  usePageTitle("Interview");
  const { interviewId = "" } = useParams();
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const interview = trpc.interview.get.useQuery(
    { interviewId },
    // A new interview may still be preparing its first question.
    { refetchInterval: (query) => (query.state.data?.status === "preparing" ? 1000 : false) },
  );
  const { hasSeen, markSeen } = useSeenEvaluations();
  const setView = (view: NonNullable<typeof interview.data>) => utils.interview.get.setData({ interviewId }, view);
  // submitAnswer returns the interview with the question now being evaluated: no refetch needed.
  const submit = trpc.interview.submitAnswer.useMutation({
    onSuccess: (next, input) => {
      clearDraft(input.turnId);
      clearEditorLanguage(input.turnId);
      setView(next);
    },
  });
  const retry = trpc.interview.retryQuestion.useMutation({ onSuccess: setView });
  const pause = trpc.interview.pause.useMutation({
    onSuccess: (view) => {
      setView(view);
      void utils.dashboard.summary.invalidate();
      navigate("/dashboard");
    },
  });
  const resume = trpc.interview.resume.useMutation({ onSuccess: setView });
  const abandon = trpc.interview.abandon.useMutation({ onSuccess: setView });

  const view = interview.data;
  const question = view?.currentQuestion ?? null;
  const evaluating = question?.evaluationStatus === "pending" || submit.isPending;

  // Leaving while the answer is being graded would lose the live feedback: ask first.
  const blocker = useBlocker(evaluating);
  useEffect(() => {
    if (!evaluating) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [evaluating]);

  const onEvaluated = useCallback(() => {
    void utils.dashboard.summary.invalidate();
    void interview.refetch();
  }, [interview, utils]);
  const onTimeUp = useCallback(() => void interview.refetch(), [interview]);

  if (interview.isPending) return <Loading label="Loading your interview…" />;
  if (interview.error || !view) {
    return (
      <main className="page">
        <ErrorMessage error={interview.error} onRetry={() => void interview.refetch()} />
      </main>
    );
  }

  const live = view.status === "active" || view.status === "paused";
  const last = view.lastEvaluation;
  const showLast = last && !hasSeen(last.turnId) && !(question && question.evaluationStatus === "pending");
  const { progress } = view;

  return (
    <main className="page room">
      <header className="room-header">
        <div>
          <p className="eyebrow" data-testid="progress">
            {showLast && question && "Next: "}
            {progress.topicIndex !== null && progress.topicIndex >= 0
              ? `Topic ${progress.topicIndex + 1} of ${progress.topicCount}: ${progress.topicLabel}`
              : `${progress.topicCount} topics`}
            {progress.questionIndex !== null &&
              ` · Question ${progress.questionIndex + 1} of ${progress.questionsPerTopic}`}
          </p>
          <progress
            value={progress.answered}
            max={progress.total}
            aria-label={`${progress.answered} of ${progress.total} questions answered`}
          />
        </div>
        <div className="room-actions">
          {view.timeLeftMs !== null && (
            <InterviewTimer timeLeftMs={view.timeLeftMs} running={view.status === "active"} onTimeUp={onTimeUp} />
          )}
          {view.status === "active" && (
            <button
              type="button"
              className="btn"
              onClick={() => pause.mutate({ interviewId })}
              disabled={pause.isPending || evaluating}
            >
              Pause and leave
            </button>
          )}
          {live && (
            <button
              type="button"
              className="btn btn-danger"
              disabled={abandon.isPending || evaluating}
              onClick={() => {
                if (
                  window.confirm(
                    "End the interview now? The report covers what you answered; the credit is not returned.",
                  )
                ) {
                  abandon.mutate({ interviewId });
                }
              }}
            >
              End interview
            </button>
          )}
        </div>
      </header>
      <ErrorMessage error={pause.error ?? resume.error ?? abandon.error ?? retry.error} />

      {view.status === "preparing" && <Loading label="Preparing your first question…" />}

      {view.status === "paused" && (
        <section className="card stack">
          <h1>Interview paused</h1>
          <p>The timer is stopped. Resume when you are ready.</p>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => resume.mutate({ interviewId })}
            disabled={resume.isPending}
          >
            Resume interview
          </button>
        </section>
      )}

      {showLast && last?.evaluation && (
        <section className="card stack" aria-labelledby="evaluation-heading">
          <h1 id="evaluation-heading">Your evaluation</h1>
          <p className="muted">
            {last.questionText}
            {last.attempt > 1 && " (second attempt)"}
          </p>
          {last.codeResult && <CodeRunResults result={last.codeResult} tests="hidden" headingLevel={2} />}
          <EvaluationDetails evaluation={last.evaluation} headingLevel={2} />
          <div className="actions">
            {last.canRetry && view.status === "active" && (
              <button
                type="button"
                className="btn"
                disabled={retry.isPending}
                onClick={() => retry.mutate({ interviewId }, { onSuccess: () => markSeen(last.turnId) })}
              >
                Retry this question
              </button>
            )}
            {live ? (
              <button type="button" className="btn btn-primary" onClick={() => markSeen(last.turnId)}>
                {question ? "Next question" : "Continue"}
              </button>
            ) : (
              <Link className="btn btn-primary" to={`/interviews/${interviewId}/report`}>
                See your report
              </Link>
            )}
          </div>
        </section>
      )}

      {view.status === "active" && !showLast && question && (
        <section className="stack" aria-labelledby="question-heading">
          <div className="card question">
            <p className="eyebrow">
              {question.kind === "follow-up" ? "Follow-up" : "Question"}
              {question.attempt > 1 && " · second attempt"}
            </p>
            <h1 id="question-heading" className="question-text">
              {question.text}
            </h1>
          </div>
          {question.evaluationStatus === "awaiting_answer" && !submit.isPending ? (
            <AnswerEditor
              key={question.turnId}
              interviewId={interviewId}
              turnId={question.turnId}
              isCoding={question.isCoding}
              language={view.plan.language}
              runnable={question.runnable}
              submitting={submit.isPending}
              onSubmit={(answer, language) => submit.mutate({ interviewId, turnId: question.turnId, answer, language })}
            />
          ) : (
            <>
              {question.answer && (
                <details className="card">
                  <summary>Your answer</summary>
                  <pre className="answer-pre">{question.answer}</pre>
                </details>
              )}
              {question.codeResult && (
                <section className="card" aria-live="polite">
                  <CodeRunResults result={question.codeResult} tests="hidden" headingLevel={2} />
                </section>
              )}
              {question.evaluationStatus === "pending" ? (
                <EvaluationStream interviewId={interviewId} turnId={question.turnId} onResult={onEvaluated} />
              ) : (
                <Loading
                  label={
                    submit.variables?.language
                      ? "Running your code against the hidden tests…"
                      : "Submitting your answer…"
                  }
                />
              )}
            </>
          )}
          <ErrorMessage error={submit.error} />
        </section>
      )}

      {view.status === "active" && !showLast && !question && (
        <section className="card stack">
          <h1>Your next question is not ready</h1>
          <p>It could not be written a moment ago. Continue to try again.</p>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => resume.mutate({ interviewId })}
            disabled={resume.isPending}
          >
            Continue
          </button>
        </section>
      )}

      {!live && view.status !== "preparing" && !showLast && (
        <section className="card stack">
          <h1>Interview {STATUS_LABELS[view.status]?.toLowerCase()}</h1>
          {view.report ? (
            <Link className="btn btn-primary" to={`/interviews/${interviewId}/report`}>
              See your report
            </Link>
          ) : (
            <p>This interview has no report.</p>
          )}
        </section>
      )}

      {blocker.state === "blocked" && (
        <div className="dialog-backdrop">
          <div className="card dialog stack" role="alertdialog" aria-modal="true" aria-labelledby="leave-heading">
            <h2 id="leave-heading">Your answer is being evaluated</h2>
            <p>If you leave now you will miss the live feedback (it is saved; you can read it when you come back).</p>
            <div className="actions">
              {/* biome-ignore lint/a11y/noAutofocus: the dialog must take focus to be usable by keyboard. */}
              <button type="button" className="btn btn-primary" autoFocus onClick={() => blocker.reset()}>
                Stay
              </button>
              <button type="button" className="btn" onClick={() => blocker.proceed()}>
                Leave anyway
              </button>
            </div>
          </div>
        </div>
      )}
    </main>
  );
}
