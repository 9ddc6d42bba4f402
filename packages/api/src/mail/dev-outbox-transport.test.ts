import { describe, expect, it } from "vitest";
import { createDevOutboxTransport, firstLink } from "./dev-outbox-transport.ts";

describe("dev outbox transport", () => {
  it("logs the message's first link so it can be clicked from the terminal", async () => {
    const lines: { obj: object; msg?: string }[] = [];
    const record = (obj: object, msg?: string) => lines.push({ obj, msg });
    const transport = createDevOutboxTransport({
      logger: { info: record, warn: record, error: record },
      outboxUrl: "http://localhost:3000/dev/mail",
      logLinks: true,
    });
    const result = await transport.send({
      to: "ada@example.com",
      from: "Interviewer <no-reply@test.local>",
      subject: "Confirm your email address",
      text: "Hi Ada,\n\nConfirm:\nhttp://localhost:3000/verify?token=abc\n\nOther: https://example.com/x\n",
      html: "<p>ignored</p>",
      idempotencyKey: "key-1",
    });

    expect(result.providerMessageId).toBe("dev-outbox-key-1");
    expect(lines).toHaveLength(1);
    expect(lines[0]?.msg).toContain("open http://localhost:3000/verify?token=abc");
    expect(lines[0]?.obj).toMatchObject({ to: "ada@example.com", outbox: "http://localhost:3000/dev/mail" });
  });

  it("keeps links (and the tokens in them) out of the log when told to, as in production", async () => {
    const lines: { obj: object; msg?: string }[] = [];
    const record = (obj: object, msg?: string) => lines.push({ obj, msg });
    const transport = createDevOutboxTransport({
      logger: { info: record, warn: record, error: record },
      logLinks: false,
    });
    await transport.send({
      to: "ada@example.com",
      from: "Interviewer <no-reply@test.local>",
      subject: "Reset your password",
      text: "Reset:\nhttp://localhost:3000/reset-password?token=secret-reset-token\n",
      html: "<p>ignored</p>",
      idempotencyKey: "key-2",
    });
    expect(lines).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toContain("secret-reset-token");
    expect(lines[0]?.msg).toContain("Reset your password");
  });

  it("finds no link in a message without one", () => {
    expect(firstLink("Your account has been deleted.")).toBeUndefined();
  });
});
