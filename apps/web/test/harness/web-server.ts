// The real server (built-in interviewer, embedded database) serving the web app's build, on a free
// port picked before it starts so that PUBLIC_URL is the origin the browser opens (see free-port.ts).
import path from "node:path";
import type { AppRouter } from "@interviewer/api";
import { startTestServer, type TestServer, type TestServerOptions } from "@interviewer/testing/test-server";
import { freePort } from "./free-port.ts";

/** The web app's production build (`vite build`), which the browser tests run against. */
export const webDistDir = path.resolve(import.meta.dirname, "..", "..", "dist");

export interface WebServer {
  ts: TestServer;
  /** The origin the browser opens: the server's PUBLIC_URL. */
  baseUrl: string;
}

/** `env` adds to the port, public URL and build directory; the other options go to startTestServer as they are. */
export async function startWebServer(options: TestServerOptions<AppRouter> = {}): Promise<WebServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const ts = await startTestServer({
    ...options,
    env: { PORT: String(port), PUBLIC_URL: baseUrl, WEB_DIST_DIR: webDistDir, ...options.env },
  });
  return { ts, baseUrl };
}
