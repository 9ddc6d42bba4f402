import { describe, expect, it } from "vitest";
import { StreamedJsonStringField } from "./streamed-json-field.ts";

describe("streamed JSON string field", () => {
  it("decodes the field across arbitrary chunk boundaries, escapes included", () => {
    const json = JSON.stringify({ summary: 'Good "answer"\nwith é and \\ slash', score: 7 });
    for (const size of [1, 2, 3, 5, 8]) {
      const field = new StreamedJsonStringField("summary");
      let text = "";
      for (let index = 0; index < json.length; index += size) text += field.push(json.slice(index, index + size));
      expect(text).toBe('Good "answer"\nwith é and \\ slash');
    }
  });

  it("ignores other fields and stops at the closing quote", () => {
    const field = new StreamedJsonStringField("summary");
    expect(field.push('{"gaps":["x"],"summary":"ab')).toBe("ab");
    expect(field.push('c","improvement":"zzz"}')).toBe("c");
  });
});
