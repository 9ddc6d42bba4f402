// What is read back from storage reaches the API only if it is one of the form's own choices.
import { describe, expect, it } from "vitest";
import { DEFAULT_PLAN_SETTINGS } from "../plan-options.ts";
import { settingsFrom } from "./remembered-settings.ts";

describe("remembered new-interview settings", () => {
  it("restores valid choices", () => {
    const saved = {
      topics: ["databases", "coding"],
      questionsPerTopic: 3,
      difficulty: "senior",
      language: "Go",
      timeLimitMinutes: 45,
    };
    expect(settingsFrom(saved)).toEqual(saved);
    expect(settingsFrom({ ...saved, timeLimitMinutes: null }).timeLimitMinutes).toBeNull();
  });

  it("falls back to the default for each field that is not one of the choices", () => {
    expect(
      settingsFrom({
        topics: ["databases", "astrology", 7, "databases"],
        questionsPerTopic: 40,
        difficulty: "wizard",
        language: "COBOL",
        timeLimitMinutes: "30",
      }),
    ).toEqual({ ...DEFAULT_PLAN_SETTINGS, topics: ["databases"] });
  });

  it("gives the defaults (all six topics) for nothing, junk or an empty topic list", () => {
    for (const stored of [null, "text", [1, 2], { topics: [] }]) {
      expect(settingsFrom(stored)).toEqual(DEFAULT_PLAN_SETTINGS);
    }
    expect(DEFAULT_PLAN_SETTINGS.topics).toHaveLength(6);
  });
});
