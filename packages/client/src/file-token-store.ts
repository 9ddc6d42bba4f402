// A token store in one JSON file, for command-line tools and other non-browser apps. The file holds
// a refresh token (a long-lived credential), so it is created readable by its owner only (0600) in a
// directory only its owner can enter (0700), and replaced atomically so a crash never leaves half a file.
import { chmod, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { StoredSession, TokenStore } from "./token-store.ts";

export function createFileTokenStore(filePath: string): TokenStore {
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(filePath, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
      try {
        return JSON.parse(text) as StoredSession;
      } catch {
        // A damaged file means "not signed in", not a crash on every command.
        return undefined;
      }
    },
    async save(session) {
      await mkdir(path.dirname(filePath), { recursive: true, mode: 0o700 });
      const temporary = `${filePath}.${process.pid}.tmp`;
      await writeFile(temporary, `${JSON.stringify(session, null, 2)}\n`, { mode: 0o600 });
      // writeFile's mode is masked by the umask; make sure of it before the file takes its name.
      await chmod(temporary, 0o600);
      await rename(temporary, filePath);
    },
    async clear() {
      await rm(filePath, { force: true });
    },
  };
}
