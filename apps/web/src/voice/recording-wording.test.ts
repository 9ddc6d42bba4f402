import { describe, expect, it } from "vitest";
import { paceVerdictLabel, storyParts } from "./delivery-wording.ts";
import { clockTime, megabytesInWords, minutesInWords } from "./recording-wording.ts";

describe("recording wording", () => {
  it("shows elapsed time as minutes and zero-padded seconds", () => {
    expect(clockTime(0)).toBe("0:00");
    expect(clockTime(9_999)).toBe("0:09");
    expect(clockTime(75_000)).toBe("1:15");
    expect(clockTime(180_000)).toBe("3:00");
    expect(clockTime(-5)).toBe("0:00");
  });

  it("says the limits in words", () => {
    expect(minutesInWords(180_000)).toBe("3 minutes");
    expect(minutesInWords(60_000)).toBe("1 minute");
    expect(minutesInWords(90_000)).toBe("1.5 minutes");
    expect(megabytesInWords(5 * 1024 * 1024)).toBe("5 MB");
  });

  it("gives the pace a plain verdict and the story its parts in telling order", () => {
    expect(paceVerdictLabel("steady")).toBe("Steady");
    expect(paceVerdictLabel("unknown")).toBe("Not measured");
    const parts = storyParts({ situation: true, task: false, action: true, result: false, note: "" });
    expect(parts).toEqual([
      { name: "Situation", heard: true },
      { name: "Task", heard: false },
      { name: "Action", heard: true },
      { name: "Result", heard: false },
    ]);
  });
});
