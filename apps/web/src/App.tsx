// The landing page. The full web app (sign-in, dashboard, interview room) is built on the typed
// tRPC client in its own issue; this page already shows whether the server behind it is healthy.
import { useEffect, useState } from "react";

type Health = { status: string; version: string; database: { engine: string; status: string } };

export function App() {
  const [health, setHealth] = useState<Health | "unreachable" | undefined>();

  useEffect(() => {
    fetch("/health")
      .then((response) => response.json() as Promise<Health>)
      .then(setHealth, () => setHealth("unreachable"));
  }, []);

  return (
    <main className="landing">
      <h1>Interviewer</h1>
      <p className="lede">
        Practise backend-engineering interviews with an AI interviewer: topic by topic, tailored to the job you want,
        every answer scored with specific feedback, and a report that tells you where you stand.
      </p>
      <ol className="steps">
        <li>Paste a job description and pick a difficulty.</li>
        <li>Answer questions on coding, system design, databases and more.</li>
        <li>Get a score from 1 to 10 on every answer, and a readiness report at the end.</li>
      </ol>
      <p className="status" data-testid="server-status">
        {health === undefined
          ? "Checking the server…"
          : health === "unreachable"
            ? "The server is not reachable."
            : `Server ${health.status} · version ${health.version} · database ${health.database.engine} ${health.database.status}`}
      </p>
    </main>
  );
}
