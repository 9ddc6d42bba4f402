// Brotli and gzip copies of every text file in the build (file.js.br, file.js.gz beside file.js),
// made once here at maximum compression so the server only picks one per request (@fastify/static's
// preCompressed option) instead of compressing on every response. A copy that would not be smaller
// is not written.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const COMPRESSIBLE = new Set([".js", ".mjs", ".css", ".html", ".svg", ".json", ".txt", ".xml", ".ico", ".map"]);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

export interface CompressedFile {
  file: string;
  bytes: number;
  brotli: number | null;
  gzip: number | null;
}

export async function precompress(distDir: string): Promise<CompressedFile[]> {
  const files = (await filesUnder(distDir)).filter((file) => COMPRESSIBLE.has(path.extname(file)));
  return Promise.all(
    files.map(async (file) => {
      const content = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      const result: CompressedFile = { file, bytes: content.length, brotli: null, gzip: null };
      if (br.length < content.length) {
        await writeFile(`${file}.br`, br);
        result.brotli = br.length;
      }
      if (gz.length < content.length) {
        await writeFile(`${file}.gz`, gz);
        result.gzip = gz.length;
      }
      return result;
    }),
  );
}
