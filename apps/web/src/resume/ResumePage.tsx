// The candidate's résumé: upload a PDF or DOCX (checked here for type and size, parsed on the server),
// see what was found (roles, years, projects, technologies) and correct it, or delete it. Interviews
// use it only when "Tailor to my résumé" is ticked on the new-interview page.
import type { RouterOutputs } from "@interviewer/api";
import { type ChangeEvent, useId, useState } from "react";
import { Link } from "react-router";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { formatDate } from "../ui/format.ts";
import { Loading } from "../ui/Loading.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { AnalysisEditor } from "./AnalysisEditor.tsx";
import { fileToBase64, formatFileSize, RESUME_ACCEPT, resumeFileProblem } from "./resume-file.ts";
import "./resume.css";

type Resume = NonNullable<RouterOutputs["resume"]["get"]>;

export function ResumePage() {
  usePageTitle("Your résumé");
  const resume = trpc.resume.get.useQuery();
  if (resume.isPending) return <Loading label="Loading your résumé…" />;
  if (resume.error) {
    return (
      <main className="page">
        <ErrorMessage error={resume.error} onRetry={() => void resume.refetch()} />
      </main>
    );
  }
  return (
    <main className="page narrow-wide resume-page">
      <h1>Your résumé</h1>
      <p className="muted">
        Tailored interviews ask about your own projects and lean toward your stack and the gaps between your résumé and
        the job. We keep the text of your résumé and what we found in it, never the file itself; delete it here at any
        time, and it goes with your account.
      </p>
      <UploadSection hasResume={resume.data !== null} />
      {resume.data && (
        <>
          <ResumeSummary resume={resume.data} />
          <AnalysisEditor key={resume.data.uploadedAt.getTime()} resume={resume.data} />
          <DeleteResumeSection />
        </>
      )}
    </main>
  );
}

function UploadSection({ hasResume }: { hasResume: boolean }) {
  const utils = trpc.useUtils();
  const inputId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const upload = trpc.resume.upload.useMutation({
    onSuccess: (stored) => utils.resume.get.setData(undefined, stored),
  });
  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    upload.reset();
    if (!file) return;
    const refusal = resumeFileProblem(file);
    setProblem(refusal);
    if (refusal) return;
    upload.mutate({ fileName: file.name, mediaType: file.type, contentBase64: await fileToBase64(file) });
  }
  return (
    <section className="card stack" aria-labelledby="upload-heading">
      <h2 id="upload-heading">{hasResume ? "Replace your résumé" : "Upload your résumé"}</h2>
      <div className="field">
        <label htmlFor={inputId}>Résumé file (PDF or Word .docx, at most 2 MB)</label>
        <input
          id={inputId}
          type="file"
          accept={RESUME_ACCEPT}
          onChange={(event) => void choose(event)}
          disabled={upload.isPending}
          aria-describedby={problem ? `${inputId}-problem` : undefined}
        />
      </div>
      {upload.isPending && (
        <p role="status" aria-live="polite">
          Reading your résumé…
        </p>
      )}
      {problem && (
        <p className="field-error" id={`${inputId}-problem`} role="alert">
          {problem}
        </p>
      )}
      <ErrorMessage error={upload.error} />
      {upload.isSuccess && (
        <p role="status" className="resume-saved">
          Résumé read. Check what we found below, then <Link to="/interviews/new">start a tailored interview</Link>.
        </p>
      )}
    </section>
  );
}

function ResumeSummary({ resume }: { resume: Resume }) {
  return (
    <section className="card stack" aria-labelledby="file-heading">
      <h2 id="file-heading">On file</h2>
      <p>
        <strong>{resume.fileName}</strong> · {resume.mediaType === "application/pdf" ? "PDF" : "Word"} ·{" "}
        {formatFileSize(resume.byteSize)} · uploaded {formatDate(resume.uploadedAt)}
        {resume.analysisEditedAt && <> · edited {formatDate(resume.analysisEditedAt)}</>}
      </p>
    </section>
  );
}

function DeleteResumeSection() {
  const utils = trpc.useUtils();
  const [confirming, setConfirming] = useState(false);
  const remove = trpc.resume.delete.useMutation({
    onSuccess: () => utils.resume.get.setData(undefined, null),
  });
  return (
    <section className="card stack danger-zone" aria-labelledby="delete-resume-heading">
      <h2 id="delete-resume-heading">Delete your résumé</h2>
      <p>This deletes its text and analysis. Interviews already tailored to it keep what they were planned with.</p>
      <ErrorMessage error={remove.error} />
      {confirming ? (
        <div className="actions">
          <button type="button" className="btn btn-danger" onClick={() => remove.mutate()} disabled={remove.isPending}>
            Yes, delete my résumé
          </button>
          <button type="button" className="btn" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="btn btn-danger" onClick={() => setConfirming(true)}>
            Delete résumé
          </button>
        </div>
      )}
    </section>
  );
}
