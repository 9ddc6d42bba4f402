// The header of every page: the brand, the navigation that depends on the session, and the theme.
// Signed in, the five destinations do not fit a phone, so below 45rem they fold behind a Menu button
// (a disclosure: aria-expanded, Escape closes and returns focus). CSS decides which form shows, so
// the same markup serves both widths and nothing is rendered twice.
import { Link, NavLink, useNavigate } from "react-router";
import { signOut } from "../api/session-store.ts";
import { leaveSessionTo } from "../auth/session-exit.ts";
import { useSession } from "../auth/use-session.ts";
import { ThemeToggle } from "./ThemeToggle.tsx";
import { useMenuDisclosure } from "./use-menu-disclosure.ts";

const MENU_ID = "main-menu";

export function SiteHeader() {
  const session = useSession();
  const navigate = useNavigate();
  const menu = useMenuDisclosure<HTMLElement>();
  const signedIn = session.status === "signedIn";

  function signOutHere() {
    leaveSessionTo("/sign-in");
    // Pages outside RequireSignIn (e.g. not-found) are not redirected by the session ending.
    void signOut().finally(() => navigate("/sign-in", { replace: true }));
  }

  return (
    <header className="site-header">
      <Link to={signedIn ? "/dashboard" : "/"} className="brand">
        Interviewer
      </Link>
      <nav
        aria-label="Main"
        className={signedIn ? "site-nav collapsible" : "site-nav"}
        ref={menu.containerRef}
        onKeyDown={menu.onKeyDown}
        onBlur={menu.onBlur}
      >
        {signedIn ? (
          <>
            <button
              type="button"
              className="btn btn-small menu-button"
              aria-expanded={menu.open}
              aria-controls={MENU_ID}
              ref={menu.buttonRef}
              onClick={menu.toggle}
            >
              <span aria-hidden="true" className="menu-icon" />
              Menu
            </button>
            <ul id={MENU_ID} data-open={menu.open}>
              <li>
                <NavLink to="/dashboard">Dashboard</NavLink>
              </li>
              <li>
                <NavLink to="/interviews/new">New interview</NavLink>
              </li>
              <li>
                <NavLink to="/resume">Résumé</NavLink>
              </li>
              <li>
                <NavLink to="/billing">Billing</NavLink>
              </li>
              <li>
                <NavLink to="/account">Account</NavLink>
              </li>
              <li>
                <button type="button" className="link-button" onClick={signOutHere}>
                  Sign out
                </button>
              </li>
            </ul>
          </>
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
  );
}
