import { describe, expect, it } from "vitest";
import { tokenFromLink } from "./commands/account.ts";
import { resolveCliConfig } from "./config.ts";
import { formatDuration } from "./format.ts";

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
});
