// "Tailor to my résumé" on the new-interview page: a checkbox when the candidate has a résumé, a link
// to upload one when they don't. Ticked, the interview asks about their own projects and leans toward
// their stack and the gaps against the job description.
import { useId } from "react";
import { Link } from "react-router";
import { trpc } from "../api/trpc.ts";

export function TailorToResume({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  const resume = trpc.resume.get.useQuery();
  if (resume.isPending || resume.error) return null;
  if (!resume.data) {
    return (
      <p className="muted" data-testid="resume-upload-hint">
        <Link to="/resume">Upload your résumé</Link> to get questions about your own projects.
      </p>
    );
  }
  const projects = resume.data.analysis.projects.map((project) => project.name).slice(0, 3);
  return (
    <div className="field checkbox-field">
      <label htmlFor={id}>
        <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} /> Tailor
        to my résumé
      </label>
      <p className="field-hint">
        Questions about your own projects{projects.length > 0 ? ` (${projects.join(", ")})` : ""} and your stack, from{" "}
        <Link to="/resume">{resume.data.fileName}</Link>.
      </p>
    </div>
  );
}
