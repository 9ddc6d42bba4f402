// Pulls one top-level string field out of JSON that arrives in pieces, so the feedback summary can be
// shown while the model is still writing the rest of the evaluation. Handles escapes split across
// chunks by only decoding complete escape sequences.
export class StreamedJsonStringField {
  private buffer = "";
  private cursor = -1;
  private done = false;

  constructor(private readonly field: string) {}

  /** Appends a chunk of raw JSON; returns the newly decoded text of the field (may be ""). */
  push(chunk: string): string {
    this.buffer += chunk;
    if (this.done) return "";
    if (this.cursor < 0) {
      const match = new RegExp(`(?<!\\\\)"${this.field}"\\s*:\\s*"`).exec(this.buffer);
      if (!match) return "";
      this.cursor = match.index + match[0].length;
    }
    let decoded = "";
    while (this.cursor < this.buffer.length) {
      const char = this.buffer[this.cursor];
      if (char === '"') {
        this.done = true;
        break;
      }
      if (char !== "\\") {
        decoded += char;
        this.cursor += 1;
        continue;
      }
      const next = this.buffer[this.cursor + 1];
      if (next === undefined) break;
      if (next === "u") {
        const hex = this.buffer.slice(this.cursor + 2, this.cursor + 6);
        if (hex.length < 4) break;
        decoded += String.fromCharCode(Number.parseInt(hex, 16));
        this.cursor += 6;
        continue;
      }
      const escapes: Record<string, string> = {
        n: "\n",
        t: "\t",
        r: "\r",
        b: "\b",
        f: "\f",
        '"': '"',
        "\\": "\\",
        "/": "/",
      };
      decoded += escapes[next] ?? next;
      this.cursor += 2;
    }
    return decoded;
  }
}
