// resume.* through the real server on both engines (and both tRPC HTTP paths): a candidate uploads a
// PDF or DOCX made in the test, sees the analysis, edits it, deletes it. Every hostile file — damaged,
// password-protected, without text, a zip bomb that says so and one that lies, a renamed text file,
// slightly and far too large — gets its typed error and changes nothing. Résumé procedures act on the
// viewer's own résumé only; the account's deletion takes the résumé with it.
import type { RouterOutputs } from "@interviewer/api";
import { schema } from "@interviewer/db";
import { createVerifiedAccount, type TestAccount } from "@interviewer/testing/accounts";
import {
  corruptPdf,
  encryptedPdf,
  hugeFile,
  resumeDocx,
  resumePdf,
  textlessPdf,
  toBase64,
  zipBombDocx,
} from "@interviewer/testing/resume-fixtures";
import { startTestServer, type TestServer } from "@interviewer/testing/test-server";
import { errorOf } from "@interviewer/testing/trpc-errors";
import { TRPCClientError } from "@trpc/client";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const PDF_TYPE = "application/pdf";
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const MB = 1024 * 1024;

type Resume = NonNullable<RouterOutputs["resume"]["get"]>;

describe("résumé upload", () => {
  let ts: TestServer;
  let pdfBase64: string;
  beforeAll(async () => {
    ts = await startTestServer({ mailWorker: false, env: { FREE_CREDITS_ON_SIGNUP: "3" } });
    pdfBase64 = toBase64(await resumePdf());
  });
  afterAll(async () => {
    await ts.stop();
  });

  async function uploadPdf(account: TestAccount): Promise<Resume> {
    return account.client.resume.upload.mutate({
      fileName: "jane-doe.pdf",
      mediaType: PDF_TYPE,
      contentBase64: pdfBase64,
    });
  }

  async function storedRows(userId: string) {
    return ts.database.handle.db.select().from(schema.resumes).where(eq(schema.resumes.userId, userId));
  }

  it("a PDF résumé is parsed, analysed and shown, and nothing of the file but its text is kept", async () => {
    const account = await createVerifiedAccount(ts);
    await expect(account.client.resume.get.query()).resolves.toBeNull();
    const resume = await uploadPdf(account);
    expect(resume).toMatchObject({ fileName: "jane-doe.pdf", mediaType: PDF_TYPE, analysisEditedAt: null });
    expect(resume.byteSize).toBe(Buffer.from(pdfBase64, "base64").length);
    expect(resume.analysis.roles[0]).toEqual({
      title: "Senior Backend Engineer",
      company: "Acme Payments",
      startYear: 2019,
      endYear: null,
    });
    expect(resume.analysis.projects.map((project) => project.name)).toEqual(["Ledger Service", "Rate Limiter"]);
    expect(resume.analysis.technologies.map((tech) => tech.id)).toEqual(
      expect.arrayContaining(["go", "postgresql", "redis", "kafka"]),
    );
    await expect(account.client.resume.get.query()).resolves.toEqual(resume);
    const [row] = await storedRows(account.userId);
    expect(row?.text).toContain("Ledger Service");
    expect(Object.keys(row ?? {})).not.toContain("content");
  });

  it("a DOCX upload replaces the PDF, whatever name and type the browser gave it", async () => {
    const account = await createVerifiedAccount(ts);
    await uploadPdf(account);
    const resume = await account.client.resume.upload.mutate({
      fileName: "resume.pdf",
      mediaType: "text/plain",
      contentBase64: toBase64(resumeDocx()),
    });
    expect(resume.mediaType).toBe(DOCX_TYPE);
    expect(resume.analysis.projects.map((project) => project.name)).toContain("Ledger Service");
    expect(await storedRows(account.userId)).toHaveLength(1);
  });

  it("the analysis is editable; technology names are normalised and ids cannot be chosen", async () => {
    const account = await createVerifiedAccount(ts);
    const uploaded = await uploadPdf(account);
    const edited = await account.client.resume.updateAnalysis.mutate({
      analysis: {
        ...uploaded.analysis,
        totalYearsOfExperience: 12,
        technologies: [
          ...uploaded.analysis.technologies,
          { name: "elastic search", id: "go" },
          { name: "Temporal", id: "kafka" },
        ],
      },
    });
    expect(edited.analysisEditedAt).toBeInstanceOf(Date);
    expect(edited.analysis.totalYearsOfExperience).toBe(12);
    expect(edited.analysis.technologies).toEqual(
      expect.arrayContaining([
        { id: "elasticsearch", name: "Elasticsearch" },
        { id: null, name: "Temporal" },
      ]),
    );
    await expect(account.client.resume.get.query()).resolves.toEqual(edited);
  });

  it("an invalid edit is a BAD_REQUEST with field errors and changes nothing", async () => {
    const account = await createVerifiedAccount(ts);
    const uploaded = await uploadPdf(account);
    const tooMany = Array.from({ length: 41 }, (_, index) => ({ name: `Tech ${index}`, id: null }));
    for (const analysis of [
      { ...uploaded.analysis, technologies: tooMany },
      { ...uploaded.analysis, roles: [{ title: "Eng\u0000ineer", company: null, startYear: 2020, endYear: null }] },
      { ...uploaded.analysis, totalYearsOfExperience: -1 },
    ]) {
      const error = await errorOf(account.client.resume.updateAnalysis.mutate({ analysis }));
      expect(error.data?.code).toBe("BAD_REQUEST");
      expect(error.data?.fieldErrors?.analysis?.length).toBeGreaterThan(0);
    }
    await expect(account.client.resume.get.query()).resolves.toEqual(uploaded);
  });

  it("hostile and unusable files get their typed error and leave the stored résumé as it was", async () => {
    const account = await createVerifiedAccount(ts);
    const before = await uploadPdf(account);
    const cases: Array<{ name: string; bytes: Uint8Array; code: string; reason: string }> = [
      { name: "damaged.pdf", bytes: corruptPdf(), code: "UNPROCESSABLE_CONTENT", reason: "RESUME_UNREADABLE" },
      { name: "locked.pdf", bytes: await encryptedPdf(), code: "UNPROCESSABLE_CONTENT", reason: "RESUME_ENCRYPTED" },
      { name: "scan.pdf", bytes: await textlessPdf(), code: "UNPROCESSABLE_CONTENT", reason: "RESUME_NO_TEXT" },
      {
        name: "bomb.docx",
        bytes: await zipBombDocx(300, "honest"),
        code: "PAYLOAD_TOO_LARGE",
        reason: "RESUME_TOO_LARGE",
      },
      {
        name: "liar.docx",
        bytes: await zipBombDocx(200, "lying"),
        code: "PAYLOAD_TOO_LARGE",
        reason: "RESUME_TOO_LARGE",
      },
      {
        name: "notes.pdf",
        bytes: new TextEncoder().encode("Jane Doe, backend engineer. ".repeat(20)),
        code: "UNSUPPORTED_MEDIA_TYPE",
        reason: "RESUME_UNSUPPORTED_TYPE",
      },
      { name: "big.pdf", bytes: hugeFile(2 * MB + 1), code: "PAYLOAD_TOO_LARGE", reason: "RESUME_TOO_LARGE" },
    ];
    for (const file of cases) {
      const error = await errorOf(
        account.client.resume.upload.mutate({
          fileName: file.name,
          mediaType: PDF_TYPE,
          contentBase64: toBase64(file.bytes),
        }),
      );
      expect({ file: file.name, code: error.data?.code, reason: error.data?.reason }).toEqual({
        file: file.name,
        code: file.code,
        reason: file.reason,
      });
      expect(error.message.length).toBeGreaterThan(20);
    }
    await expect(account.client.resume.get.query()).resolves.toEqual(before);
  });

  it("a 50 MB upload is refused from its length with the same typed error, and other calls keep the 1 MiB limit", async () => {
    const account = await createVerifiedAccount(ts);
    const body = JSON.stringify({
      json: { fileName: "huge.pdf", mediaType: PDF_TYPE, contentBase64: toBase64(hugeFile(50 * MB)) },
    });
    const response = await fetch(`${ts.url}/trpc/resume.upload`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${account.accessToken}` },
      body,
    });
    // Answered from the Content-Length, before the body is read.
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      error: { json: { data: { code: "PAYLOAD_TOO_LARGE", reason: "RESUME_TOO_LARGE", path: "resume.upload" } } },
    });
    // Through the typed client too: a 3 MB file is over the upload route's body limit.
    const error = await errorOf(
      account.client.resume.upload.mutate({
        fileName: "big.pdf",
        mediaType: PDF_TYPE,
        contentBase64: toBase64(hugeFile(3 * MB)),
      }),
    );
    expect(error.data).toMatchObject({ code: "PAYLOAD_TOO_LARGE", reason: "RESUME_TOO_LARGE", httpStatus: 413 });
    // Other refusals on the upload route keep the server's usual answer (not a 500).
    const wrongType = await fetch(`${ts.url}/trpc/resume.upload`, {
      method: "POST",
      headers: { "content-type": "text/plain", authorization: `Bearer ${account.accessToken}` },
      body: "hello",
    });
    expect(wrongType.status).toBe(415);
    // Any other procedure still refuses a body over Fastify's 1 MiB default.
    const other = await fetch(`${ts.url}/trpc/resume.updateAnalysis`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${account.accessToken}` },
      body: JSON.stringify({ json: { analysis: { padding: "x".repeat(2 * MB) } } }),
    });
    expect(other.status).toBe(413);
    await expect(account.client.resume.get.query()).resolves.toBeNull();
  });

  it("résumé procedures reach only the viewer's own résumé; signed out is UNAUTHORIZED", async () => {
    const owner = await createVerifiedAccount(ts);
    const stranger = await createVerifiedAccount(ts);
    const ownerResume = await uploadPdf(owner);
    await expect(stranger.client.resume.get.query()).resolves.toBeNull();
    const edit = await errorOf(stranger.client.resume.updateAnalysis.mutate({ analysis: ownerResume.analysis }));
    expect(edit.data).toMatchObject({ code: "NOT_FOUND", reason: "RESUME_NOT_FOUND" });
    await expect(stranger.client.resume.delete.mutate()).resolves.toEqual({ deleted: false });
    await expect(owner.client.resume.get.query()).resolves.toEqual(ownerResume);
    const signedOut = await errorOf(ts.client.resume.get.query());
    expect(signedOut.data?.code).toBe("UNAUTHORIZED");
  });

  it("deleting removes the résumé at once and is idempotent", async () => {
    const account = await createVerifiedAccount(ts);
    await uploadPdf(account);
    await expect(account.client.resume.delete.mutate()).resolves.toEqual({ deleted: true });
    await expect(account.client.resume.get.query()).resolves.toBeNull();
    expect(await storedRows(account.userId)).toHaveLength(0);
    await expect(account.client.resume.delete.mutate()).resolves.toEqual({ deleted: false });
  });

  it("deleting the account deletes its résumé", async () => {
    const account = await createVerifiedAccount(ts);
    await uploadPdf(account);
    await account.client.account.delete.mutate({ confirmEmail: account.email, password: account.password });
    expect(await storedRows(account.userId)).toHaveLength(0);
  });

  it("each résumé procedure is the session check and one statement", async () => {
    const account = await createVerifiedAccount(ts);
    const statements = ts.database.statements;
    const upload = await statements.during(() => uploadPdf(account));
    expect(upload.length, upload.join("\n")).toBeLessThanOrEqual(2);
    const get = await statements.during(() => account.client.resume.get.query());
    expect(get.length, get.join("\n")).toBeLessThanOrEqual(2);
    const resume = await account.client.resume.get.query();
    const edit = await statements.during(() =>
      account.client.resume.updateAnalysis.mutate({
        analysis: resume?.analysis ?? { roles: [], totalYearsOfExperience: null, projects: [], technologies: [] },
      }),
    );
    expect(edit.length, edit.join("\n")).toBeLessThanOrEqual(2);
    const remove = await statements.during(() => account.client.resume.delete.mutate());
    expect(remove.length, remove.join("\n")).toBeLessThanOrEqual(2);
  });

  it("uploads are rate limited per account", async () => {
    const account = await createVerifiedAccount(ts);
    const notAResume = toBase64(new TextEncoder().encode("plain text"));
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const error = await errorOf(
        account.client.resume.upload.mutate({ fileName: "a.txt", mediaType: "text/plain", contentBase64: notAResume }),
      );
      expect(error.data?.reason).toBe("RESUME_UNSUPPORTED_TYPE");
    }
    const limited = await errorOf(uploadPdf(account));
    expect(limited.data).toMatchObject({ code: "TOO_MANY_REQUESTS", reason: "RATE_LIMITED" });
    expect(limited).toBeInstanceOf(TRPCClientError);
  });
});
