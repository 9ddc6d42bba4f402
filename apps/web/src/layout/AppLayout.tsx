// The frame of every page: skip link, navigation that depends on the session, offline notice, theme.
import { Link, NavLink, Outlet, useNavigate } from "react-router";
import { signOut } from "../api/session-store.ts";
import { useSession } from "../auth/use-session.ts";
import { OfflineBanner } from "./OfflineBanner.tsx";
import { ThemeToggle } from "./ThemeToggle.tsx";

export function AppLayout() {
  const session = useSession();
  const navigate = useNavigate();
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="site-header">
        <Link to={session.status === "signedIn" ? "/dashboard" : "/"} className="brand">
          Interviewer
        </Link>
        <nav aria-label="Main">
          {session.status === "signedIn" ? (
            <ul>
              <li>
                <NavLink to="/dashboard">Dashboard</NavLink>
              </li>
              <li>
                <NavLink to="/interviews/new">New interview</NavLink>
              </li>
              <li>
                <NavLink to="/billing">Billing</NavLink>
              </li>
              <li>
                <NavLink to="/account">Account</NavLink>
              </li>
              <li>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void signOut().finally(() => navigate("/sign-in", { replace: true }))}
                >
                  Sign out
                </button>
              </li>
            </ul>
          ) : (
            <ul>
              <li>
                <NavLink to="/sign-in">Sign in</NavLink>
              </li>
              <li>
                <NavLink to="/sign-up" className="btn btn-primary btn-small">
                  Sign up
                </NavLink>
              </li>
            </ul>
          )}
        </nav>
        <ThemeToggle />
      </header>
      <OfflineBanner />
      <div id="content" tabIndex={-1}>
        <Outlet />
      </div>
    </>
  );
}
