import { describe, expect, it } from "vitest";
import { parseIsoDateTime, readLemonSqueezyWebhook } from "./webhook-payload.ts";

describe("parseIsoDateTime", () => {
  it("reads Lemon Squeezy's microsecond UTC stamps and explicit offsets", () => {
    expect(parseIsoDateTime("2021-08-11T13:47:27.000000Z")?.toISOString()).toBe("2021-08-11T13:47:27.000Z");
    expect(parseIsoDateTime("2030-01-01T02:00:00+02:00")?.toISOString()).toBe("2030-01-01T00:00:00.000Z");
    expect(parseIsoDateTime("2028-02-29T00:00:00Z")?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });

  it("refuses what is not a date-time with a zone, and days a month does not have", () => {
    for (const text of [
      "garbage",
      "",
      "2030-01-01",
      "2030-01-01T00:00:00",
      "2030-02-29T00:00:00Z",
      "2030-04-31T00:00:00Z",
      "2030-00-10T00:00:00Z",
      "2030-01-01T23:60:00Z",
      "2030-01-01T00:00:00.Z",
      "2030-01-01T00:00:00.0000000000Z",
    ]) {
      expect(parseIsoDateTime(text), text).toBeNull();
    }
  });

  it("answers in linear time on long near-miss input", () => {
    const started = performance.now();
    for (const text of [
      `2030-01-01T00:00:00.${"1".repeat(200_000)}`,
      "2".repeat(200_000),
      `${"2030-01-01T00:00:00".repeat(10_000)}Z`,
    ]) {
      expect(parseIsoDateTime(text)).toBeNull();
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("readLemonSqueezyWebhook", () => {
  const body = (attributes: Record<string, unknown>) =>
    Buffer.from(
      JSON.stringify({
        meta: { event_name: "order_created" },
        data: { type: "orders", id: "1", attributes },
      }),
    );

  it("names the field of an unparseable date without echoing its value", () => {
    const read = readLemonSqueezyWebhook(body({ created_at: "<script>garbage</script>" }));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toContain("data.attributes.created_at");
    expect(read.message).not.toContain("garbage");
  });

  it("does not echo the body when it is not JSON", () => {
    const read = readLemonSqueezyWebhook(Buffer.from("{secret-ish not json"));
    expect(read).toEqual({ ok: false, message: "The body is not valid JSON." });
  });
});
