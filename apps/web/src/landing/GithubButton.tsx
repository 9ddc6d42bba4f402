// "Sign up with GitHub": shown only where this deployment has GitHub sign-in configured
// (auth.methods). The same flow signs in an existing account or creates a new one, with the free
// credit a new account gets. GithubButtonView is the markup alone, for the prerendered landing page,
// whose script shows and wires it (static-page.ts); GithubSignUpButton is the React version.
import { trpc } from "../api/trpc.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { GITHUB_SIGN_UP_RETURN_TO } from "./github-sign-up.ts";
import "./github-button.css";

function GithubMark() {
  return (
    <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 16 16" fill="currentColor">
      <path d="M8 0C3.58 0 0 3.58 0 8c0 3.54 2.29 6.53 5.47 7.59.4.07.55-.17.55-.38 0-.19-.01-.82-.01-1.49-2.01.37-2.53-.49-2.69-.94-.09-.23-.48-.94-.82-1.13-.28-.15-.68-.52-.01-.53.63-.01 1.08.58 1.23.82.72 1.21 1.87.87 2.33.66.07-.52.28-.87.51-1.07-1.78-.2-3.64-.89-3.64-3.95 0-.87.31-1.59.82-2.15-.08-.2-.36-1.02.08-2.12 0 0 .67-.21 2.2.82.64-.18 1.32-.27 2-.27.68 0 1.36.09 2 .27 1.53-1.04 2.2-.82 2.2-.82.44 1.1.16 1.92.08 2.12.51.56.82 1.27.82 2.15 0 3.07-1.87 3.75-3.65 3.95.29.25.54.73.54 1.48 0 1.07-.01 1.93-.01 2.2 0 .21.15.46.55.38A8.01 8.01 0 0 0 16 8c0-4.42-3.58-8-8-8Z" />
    </svg>
  );
}

export function GithubButtonView({
  hidden,
  pending,
  onClick,
}: {
  hidden?: boolean;
  pending?: boolean;
  onClick?: () => void;
}) {
  return (
    <button
      type="button"
      className="btn btn-github"
      data-github-signup=""
      hidden={hidden}
      disabled={pending}
      onClick={onClick}
    >
      <GithubMark />
      {pending ? "Opening GitHub…" : "Sign up with GitHub"}
    </button>
  );
}

export function GithubSignUpButton() {
  const methods = trpc.auth.methods.useQuery();
  const github = trpc.auth.github.start.useMutation({
    onSuccess: ({ authorizeUrl }) => window.location.assign(authorizeUrl),
  });
  if (!methods.data?.github) return null;
  return (
    <>
      <GithubButtonView
        pending={github.isPending}
        onClick={() => github.mutate({ returnTo: GITHUB_SIGN_UP_RETURN_TO })}
      />
      <ErrorMessage error={github.error} />
    </>
  );
}
