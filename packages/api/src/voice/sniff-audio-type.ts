// What an uploaded recording really is, from its first bytes: the declared media type is the browser's
// claim and is never trusted. The containers MediaRecorder and common recorders produce are accepted
// (WebM/Matroska, Ogg, WAV, MP4/M4A, MPEG audio); anything else is VOICE_NOT_AUDIO before a transcriber
// is called.
import { voiceError } from "./voice-errors.ts";

export const AUDIO_MEDIA_TYPES = ["audio/webm", "audio/ogg", "audio/wav", "audio/mp4", "audio/mpeg"] as const;
export type AudioMediaType = (typeof AUDIO_MEDIA_TYPES)[number];

const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3]; // WebM / Matroska
const OGG_MAGIC = [0x4f, 0x67, 0x67, 0x53]; // OggS
const RIFF_MAGIC = [0x52, 0x49, 0x46, 0x46]; // RIFF, then the size, then WAVE
const WAVE_MAGIC = [0x57, 0x41, 0x56, 0x45];
const FTYP_MAGIC = [0x66, 0x74, 0x79, 0x70]; // MP4: a box size, then "ftyp"
const ID3_MAGIC = [0x49, 0x44, 0x33]; // MP3 with an ID3 tag

function hasAt(bytes: Uint8Array, offset: number, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[offset + index] === byte);
}

/** The recording's container as a media type, or VOICE_NOT_AUDIO. */
export function sniffAudioType(bytes: Uint8Array): AudioMediaType {
  if (hasAt(bytes, 0, EBML_MAGIC)) return "audio/webm";
  if (hasAt(bytes, 0, OGG_MAGIC)) return "audio/ogg";
  if (hasAt(bytes, 0, RIFF_MAGIC) && hasAt(bytes, 8, WAVE_MAGIC)) return "audio/wav";
  if (hasAt(bytes, 4, FTYP_MAGIC)) return "audio/mp4";
  // An MPEG audio frame starts with 11 set sync bits.
  if (hasAt(bytes, 0, ID3_MAGIC) || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return "audio/mpeg";
  throw voiceError(
    "VOICE_NOT_AUDIO",
    "That file is not a recording this server reads (WebM, Ogg, WAV, MP4 or MP3). Record again, or type your answer.",
  );
}
