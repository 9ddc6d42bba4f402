// A WAV file for Chromium's fake microphone (--use-file-for-fake-audio-capture): a few seconds of a
// tone broken into syllable-length bursts, written in the test's setup so nothing is downloaded or
// kept in the repository. The fake transcriber does not listen to it; MediaRecorder only needs sound.
import { writeFile } from "node:fs/promises";

const SAMPLE_RATE = 16_000;

/** 16-bit mono PCM WAV of `seconds` of 220 Hz bursts (200 ms on, 100 ms off). */
export function speechLikeWav(seconds: number): Buffer {
  const samples = Math.round(seconds * SAMPLE_RATE);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i += 1) {
    const t = i / SAMPLE_RATE;
    const on = t % 0.3 < 0.2;
    const value = on ? Math.sin(2 * Math.PI * 220 * t) * 0.4 : 0;
    data.writeInt16LE(Math.round(value * 32_767), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + data.length, 4);
  header.write("WAVE", 8, "ascii");
  header.write("fmt ", 12, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** Writes the WAV and returns Chromium's switches for a fake microphone that plays it. */
export async function fakeMicrophoneArgs(wavPath: string, seconds = 6): Promise<string[]> {
  await writeFile(wavPath, speechLikeWav(seconds));
  return [
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
    `--use-file-for-fake-audio-capture=${wavPath}`,
  ];
}
