// Words and numbers for recording: elapsed time as the candidate reads it, and the recording's
// base64 for voice.transcribe (read in one pass; the size is checked before, so it is bounded).

/** 75 seconds → "1:15". */
export function clockTime(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** 180000 → "3 minutes"; 90000 → "1.5 minutes". */
export function minutesInWords(ms: number): string {
  const minutes = Math.round((ms / 60_000) * 10) / 10;
  return `${minutes.toLocaleString("en")} minute${minutes === 1 ? "" : "s"}`;
}

/** 5242880 → "5 MB". */
export function megabytesInWords(bytes: number): string {
  return `${(Math.round((bytes / (1024 * 1024)) * 10) / 10).toLocaleString("en")} MB`;
}

/** The recording's bytes as base64 (without the data: URL's prefix). */
export function audioAsBase64(audio: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error("The recording could not be read."));
    reader.onload = () => {
      const url = typeof reader.result === "string" ? reader.result : "";
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.readAsDataURL(audio);
  });
}
