import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { copyExcalidrawAssets } from "./build/excalidraw-assets.ts";
import { precompress } from "./build/precompress.ts";
import { writePublicPages } from "./build/public-pages.ts";

const webDir = path.dirname(fileURLToPath(import.meta.url));

/**
 * Two entries: index.html is the app; static-page.html is the template of the prerendered public
 * pages, whose only script (src/landing/static-page.ts) is a few KB. After the bundle is written,
 * the public pages are rendered into copies of the template, then everything is precompressed.
 * One closeBundle hook does both, in that order (separate plugins' closeBundle hooks run in parallel).
 */
function publicPagesAndPrecompression(): Plugin {
  let distDir = "";
  return {
    name: "interviewer:public-pages-and-precompression",
    apply: "build",
    configResolved(config) {
      distDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await writePublicPages(webDir, distDir);
      await copyExcalidrawAssets(distDir);
      await precompress(distDir);
    },
  };
}

// In development the API runs on :3000 and Vite on :5173; the proxy keeps every call same-origin,
// so cookies and CORS behave as they do in production.
export default defineConfig({
  plugins: [react(), publicPagesAndPrecompression()],
  build: {
    rolldownOptions: {
      input: {
        app: path.join(webDir, "index.html"),
        "static-page": path.join(webDir, "static-page.html"),
      },
    },
  },
  server: {
    proxy: {
      "/trpc": "http://localhost:3000",
      "/dev": "http://localhost:3000",
      "/health": "http://localhost:3000",
    },
  },
});
