// How much audio the server takes: the bounds a recording is held to. The server's HTTP body limit for
// voice.transcribe (apps/server plugins/large-body-routes.ts) follows from these.

/** The largest recording accepted: three minutes of Opus in WebM is ~1.5 MB, of 16 kHz WAV ~5.8 MB. */
export const VOICE_MAX_AUDIO_BYTES = 5 * 1024 * 1024;
/** The recording as base64 in JSON: 4 characters per 3 bytes. */
export const VOICE_MAX_BASE64_CHARS = Math.ceil(VOICE_MAX_AUDIO_BYTES / 3) * 4;
/** The JSON body of one voice.transcribe call: the base64 audio and superjson's envelope. */
export const VOICE_TRANSCRIBE_BODY_MAX_BYTES = VOICE_MAX_BASE64_CHARS + 64 * 1024;
/** Longest answer that is transcribed: a spoken answer beyond three minutes is a monologue. */
export const VOICE_MAX_DURATION_MS = 3 * 60 * 1000;
/** Word timings kept per recording (or accepted from a browser): ~330 words a minute for three minutes, doubled. */
export const VOICE_MAX_WORDS = 2000;
/** Longest single "word" kept from a transcriber or a browser. */
export const VOICE_MAX_WORD_CHARS = 64;
/** How long one transcription may take before it is given up. */
export const VOICE_TRANSCRIBE_TIMEOUT_MS = 60_000;
