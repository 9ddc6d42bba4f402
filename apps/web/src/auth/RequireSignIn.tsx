// Pages behind sign-in: wait while the session is restored from the refresh cookie, then either
// render or send the visitor to sign in and back here afterwards. A session ended on purpose goes
// where the page that ended it asked (see session-exit.ts).
import { Navigate, Outlet, useLocation } from "react-router";
import { Loading } from "../ui/Loading.tsx";
import { sessionExitDestination } from "./session-exit.ts";
import { useSession } from "./use-session.ts";

export function RequireSignIn() {
  const session = useSession();
  const location = useLocation();
  if (session.status === "restoring") return <Loading label="Restoring your session…" />;
  if (session.status === "signedOut") {
    const exit = sessionExitDestination();
    if (exit) return <Navigate to={exit} replace />;
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  return <Outlet />;
}
