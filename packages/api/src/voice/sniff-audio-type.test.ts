import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { sniffAudioType } from "./sniff-audio-type.ts";

const bytes = (...values: number[]) => new Uint8Array([...values, ...new Array(32).fill(0)]);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe("sniffAudioType", () => {
  it("reads each accepted container from its first bytes", () => {
    expect(sniffAudioType(bytes(0x1a, 0x45, 0xdf, 0xa3))).toBe("audio/webm");
    expect(sniffAudioType(bytes(...ascii("OggS")))).toBe("audio/ogg");
    expect(sniffAudioType(bytes(...ascii("RIFF"), 0, 0, 0, 0, ...ascii("WAVE")))).toBe("audio/wav");
    expect(sniffAudioType(bytes(0, 0, 0, 0x20, ...ascii("ftypM4A ")))).toBe("audio/mp4");
    expect(sniffAudioType(bytes(...ascii("ID3")))).toBe("audio/mpeg");
    expect(sniffAudioType(bytes(0xff, 0xfb))).toBe("audio/mpeg");
  });

  it("refuses anything else, a RIFF that is not WAVE and an empty file included, as VOICE_NOT_AUDIO", () => {
    for (const sample of [
      bytes(0x89, 0x50, 0x4e, 0x47),
      bytes(...ascii("RIFF"), 0, 0, 0, 0, ...ascii("AVI ")),
      bytes(...ascii("%PDF-")),
      new Uint8Array(),
    ]) {
      expect(() => sniffAudioType(sample)).toThrow(DomainError);
      try {
        sniffAudioType(sample);
      } catch (error) {
        expect(error).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", reason: "VOICE_NOT_AUDIO" });
      }
    }
  });
});
