// What a page that crashed, or a lazy chunk that failed to load (server down, new deploy), shows.
import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { NotFoundPage } from "./NotFoundPage.tsx";

export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const chunkFailed = error instanceof TypeError && /dynamically imported module|fetch/i.test(error.message);
  return (
    <main className="page narrow">
      <h1>Something went wrong</h1>
      <p role="alert">
        {chunkFailed
          ? "Part of the app could not be loaded. The server may be unavailable or the app was updated; reload the page."
          : "This page failed to display. Reload it; if it keeps happening, tell us what you were doing."}
      </p>
      <p>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          Reload
        </button>{" "}
        <Link to="/">Home</Link>
      </p>
    </main>
  );
}
