// The frame of every page: skip link, header, offline notice, the account-deleted notice, content.
import { useEffect } from "react";
import { Outlet, useLocation } from "react-router";
import { clearSessionExit, sessionExitDestination } from "../auth/session-exit.ts";
import { useSession } from "../auth/use-session.ts";
import { AccountDeletedNotice } from "./AccountDeletedNotice.tsx";
import { OfflineBanner } from "./OfflineBanner.tsx";
import { SiteHeader } from "./SiteHeader.tsx";

export function AppLayout() {
  const session = useSession();
  const location = useLocation();
  // A destination named for an ended session is spent once the browser is there, or once someone
  // signs in again: a later, involuntary sign-out must go to sign-in with its returnTo.
  useEffect(() => {
    const exit = sessionExitDestination();
    if (session.status === "signedIn" || (exit && exit === `${location.pathname}${location.search}`)) {
      clearSessionExit();
    }
  }, [session.status, location.pathname, location.search]);
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <SiteHeader />
      <OfflineBanner />
      <div id="content" tabIndex={-1}>
        <AccountDeletedNotice />
        <Outlet />
      </div>
    </>
  );
}
