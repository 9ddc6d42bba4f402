import { describe, expect, it } from "vitest";
import { microphoneProblem } from "./use-recorder.ts";

describe("microphone problems in words", () => {
  it("tells a blocked microphone from a missing or busy one, and always offers typing", () => {
    const blocked = microphoneProblem(new DOMException("denied", "NotAllowedError"));
    const missing = microphoneProblem(new DOMException("none", "NotFoundError"));
    const busy = microphoneProblem(new DOMException("busy", "NotReadableError"));
    const other = microphoneProblem(new Error("boom"));
    expect(blocked).toMatch(/^The microphone is blocked\. Allow it in your browser's site settings/);
    expect(missing).toMatch(/^No microphone was found/);
    expect(busy).toMatch(/in use by another application/);
    expect(other).toBe("The microphone could not be started. Try again, or type your answer instead.");
    for (const message of [blocked, missing, busy, other]) expect(message).toContain("type your answer");
  });
});
