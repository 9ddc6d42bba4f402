import { describe, expect, it } from "vitest";
import { tokenFromLink } from "./commands/account.ts";
import { resolveCliConfig } from "./config.ts";
import { formatDuration, type ProgressView, progressLine } from "./format.ts";

describe("terminal formatting and configuration", () => {
  it("shows time left as minutes and seconds", () => {
    expect(formatDuration(9 * 60_000 + 41_000)).toBe("9:41");
    expect(formatDuration(-5)).toBe("0:00");
  });

  it("takes the token from a verification link or a bare token", () => {
    expect(tokenFromLink("http://localhost:3000/verify-email?token=abc_DEF-123")).toBe("abc_DEF-123");
    expect(tokenFromLink(" abc_DEF-123 ")).toBe("abc_DEF-123");
  });

  it("reads the server and config directory from flags, then the environment, then defaults", () => {
    expect(resolveCliConfig({}, { HOME: "/home/x" }).url).toBe("http://localhost:3000");
    expect(resolveCliConfig({}, { INTERVIEWER_URL: "https://i.example.com/" }).url).toBe("https://i.example.com");
    expect(resolveCliConfig({ url: "http://a:1" }, { INTERVIEWER_URL: "http://b:2" }).url).toBe("http://a:1");
    expect(resolveCliConfig({}, { INTERVIEWER_CONFIG_DIR: "/tmp/cfg" }).sessionFile).toBe("/tmp/cfg/session.json");
  });

  it("numbers planned questions only: a follow-up or a retry keeps its main question's number", () => {
    const view: ProgressView = {
      timeLeftMs: 125_000,
      progress: {
        topicIndex: 1,
        topicCount: 3,
        topic: "databases",
        topicLabel: "Databases",
        questionIndex: 0,
        questionNumber: 3,
        questionsPerTopic: 2,
        answered: 2,
        total: 6,
      },
      currentQuestion: { kind: "main", attempt: 1 },
    };
    expect(progressLine(view)).toBe("Topic 2/3 (Databases), question 1/2 · 3 of 6 overall · 2:05 left");
    expect(progressLine({ ...view, currentQuestion: { kind: "follow-up", attempt: 1 } })).toBe(
      "Topic 2/3 (Databases), question 1/2, follow-up · 3 of 6 overall · 2:05 left",
    );
    expect(progressLine({ ...view, timeLeftMs: null, currentQuestion: { kind: "main", attempt: 2 } })).toBe(
      "Topic 2/3 (Databases), question 1/2, second attempt · 3 of 6 overall",
    );
  });
});
