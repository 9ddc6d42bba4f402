// The footer of the public pages: what the product is, and the Terms, Privacy and Contact pages.
import { Link } from "react-router";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p className="muted">Interviewer — open-source practice for backend-engineering interviews.</p>
      <nav aria-label="Legal and contact">
        <ul>
          <li>
            <Link to="/terms">Terms</Link>
          </li>
          <li>
            <Link to="/privacy">Privacy</Link>
          </li>
          <li>
            <Link to="/contact">Contact</Link>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
