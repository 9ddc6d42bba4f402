// Any URL the app does not know.
import { Link } from "react-router";
import { usePageTitle } from "../ui/use-page-title.ts";

export function NotFoundPage() {
  usePageTitle("Page not found");
  return (
    <main className="page narrow">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <Link to="/" className="btn btn-primary">
        Go to the home page
      </Link>
    </main>
  );
}
