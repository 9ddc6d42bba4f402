// The `interviewer` command driven as a process against the real server: sign up and verify, a whole
// short interview on the built-in interviewer with streamed feedback, history and report (also as
// --json), a clear no-credits error, and signing out.
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { latestMail, tokenFromMail, uniqueEmail } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const ANSWER_LINES = [
  "I would start from the access patterns and add an index on the columns we filter and sort by,",
  "check the plan with EXPLAIN ANALYZE, and keep transactions short to avoid lock contention.",
  "For scale: read replicas, caching with invalidation, and sharding by a high-cardinality key.",
];

describe("the interviewer command", () => {
  let ts: TestServer;
  let configDir: string;
  let env: Record<string, string>;
  const email = uniqueEmail("cli");
  const password = "correct horse battery staple";
  let interviewId = "";

  beforeAll(async () => {
    ts = await startTestServer({ env: { FREE_CREDITS_ON_SIGNUP: "2" } });
    configDir = await mkdtemp(path.join(os.tmpdir(), "interviewer-cli-"));
    env = { INTERVIEWER_URL: ts.url, INTERVIEWER_CONFIG_DIR: configDir };
  });
  afterAll(async () => {
    await ts.stop();
    await rm(configDir, { recursive: true, force: true });
  });

  it("signs up, and the emailed link signs in; the session file is owner-only", async () => {
    const signUp = await runCli(["signup", "--email", email, "--name", "Terminal Tester"], {
      env,
      stdin: `${password}\n`,
    });
    expect(signUp.stderr).toBe("");
    expect(signUp.code).toBe(0);
    expect(signUp.stdout).toContain("interviewer verify");

    const mail = await latestMail(ts, email, "verify_email");
    const link = `${ts.url}/verify-email?token=${tokenFromMail(mail?.textBody ?? "")}`;
    const verified = await runCli(["verify", link], { env });
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`Signed in as Terminal Tester <${email}>`);
    expect((await stat(path.join(configDir, "session.json"))).mode & 0o777).toBe(0o600);

    const credits = await runCli(["--json", "credits"], { env });
    expect(credits.code).toBe(0);
    expect(JSON.parse(credits.stdout)).toMatchObject({ usableCredits: 2 });
  });

  it("takes a whole short interview: progress, streamed feedback, score, report", async () => {
    const answers = `${ANSWER_LINES.join("\n")}\n.\n${ANSWER_LINES.slice(1).join("\n")}\n.\n`;
    const run = await runCli(["start", "--topics", "databases", "--questions", "2", "--difficulty", "mid"], {
      env,
      stdin: answers,
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const id = /Interview ([0-9a-f-]{36}) started/.exec(run.stdout)?.[1];
    expect(id).toBeDefined();
    interviewId = id ?? "";
    expect(run.stdout).toContain("Topic 1/1 (Databases and Data Management), question 1/2");
    expect(run.stdout).toContain("question 2/2");
    expect(run.stdout.match(/Score: \d+\/10/g)).toHaveLength(2);
    expect(run.stdout).toContain("Feedback:");
    expect(run.stdout).toContain("Interview complete.");
    expect(run.stdout).toMatch(/Overall: \d+(\.\d)?%/);
  });

  it("lists history and shows the report, as text, Markdown and JSON", async () => {
    const history = await runCli(["history", "--json"], { env });
    expect(history.code).toBe(0);
    const items = JSON.parse(history.stdout) as Array<{ id: string; status: string }>;
    expect(items.find((item) => item.id === interviewId)?.status).toBe("completed");

    const markdown = await runCli(["report", interviewId, "--markdown"], { env });
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain("## Report");

    const report = await runCli(["--json", "report", interviewId], { env });
    const parsed = JSON.parse(report.stdout) as { report: { overallPercent: number; answeredQuestions: number } };
    expect(parsed.report.answeredQuestions).toBe(2);
    expect(parsed.report.overallPercent).toBeGreaterThan(0);
  });

  it("an interview paused with /pause continues with resume", async () => {
    const paused = await runCli(["start", "--topics", "behavioral", "--questions", "1"], { env, stdin: "/pause\n.\n" });
    expect(paused.code).toBe(0);
    const id = /interviewer resume ([0-9a-f-]{36})/.exec(paused.stdout)?.[1] ?? "";
    expect(id).not.toBe("");

    const resumed = await runCli(["--json", "resume", id], {
      env,
      stdin: "Situation: an outage. Task: restore service. Action: I rolled back. Result: back in 5 minutes.\n.\n",
    });
    expect(resumed.code).toBe(0);
    const result = JSON.parse(resumed.stdout) as { interview: { status: string }; answered: unknown[] };
    expect(result.interview.status).toBe("completed");
    expect(result.answered).toHaveLength(1);
  });

  it("without credits, start fails and says how to buy one", async () => {
    const run = await runCli(["--json", "start", "--topics", "coding", "--questions", "1"], { env });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { kind: "no_credits", reason: "NO_CREDITS" } });
    expect(run.stderr).toContain("interviewer buy individual");
  });

  it("a missing interview is a clear error; signing out ends the session", async () => {
    const missing = await runCli(["report", "00000000-0000-4000-8000-000000000000"], { env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("interviewer history");

    const logout = await runCli(["logout"], { env });
    expect(logout.code).toBe(0);
    await expect(stat(path.join(configDir, "session.json"))).rejects.toMatchObject({ code: "ENOENT" });
    const whoami = await runCli(["whoami"], { env });
    expect(whoami.code).toBe(1);
    expect(whoami.stderr).toContain("interviewer login");
  });
});
