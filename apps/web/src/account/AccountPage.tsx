// The signed-in user's account: profile, linked GitHub, devices signed in (with revoke, and signing
// out everywhere), password, and deleting the account.
import { type FormEvent, useState } from "react";
import { readableError } from "../api/error-message.ts";
import { endSession, updateSessionUser } from "../api/session-store.ts";
import { trpc } from "../api/trpc.ts";
import { leaveSessionTo } from "../auth/session-exit.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { FormField } from "../ui/FormField.tsx";
import { formatDate, formatDateTime } from "../ui/format.ts";
import { Loading } from "../ui/Loading.tsx";
import { usePageTitle } from "../ui/use-page-title.ts";
import { DeleteAccountSection } from "./DeleteAccountSection.tsx";

export function AccountPage() {
  usePageTitle("Account");
  const me = trpc.account.me.useQuery();
  if (me.isPending) return <Loading label="Loading your account…" />;
  if (me.error) {
    return (
      <main className="page">
        <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  return (
    <main className="page narrow-wide">
      <h1>Account</h1>
      <ProfileSection displayName={me.data.displayName} email={me.data.email} createdAt={me.data.createdAt} />
      <section className="card stack" aria-labelledby="github-heading">
        <h2 id="github-heading">Linked accounts</h2>
        {me.data.providers.length > 0 ? (
          <ul>
            {me.data.providers.map((provider) => (
              <li key={provider.provider}>
                GitHub{provider.login ? ` (@${provider.login})` : ""}, linked {formatDate(provider.linkedAt)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No GitHub account linked. Sign in with GitHub using this email address to link one.</p>
        )}
      </section>
      <SessionsSection />
      {me.data.hasPassword && <ChangePasswordSection />}
      <DeleteAccountSection email={me.data.email} hasPassword={me.data.hasPassword} />
    </main>
  );
}

function ProfileSection({ displayName, email, createdAt }: { displayName: string; email: string; createdAt: Date }) {
  const utils = trpc.useUtils();
  const [name, setName] = useState(displayName);
  const update = trpc.account.updateProfile.useMutation({
    onSuccess: (me) => {
      utils.account.me.setData(undefined, me);
      updateSessionUser({ id: me.id, email: me.email, displayName: me.displayName });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate({ displayName: name });
  }
  return (
    <section className="card stack" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <p>
        {email} · member since {formatDate(createdAt)}
      </p>
      <form onSubmit={submit} className="stack" noValidate>
        <FormField
          label="Display name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={update.error ? readableError(update.error).fieldErrors.displayName : undefined}
        />
        <ErrorMessage error={update.error} fields={["displayName"]} />
        {update.isSuccess && <p role="status">Saved.</p>}
        <button type="submit" className="btn" disabled={update.isPending}>
          Save profile
        </button>
      </form>
    </section>
  );
}

function SessionsSection() {
  const sessions = trpc.account.sessions.useQuery();
  const revoke = trpc.account.revokeSession.useMutation({ onSuccess: () => void sessions.refetch() });
  const everywhere = trpc.auth.logoutEverywhere.useMutation({
    onSuccess: () => {
      // This device is signed out too: sign-in says so (SignInPage reads signedOut=everywhere).
      leaveSessionTo("/sign-in?signedOut=everywhere");
      endSession();
    },
  });
  return (
    <section className="card stack" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Signed-in devices</h2>
      {sessions.isPending && <Loading />}
      <ErrorMessage error={sessions.error ?? revoke.error} onRetry={() => void sessions.refetch()} />
      {sessions.data && (
        <ul className="session-list" data-testid="sessions">
          {sessions.data.map((session) => (
            <li key={session.id}>
              <div>
                <strong>{session.userAgent ? describeAgent(session.userAgent) : "Unknown device"}</strong>
                {session.current && <span className="badge">This device</span>}
                <p className="muted">
                  {AUTH_METHOD_LABELS[session.authMethod] ?? session.authMethod} · {session.ip ?? "unknown IP"} · last
                  used {formatDateTime(session.lastUsedAt)}
                </p>
              </div>
              {!session.current && (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => revoke.mutate({ sessionId: session.id })}
                  disabled={revoke.isPending}
                >
                  Sign out this device
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="stack">
        <p className="muted">
          Lost a phone or used a shared computer? Sign out every device at once, this one included.
        </p>
        <button type="button" className="btn" onClick={() => everywhere.mutate()} disabled={everywhere.isPending}>
          {everywhere.isPending ? "Signing out…" : "Sign out everywhere"}
        </button>
        <ErrorMessage error={everywhere.error} />
      </div>
    </section>
  );
}

/** How each device signed in, in words. */
const AUTH_METHOD_LABELS: Record<string, string> = {
  password: "Signed in with password",
  github: "Signed in with GitHub",
  email_verification: "Signed in from the verification email",
};

/** A short, readable name for a user agent string (browser on system). */
function describeAgent(agent: string): string {
  const browser = /Firefox|Edg|Chrome|Safari|curl|node/i.exec(agent)?.[0] ?? "Browser";
  const system = /Windows|Mac OS X|Linux|Android|iPhone|iPad/i.exec(agent)?.[0] ?? "";
  return system ? `${browser === "Edg" ? "Edge" : browser} on ${system.replace("Mac OS X", "macOS")}` : browser;
}

function ChangePasswordSection() {
  const utils = trpc.useUtils();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const change = trpc.account.changePassword.useMutation({
    onSuccess: () => {
      setCurrentPassword("");
      setNewPassword("");
      // The server signed every other device out: the list above must not keep showing them.
      void utils.account.sessions.invalidate();
    },
  });
  const fieldErrors = change.error ? readableError(change.error).fieldErrors : {};
  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate({ currentPassword, newPassword });
  }
  return (
    <section className="card stack" aria-labelledby="password-heading">
      <h2 id="password-heading">Change password</h2>
      <form onSubmit={submit} className="stack" noValidate>
        <FormField
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
          error={fieldErrors.currentPassword}
        />
        <FormField
          label="New password"
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={fieldErrors.newPassword}
        />
        <ErrorMessage error={change.error} fields={["currentPassword", "newPassword"]} />
        {change.data && <p role="status">{change.data.message}</p>}
        <button type="submit" className="btn" disabled={change.isPending}>
          Change password
        </button>
      </form>
    </section>
  );
}
