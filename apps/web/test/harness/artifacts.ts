// Where the browser tests put their screenshots (apps/web/test-artifacts/, kept out of git), for
// reviewing the pages by eye after a run.
import { mkdir } from "node:fs/promises";
import path from "node:path";

export const artifactsDir = path.resolve(import.meta.dirname, "..", "..", "test-artifacts");

/** The path for an artifact named `fileName`, with the folder made first. */
export async function artifactPath(fileName: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  return path.join(artifactsDir, fileName);
}
