// `interviewer answer --file … [--run]` as a process against the real server and sandbox: --run prints
// a verdict per example (input, expected, actual) and submits nothing; without it the file is the
// answer, and the hidden tests' verdicts (names only) come before the evaluation.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { executableSpecOfTurn } from "@interviewer/testing/executable-questions";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

describe("interviewer answer --file", { timeout: 120_000 }, () => {
  let ts: TestServer;
  let workDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    ts = await startTestServer({ env: { FREE_CREDITS_ON_SIGNUP: "1" } });
    workDir = await mkdtemp(path.join(os.tmpdir(), "interviewer-cli-answer-"));
    env = { INTERVIEWER_URL: ts.url, INTERVIEWER_CONFIG_DIR: workDir };
  });
  afterAll(async () => {
    await ts.stop();
    await rm(workDir, { recursive: true, force: true });
  });

  it("runs the examples with --run, then submits the file and shows the hidden tests' verdicts", async () => {
    const account = await createVerifiedAccount(ts);
    const login = await runCli(["login", "--email", account.email], { env, stdin: `${account.password}\n` });
    expect(login.code).toBe(0);
    const view = await account.client.interview.create.mutate({
      topics: ["coding"],
      questionsPerTopic: 1,
      difficulty: "junior",
    });
    const spec = await executableSpecOfTurn(ts, view.currentQuestion?.turnId ?? "");

    const wrong = path.join(workDir, "wrong.js");
    await writeFile(wrong, spec.starterCode.javascript);
    const tried = await runCli(["answer", "--file", wrong, "--run"], { env });
    expect(tried.stderr).toBe("");
    expect(tried.code).toBe(0);
    expect(tried.stdout).toMatch(new RegExp(`Examples: 0 of ${spec.examples.length} passed \\(javascript`));
    expect(tried.stdout).toContain("input:");
    expect(tried.stdout).toContain("expected:");
    // Nothing was submitted: the question still waits for its answer.
    const still = await account.client.interview.get.query({ interviewId: view.id });
    expect(still.currentQuestion?.evaluationStatus).toBe("awaiting_answer");

    const solution = path.join(workDir, "solution.js");
    await writeFile(solution, spec.referenceSolutions.javascript);
    const ran = await runCli(["--json", "answer", view.id, "--file", solution, "--run"], { env });
    expect(ran.code).toBe(0);
    const result = JSON.parse(ran.stdout) as { result: { verdict: string; passed: number } };
    expect(result.result).toMatchObject({ verdict: "passed", passed: spec.examples.length });

    const submitted = await runCli(["answer", "--file", solution], { env });
    expect(submitted.stderr).toBe("");
    expect(submitted.code).toBe(0);
    const total = spec.hiddenTests.length;
    expect(submitted.stdout).toContain(`Hidden tests: ${total} of ${total} passed (javascript`);
    expect(submitted.stdout).not.toContain("input:");
    expect(submitted.stdout).toMatch(/Score: \d+\/10/);
    // The next step: the report, or (when the grade leaves room for one; it depends on the random
    // question) the follow-up question the built-in interviewer asks.
    expect(submitted.stdout).toMatch(new RegExp(`interviewer (report|resume) ${view.id}`));
  });

  it("sends a .sql file as SQL code, graded by reading, and --skip skips the next question", async () => {
    const account = await createVerifiedAccount(ts);
    const login = await runCli(["login", "--email", account.email], { env, stdin: `${account.password}\n` });
    expect(login.code).toBe(0);
    const view = await account.client.interview.create.mutate({ topics: ["databases"], questionsPerTopic: 2 });
    const query = path.join(workDir, "query.sql");
    await writeFile(query, "SELECT customer_id, count(*)\nFROM orders\nGROUP BY customer_id;\n");
    const answered = await runCli(["answer", view.id, "--file", query], { env });
    expect(answered.stderr).toBe("");
    expect(answered.code).toBe(0);
    expect(answered.stdout).toMatch(/Score: \d+\/10/);
    const transcript = await account.client.interview.transcript.query({ interviewId: view.id });
    expect(transcript.turns[0]?.answer).toBe(
      "```sql\nSELECT customer_id, count(*)\nFROM orders\nGROUP BY customer_id;\n```",
    );
    expect(transcript.turns[0]?.codeResult).toBeNull();

    const skipped = await runCli(["answer", "--skip"], { env });
    expect(skipped.stderr).toBe("");
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain("You skipped this question");
    expect(skipped.stdout).toContain("Score: 1/10");
    const after = await account.client.interview.get.query({ interviewId: view.id });
    expect(after.thread.at(-1)).toMatchObject({ skipped: true, answer: "", score: 1 });
  });

  it("--skip with --file is refused before anything is sent", async () => {
    const run = await runCli(["answer", "--skip", "--file", path.join(workDir, "query.sql")], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("--skip submits no answer");
  });

  it("a file in a language that does not run is refused by --run with a clear message", async () => {
    const file = path.join(workDir, "solution.go");
    await writeFile(file, "package main\n");
    const run = await runCli(["answer", "--file", file, "--run"], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("graded by reading");
  });
});
