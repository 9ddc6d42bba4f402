// The interview room, read as a conversation: the thread of earlier questions (answers, scores,
// feedback) above the open question, with its progress among the planned questions and the timer;
// the answer editor (prose, code in any language, Run for code that runs, Skip); the streamed
// feedback and then the full evaluation, with the hidden tests' verdicts for code that ran; one
// retry, which starts from the first attempt's gaps. After each step focus moves to the new screen's
// heading and a new question is announced. Everything is derived from interview.get, so a reload
// continues exactly where the interview was (including a live evaluation).
import { type ReactElement, useCallback, useEffect, useState } from "react";
import { Link, useBlocker, useNavigate, useParams } from "react-router";
import { trpc } from "../api/trpc.ts";
import { DrillLabel } from "../drill/DrillLabel.tsx";
import { AnswerView } from "../report/AnswerView.tsx";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { STATUS_LABELS } from "../ui/format.ts";
import { Loading } from "../ui/Loading.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { AnswerByVoice } from "../voice/AnswerByVoice.tsx";
import { DeliveryFeedback } from "../voice/DeliveryFeedback.tsx";
import { ReadQuestionAloud } from "../voice/ReadQuestionAloud.tsx";
import { AnswerEditor } from "./AnswerEditor.tsx";
import { AskInterviewer } from "./AskInterviewer.tsx";
import { clearDraft } from "./answer-draft.ts";
import { CodeRunResults } from "./CodeRunResults.tsx";
import { ConversationThread } from "./ConversationThread.tsx";
import { EvaluationDetails } from "./EvaluationDetails.tsx";
import { EvaluationStream } from "./EvaluationStream.tsx";
import { clearEditorLanguage } from "./editor-language.ts";
import { FirstAttempt } from "./FirstAttempt.tsx";
import { InterviewTimer } from "./InterviewTimer.tsx";
import { answeredText, progressText, questionAnnouncement } from "./progress-wording.ts";
import { useSeenEvaluations } from "./seen-evaluations.ts";
import { codeLanguageOf } from "./thread-entries.ts";
import { type RoomScreen, useFocusOnScreenChange } from "./use-focus-on-screen-change.ts";
import "./interview-room.css";

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
  // Voice mode: the question on screen is the caption while it is read aloud.
  const [speaking, setSpeaking] = useState(false);
  const setView = (view: NonNullable<typeof interview.data>) => utils.interview.get.setData({ interviewId }, view);
  // submitAnswer and skipQuestion return the interview with the question now being evaluated: no
  // refetch needed; the evaluation is followed the same way for both.
  const onAnswered = (next: NonNullable<typeof interview.data>, input: { turnId: string }) => {
    clearDraft(input.turnId);
    clearEditorLanguage(input.turnId);
    setView(next);
  };
  const submit = trpc.interview.submitAnswer.useMutation({ onSuccess: onAnswered });
  const skip = trpc.interview.skipQuestion.useMutation({ onSuccess: onAnswered });
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
  const sending = submit.isPending || skip.isPending;
  const evaluating = question?.evaluationStatus === "pending" || sending;
  const last = view?.lastEvaluation ?? null;
  const showLast = last !== null && !hasSeen(last.turnId) && !(question && question.evaluationStatus === "pending");
  const answering = view?.status === "active" && !showLast && question?.evaluationStatus === "awaiting_answer";
  useFocusOnScreenChange(roomScreen());

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
  const { progress } = view;

  return (
    <main className="page room">
      {/* Says each new question aloud; the heading it moved focus to says it again for a reader that stays. */}
      <p className="visually-hidden" role="status" data-testid="question-announcement">
        {answering && question ? questionAnnouncement(progress, question) : ""}
      </p>
      <header className="room-header">
        <div>
          <DrillLabel view={view} />
          <p className="eyebrow" data-testid="progress">
            {showLast && question && "Next: "}
            {progressText(progress, question)}
          </p>
          <progress value={progress.answered} max={progress.total} aria-label={answeredText(progress)} />
        </div>
        <div className="room-actions">
          {view.timeLeftMs !== null && view.plan.timeLimitMinutes !== null && (
            <InterviewTimer
              timeLeftMs={view.timeLeftMs}
              limitMs={view.plan.timeLimitMinutes * 60_000}
              running={view.status === "active"}
              onTimeUp={onTimeUp}
            />
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
          <h1 id="paused-heading" tabIndex={-1}>
            Interview paused
          </h1>
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

      {view.status === "active" && <ConversationThread thread={view.thread} planLanguage={view.plan.language} />}

      {showLast && last?.evaluation && (
        <section className="card stack" aria-labelledby="evaluation-heading" data-testid="latest-evaluation">
          <h1 id="evaluation-heading" className="room-question-heading" tabIndex={-1}>
            Your evaluation
          </h1>
          <p className="muted">
            {last.questionText}
            {last.attempt > 1 && " (second attempt)"}
          </p>
          {last.codeResult && <CodeRunResults result={last.codeResult} tests="hidden" headingLevel={2} />}
          <EvaluationDetails evaluation={last.evaluation} headingLevel={2} />
          {last.delivery && <DeliveryFeedback delivery={last.delivery} headingLevel={2} />}
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
            <h1
              id="question-heading"
              className="question-text room-question-heading"
              tabIndex={-1}
              data-speaking={view.voice && speaking}
            >
              {question.text}
            </h1>
            {view.voice && answering && (
              <ReadQuestionAloud
                key={question.turnId}
                interviewId={interviewId}
                turnId={question.turnId}
                text={question.text}
                onSpeakingChange={setSpeaking}
              />
            )}
          </div>
          {answering && question.firstAttempt && (
            <FirstAttempt attempt={question.firstAttempt} codeLanguage={codeLanguageOf(question, view.plan.language)} />
          )}
          {answering && !sending && (
            <AskInterviewer interviewId={interviewId} question={question} busy={sending} onAsked={setView} />
          )}
          {answering && !sending ? (
            withVoice(
              <AnswerEditor
                key={question.turnId}
                interviewId={interviewId}
                turnId={question.turnId}
                topic={question.topic}
                isCoding={question.isCoding}
                planLanguage={view.plan.language}
                runnable={question.runnable}
                busy={sending}
                onSubmit={({ prose, code, diagram }) =>
                  submit.mutate({ interviewId, turnId: question.turnId, answer: prose, code, diagram })
                }
                onSkip={() => skip.mutate({ interviewId, turnId: question.turnId })}
              />,
              question.turnId,
            )
          ) : (
            <>
              {question.skipped ? (
                <p className="card muted">You skipped this question.</p>
              ) : (
                question.answer && (
                  <details className="card">
                    <summary>Your answer</summary>
                    <AnswerView answer={question.answer} codeLanguage={codeLanguageOf(question, view.plan.language)} />
                  </details>
                )
              )}
              {question.codeResult && (
                <section className="card" aria-live="polite">
                  <CodeRunResults result={question.codeResult} tests="hidden" headingLevel={2} />
                </section>
              )}
              {question.evaluationStatus === "pending" ? (
                <EvaluationStream interviewId={interviewId} turnId={question.turnId} onResult={onEvaluated} />
              ) : (
                <Loading label={sendingLabel()} />
              )}
            </>
          )}
          <ErrorMessage error={submit.error ?? skip.error} />
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

  /** Which screen the room shows, for moving focus to its heading when it changes. */
  function roomScreen(): RoomScreen | null {
    if (!view) return null;
    if (showLast && last?.evaluation) return { key: `evaluation:${last.turnId}`, headingId: "evaluation-heading" };
    if (view.status === "paused") return { key: "paused", headingId: "paused-heading" };
    if (view.status !== "active" || !question || sending) return null;
    if (question.evaluationStatus === "pending") {
      return { key: `feedback:${question.turnId}`, headingId: "feedback-heading" };
    }
    return { key: `question:${question.turnId}`, headingId: "question-heading" };
  }

  /** In a voice interview the answer is spoken by default, with the typed editor one press away. */
  function withVoice(typed: ReactElement, turnId: string): ReactElement {
    if (!view?.voice) return typed;
    return (
      <AnswerByVoice
        key={turnId}
        interviewId={interviewId}
        turnId={turnId}
        busy={sending}
        typed={typed}
        onSubmit={({ answer, spoken }) => submit.mutate({ interviewId, turnId, answer, spoken })}
        onSkip={() => skip.mutate({ interviewId, turnId })}
      />
    );
  }

  function sendingLabel(): string {
    if (skip.isPending) return "Skipping the question…";
    const code = submit.variables?.code;
    return code && question?.runnable ? "Running your code against the hidden tests…" : "Submitting your answer…";
  }
}
