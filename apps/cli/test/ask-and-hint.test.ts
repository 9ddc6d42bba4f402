// `interviewer ask "<question>"` and `interviewer hint` as a process against the real server: the
// interviewer's reply and the hint are printed (the hint with the score's new ceiling), the question
// stays open, and the fourth hint is refused with the server's message.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

describe("interviewer ask and interviewer hint", { timeout: 120_000 }, () => {
  let ts: TestServer;
  let workDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    ts = await startTestServer({ env: { FREE_CREDITS_ON_SIGNUP: "1" } });
    workDir = await mkdtemp(path.join(os.tmpdir(), "interviewer-cli-ask-"));
    env = { INTERVIEWER_URL: ts.url, INTERVIEWER_CONFIG_DIR: workDir };
  });
  afterAll(async () => {
    await ts.stop();
    await rm(workDir, { recursive: true, force: true });
  });

  it("asks a clarifying question, takes the hints, and is refused a fourth", async () => {
    const account = await createVerifiedAccount(ts);
    const login = await runCli(["login", "--email", account.email], { env, stdin: `${account.password}\n` });
    expect(login.code).toBe(0);
    const view = await account.client.interview.create.mutate({ topics: ["system-design"], questionsPerTopic: 1 });

    const asked = await runCli(["ask", "How many users should this handle?"], { env });
    expect(asked.stderr).toBe("");
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(/^Interviewer: \S/m);
    expect(asked.stdout).toContain("4 clarifying question(s) left");

    const first = await runCli(["hint", "--interview", view.id], { env });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Hint 1 of 3: \S/m);
    expect(first.stdout).toContain("capped at 9");
    const json = await runCli(["--json", "hint"], { env });
    expect(JSON.parse(json.stdout)).toMatchObject({ assist: { kind: "hint", level: 2 }, counts: { scoreCeiling: 8 } });
    expect((await runCli(["hint"], { env })).code).toBe(0);

    const refused = await runCli(["hint"], { env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("All 3 hints for this question are used");
    const still = await account.client.interview.get.query({ interviewId: view.id });
    expect(still.currentQuestion?.evaluationStatus).toBe("awaiting_answer");
    expect(still.currentQuestion?.assists).toHaveLength(4);
  });
});
