// A free loopback port picked before the server starts: the browser's origin must equal PUBLIC_URL
// (CORS, links in emails, the billing simulator's redirect), so the URL has to be known up front.
import net from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
