// The résumé through the client against the real server: an app uploads a DOCX as base64, reads the
// typed analysis, edits it, starts an interview tailored to it, and gets a refused file as a typed
// error it can switch on (reason RESUME_ENCRYPTED), with nothing changed.
import { createVerifiedAccount } from "@interviewer/testing/accounts";
import { encryptedPdf, resumeDocx, toBase64 } from "@interviewer/testing/resume-fixtures";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { EventSource } from "eventsource";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInterviewerClient, type InterviewerClient, toInterviewerError } from "../src/index.ts";

describe("the résumé through the client", () => {
  let ts: TestServer;
  let client: InterviewerClient;
  beforeAll(async () => {
    ts = await startTestServer({ env: { FREE_CREDITS_ON_SIGNUP: "1" } });
    const account = await createVerifiedAccount(ts);
    client = createInterviewerClient({
      url: ts.url,
      EventSource,
      credentials: { email: account.email, password: account.password },
    });
  });
  afterAll(async () => {
    await ts.stop();
  });

  it("uploads, edits and tailors an interview; a locked file is a typed error that changes nothing", async () => {
    const uploaded = await client.resume.upload.mutate({
      fileName: "jane.docx",
      mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      contentBase64: toBase64(resumeDocx()),
    });
    expect(uploaded.analysis.projects.map((project) => project.name)).toContain("Ledger Service");

    const edited = await client.resume.updateAnalysis.mutate({
      analysis: { ...uploaded.analysis, projects: uploaded.analysis.projects.slice(0, 1) },
    });
    expect(edited.analysis.projects).toHaveLength(1);

    const refused = await client.resume.upload
      .mutate({ fileName: "locked.pdf", mediaType: "application/pdf", contentBase64: toBase64(await encryptedPdf()) })
      .then(
        () => undefined,
        (error: unknown) => toInterviewerError(error),
      );
    expect(refused).toMatchObject({ kind: "server", code: "UNPROCESSABLE_CONTENT", reason: "RESUME_ENCRYPTED" });
    await expect(client.resume.get.query()).resolves.toEqual(edited);

    const interview = await client.interview.create.mutate({
      topics: ["introduction"],
      questionsPerTopic: 1,
      useResume: true,
    });
    expect(interview.currentQuestion?.text).toContain("Ledger Service");
  });
});
