// `node pglite-seed-cli.js <seed file> <migrations folder>`: what the server build runs (bundled) to
// write the pre-migrated PGlite seed into its output. Not part of the running server.
import path from "node:path";
import { writePgliteSeed } from "./pglite-seed.ts";

const [file, migrationsFolder] = process.argv.slice(2);
if (!file || !migrationsFolder) {
  console.error("usage: pglite-seed-cli <seed file> <migrations folder>");
  process.exit(2);
}
await writePgliteSeed(path.resolve(file), path.resolve(migrationsFolder));
