// What we found in the résumé, editable: years of experience, roles, projects and technologies. The
// whole analysis is sent back on save; the server validates it, bounds it and names technologies with
// its dictionary (so "postgres" comes back as PostgreSQL).
import type { RouterOutputs } from "@interviewer/api";
import { type FormEvent, useState } from "react";
import { readableError } from "../api/error-message.ts";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { FormField } from "../ui/FormField.tsx";
import { EditableList } from "./EditableList.tsx";

type Resume = NonNullable<RouterOutputs["resume"]["get"]>;
type Analysis = Resume["analysis"];
type Role = Analysis["roles"][number];
type Project = Analysis["projects"][number];

const yearOrNull = (text: string) => (text.trim() === "" ? null : Number(text));
const technologiesFrom = (text: string) =>
  text
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => ({ name, id: null }));

export function AnalysisEditor({ resume }: { resume: Resume }) {
  const utils = trpc.useUtils();
  const [draft, setDraft] = useState<Analysis>(resume.analysis);
  const [newTechnology, setNewTechnology] = useState("");
  const save = trpc.resume.updateAnalysis.useMutation({
    onSuccess: (stored) => {
      utils.resume.get.setData(undefined, stored);
      setDraft(stored.analysis);
    },
  });
  const change = (next: Partial<Analysis>) => {
    save.reset();
    setDraft((current) => ({ ...current, ...next }));
  };
  const setRole = (index: number, next: Partial<Role>) =>
    change({ roles: draft.roles.map((role, at) => (at === index ? { ...role, ...next } : role)) });
  const setProject = (index: number, next: Partial<Project>) =>
    change({ projects: draft.projects.map((project, at) => (at === index ? { ...project, ...next } : project)) });

  function addTechnology() {
    const name = newTechnology.trim();
    if (!name) return;
    change({ technologies: [...draft.technologies, { name, id: null }] });
    setNewTechnology("");
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ analysis: draft });
  }
  const fieldError = save.error ? readableError(save.error).fieldErrors.analysis?.[0] : undefined;

  return (
    <section className="card stack" aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">What we found</h2>
      <form onSubmit={submit} className="stack" noValidate>
        <FormField
          label="Years of experience"
          type="number"
          inputMode="numeric"
          min={0}
          max={70}
          value={draft.totalYearsOfExperience ?? ""}
          onChange={(e) => change({ totalYearsOfExperience: yearOrNull(e.target.value) })}
        />

        <EditableList
          legend="Roles"
          noun="role"
          items={draft.roles}
          emptyNote="No roles found. Add the ones you want asked about."
          nameOf={(role) => role.title}
          blank={() => ({ title: "", company: null, startYear: null, endYear: null })}
          onChange={(roles) => change({ roles })}
          renderFields={(role, index) => (
            <>
              <FormField label="Title" value={role.title} onChange={(e) => setRole(index, { title: e.target.value })} />
              <FormField
                label="Company"
                value={role.company ?? ""}
                onChange={(e) => setRole(index, { company: e.target.value.trim() === "" ? null : e.target.value })}
              />
              <div className="resume-years">
                <FormField
                  label="From (year)"
                  type="number"
                  inputMode="numeric"
                  value={role.startYear ?? ""}
                  onChange={(e) => setRole(index, { startYear: yearOrNull(e.target.value) })}
                />
                <FormField
                  label="To (year, empty if current)"
                  type="number"
                  inputMode="numeric"
                  value={role.endYear ?? ""}
                  onChange={(e) => setRole(index, { endYear: yearOrNull(e.target.value) })}
                />
              </div>
            </>
          )}
        />

        <EditableList
          legend="Projects"
          noun="project"
          items={draft.projects}
          emptyNote="No projects found. Add the ones you would like to talk about."
          nameOf={(project) => project.name}
          blank={() => ({ name: "", description: "", technologies: [] })}
          onChange={(projects) => change({ projects })}
          renderFields={(project, index) => (
            <>
              <FormField
                label="Project name"
                value={project.name}
                onChange={(e) => setProject(index, { name: e.target.value })}
              />
              <FormField
                label="One-line description"
                value={project.description}
                onChange={(e) => setProject(index, { description: e.target.value })}
              />
              <FormField
                label="Technologies (comma-separated)"
                defaultValue={project.technologies.map((tech) => tech.name).join(", ")}
                onBlur={(e) => setProject(index, { technologies: technologiesFrom(e.target.value) })}
              />
            </>
          )}
        />

        <fieldset className="stack resume-group">
          <legend>Technologies</legend>
          <ul className="resume-technologies" aria-label="Technologies on your résumé">
            {draft.technologies.map((tech, index) => (
              <li key={`${tech.name}-${index.toString()}`} className="resume-technology">
                <span>{tech.name}</span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove ${tech.name}`}
                  onClick={() => change({ technologies: draft.technologies.filter((_, at) => at !== index) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <div className="resume-add-technology">
            <FormField
              label="Add a technology"
              value={newTechnology}
              onChange={(e) => setNewTechnology(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  addTechnology();
                }
              }}
            />
            <button type="button" className="btn btn-small" onClick={addTechnology}>
              Add
            </button>
          </div>
        </fieldset>

        {fieldError && (
          <p className="field-error" role="alert">
            {fieldError}
          </p>
        )}
        <ErrorMessage error={save.error} fields={["analysis"]} />
        {save.isSuccess && (
          <p role="status" className="resume-saved">
            Saved. Tailored interviews will use these details.
          </p>
        )}
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save changes"}
          </button>
        </div>
      </form>
    </section>
  );
}
