// Copies Excalidraw's fonts into the build (dist/excalidraw-assets/fonts/…), where the whiteboard points
// Excalidraw at them (src/whiteboard/self-hosted-assets.ts): otherwise it fetches them from a CDN when
// the whiteboard opens. The fonts are already woff2, so precompression leaves them as they are.
import { cp } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** The folder the fonts come from: Excalidraw's production build, which its package ships. */
function excalidrawFontsDir(): string {
  const entry = require.resolve("@excalidraw/excalidraw");
  return path.join(path.dirname(entry), "fonts");
}

export async function copyExcalidrawAssets(distDir: string): Promise<void> {
  await cp(excalidrawFontsDir(), path.join(distDir, "excalidraw-assets", "fonts"), { recursive: true });
}
