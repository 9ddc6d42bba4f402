// After the client build: the public pages (landing, terms, privacy, contact) rendered to static HTML
// from the app's own components (src/landing/prerender.tsx, loaded through Vite so TSX and the app's
// imports work), each written into a copy of the built static-page.html as dist/pages/<name>.html.
// The server serves dist/pages/index.html at "/" and dist/pages/<name>.html at "/<name>".
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { type Plugin, runnerImport } from "vite";

const STYLE_STUB = "\0interviewer:style-stub";

/** Styles are the client build's business; the prerender only needs markup, so CSS imports are empty. */
const ignoreStyles: Plugin = {
  name: "interviewer:prerender-ignores-styles",
  enforce: "pre",
  resolveId: (id) => (id.endsWith(".css") ? STYLE_STUB : undefined),
  load: (id) => (id === STYLE_STUB ? "export {};" : undefined),
};

interface StaticPage {
  name: string;
  title: string;
  html: string;
}

function isStaticPageList(value: unknown): value is StaticPage[] {
  return (
    Array.isArray(value) &&
    value.every(
      (page: unknown) =>
        typeof page === "object" &&
        page !== null &&
        "name" in page &&
        typeof page.name === "string" &&
        "title" in page &&
        typeof page.title === "string" &&
        "html" in page &&
        typeof page.html === "string",
    )
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export async function writePublicPages(webDir: string, distDir: string): Promise<string[]> {
  const templatePath = path.join(distDir, "static-page.html");
  const template = await readFile(templatePath, "utf8");
  if (!template.includes("<!--static-page-->")) throw new Error(`${templatePath} has no <!--static-page--> slot`);
  const { module } = await runnerImport<{ renderStaticPages?: unknown }>(
    path.join(webDir, "src/landing/prerender.tsx"),
    { root: webDir, configFile: false, logLevel: "error", plugins: [ignoreStyles] },
  );
  const render = module.renderStaticPages;
  if (typeof render !== "function") throw new Error("src/landing/prerender.tsx exports no renderStaticPages()");
  const pages: unknown = render();
  if (!isStaticPageList(pages)) throw new Error("renderStaticPages() did not return a list of pages");
  const pagesDir = path.join(distDir, "pages");
  await mkdir(pagesDir, { recursive: true });
  const written: string[] = [];
  for (const page of pages) {
    const html = template
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
      .replace("<!--static-page-->", () => page.html);
    const file = path.join(pagesDir, `${page.name}.html`);
    await writeFile(file, html);
    written.push(file);
  }
  // The bare template would be an empty page; only the filled copies are served.
  await rm(templatePath);
  return written;
}
