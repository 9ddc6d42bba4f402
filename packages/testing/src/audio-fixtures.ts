// Audio made in the test setup, never downloaded or committed as binaries: a WAV built in JS (a RIFF
// header and 16-bit PCM of a tone with a little deterministic noise), and the first bytes of the other
// containers the server accepts, for the sniffer. The fake transcriber does not listen to the audio; these
// exercise sizes, durations and container checks on the real upload path.

/** A mono 16-bit PCM WAV of `durationMs` of a `frequencyHz` tone with deterministic noise. */
export function toneWav(options: { durationMs: number; sampleRate?: number; frequencyHz?: number }): Uint8Array {
  const sampleRate = options.sampleRate ?? 8000;
  const frequency = options.frequencyHz ?? 440;
  const samples = Math.round((sampleRate * options.durationMs) / 1000);
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write("RIFF", 0, "ascii");
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write("WAVEfmt ", 8, "ascii");
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28); // byte rate
  wav.writeUInt16LE(2, 32); // block align
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write("data", 36, "ascii");
  wav.writeUInt32LE(samples * 2, 40);
  // A linear congruential generator: the same "noise" on every run.
  let seed = 12345;
  for (let i = 0; i < samples; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const noise = (seed / 2147483648 - 0.5) * 0.1;
    const value = Math.sin((2 * Math.PI * frequency * i) / sampleRate) * 0.5 + noise;
    wav.writeInt16LE(Math.round(value * 32767 * 0.8), 44 + i * 2);
  }
  return new Uint8Array(wav);
}

/** The first bytes of a WebM (EBML) recording as MediaRecorder writes it, padded to `bytes`. */
export function webmLikeBytes(bytes = 1024): Uint8Array {
  const out = new Uint8Array(bytes);
  out.set([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]);
  return out;
}

/** Bytes that are not audio: a PNG's signature, padded. */
export function notAudioBytes(bytes = 1024): Uint8Array {
  const out = new Uint8Array(bytes);
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}
