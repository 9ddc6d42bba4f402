// The report page's "Share" panel: the owner makes a read-only public link to this report (expiring
// in 7 or 30 days, or never), copies it (the clipboard when the browser allows it, else the selected
// text field), and sees and revokes this report's links. The whole link is shown only right after it
// is made; the list names each link by its first characters.
import { useRef, useState } from "react";
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { formatDate, formatDateTime } from "../ui/format.ts";
import "../sharing/sharing.css";

const EXPIRY_CHOICES = [
  { value: "7", label: "In 7 days", days: 7 },
  { value: "30", label: "In 30 days", days: 30 },
  { value: "never", label: "Never (until revoked)", days: null },
] as const;
type ExpiryChoice = (typeof EXPIRY_CHOICES)[number]["value"];

const STATUS_LABELS = { live: "Live", expired: "Expired", revoked: "Revoked" } as const;

export function ShareReport({ interviewId }: { interviewId: string }) {
  const utils = trpc.useUtils();
  const links = trpc.sharing.list.useQuery({ interviewId });
  const create = trpc.sharing.create.useMutation({
    onSuccess: () => utils.sharing.list.invalidate({ interviewId }),
  });
  const revoke = trpc.sharing.revoke.useMutation({
    onSuccess: () => utils.sharing.list.invalidate({ interviewId }),
  });
  const [expiry, setExpiry] = useState<ExpiryChoice>("30");
  const [copyNote, setCopyNote] = useState("");
  const linkField = useRef<HTMLInputElement>(null);

  function createLink() {
    const days = EXPIRY_CHOICES.find((choice) => choice.value === expiry)?.days ?? null;
    setCopyNote("");
    create.mutate({ interviewId, expiresInDays: days });
  }

  async function copyLink(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopyNote("Link copied.");
    } catch {
      // No clipboard (an insecure origin, or permission refused): select the text for the reader to copy.
      linkField.current?.focus();
      linkField.current?.select();
      setCopyNote("Copying was not allowed here: the link is selected, copy it with Ctrl+C (⌘C on a Mac).");
    }
  }

  const created = create.data;
  return (
    <section className="card stack share-report no-print" aria-labelledby="share-heading" data-testid="share-report">
      <h2 id="share-heading">Share this report</h2>
      <p className="muted">
        Anyone with the link can read this report (scores, answers, feedback, plan and job description) without signing
        in. Your name and email are not shown, and search engines are asked not to list it.
      </p>
      <div className="share-create">
        <div className="field">
          <label htmlFor="share-expiry">Link expires</label>
          <select id="share-expiry" value={expiry} onChange={(event) => setExpiry(toExpiryChoice(event.target.value))}>
            {EXPIRY_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="btn btn-primary" onClick={createLink} disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create link"}
        </button>
      </div>
      <ErrorMessage error={create.error} />
      {created && (
        <div className="alert alert-success stack" data-testid="new-share-link">
          <p>Copy the link now: it is shown only this once.</p>
          <div className="field">
            <label htmlFor="share-url">Share link</label>
            <div className="share-url">
              <input
                id="share-url"
                ref={linkField}
                readOnly
                value={created.url}
                onFocus={(event) => event.currentTarget.select()}
              />
              <button type="button" className="btn" onClick={() => void copyLink(created.url)}>
                Copy link
              </button>
            </div>
          </div>
          <p role="status" aria-live="polite" className="muted">
            {copyNote}
          </p>
        </div>
      )}
      <h3 className="share-list-heading">Links to this report</h3>
      <ErrorMessage error={links.error} onRetry={() => void links.refetch()} />
      <ErrorMessage error={revoke.error} />
      {links.data && links.data.links.length === 0 && <p className="muted">No links yet.</p>}
      {links.data && links.data.links.length > 0 && (
        <ul className="list-stack" data-testid="share-links">
          {links.data.links.map((link) => (
            <li key={link.id} className="share-link">
              <span className="share-link-text">
                <span className="share-link-name">
                  Link {link.tokenPrefix}…
                  <span className={`badge share-status share-${link.status}`}>{STATUS_LABELS[link.status]}</span>
                </span>
                <span className="muted">
                  Created {formatDateTime(link.createdAt)} ·{" "}
                  {link.revokedAt
                    ? `revoked ${formatDate(link.revokedAt)}`
                    : link.expiresAt
                      ? `${link.status === "expired" ? "expired" : "expires"} ${formatDate(link.expiresAt)}`
                      : "never expires"}
                </span>
              </span>
              {link.status === "live" && (
                <button
                  type="button"
                  className="btn btn-small btn-danger"
                  aria-label={`Revoke link ${link.tokenPrefix}`}
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate({ shareId: link.id })}
                >
                  Revoke
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function toExpiryChoice(value: string): ExpiryChoice {
  return EXPIRY_CHOICES.find((choice) => choice.value === value)?.value ?? "30";
}
