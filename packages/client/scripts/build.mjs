// Builds @interviewer/client for outsiders: ESM JavaScript (esbuild; runtime dependencies stay
// imports) and ONE declaration file per entry (rollup-plugin-dts). The declarations must stand alone
// outside the monorepo, so the types of the private workspace packages the AppRouter is made of
// (@interviewer/api, db, engine) are inlined; only published packages stay imports. rollup-plugin-dts
// needs the TypeScript JS API, which TypeScript 7 does not have: it uses @typescript/typescript6.
import { mkdtemp, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { rollup } from "rollup";
import { dts } from "rollup-plugin-dts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const entries = { index: "src/index.ts", node: "src/node.ts" };
const distDir = path.join(root, "dist");
// Built beside dist/ and swapped in at the end, so a reader (or a second build) never sees half a build.
const outDir = await mkdtemp(path.join(root, ".dist-"));

await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir: outDir,
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  packages: "external",
  logLevel: "warning",
});

/** Bare imports stay imports, except the private workspace packages, whose types are inlined. */
const isPublishedPackage = (id) => !id.startsWith(".") && !path.isAbsolute(id) && !id.startsWith("@interviewer/");

/**
 * Workspace packages by their real path (not through node_modules symlinks), so TypeScript sees their
 * own dependencies as the portable package imports they are.
 */
const workspacePackagesByRealPath = {
  name: "workspace-packages-by-real-path",
  resolveId(source, importer) {
    if (!source.startsWith("@interviewer/") || !importer) return null;
    return createRequire(importer).resolve(source);
  },
};

for (const [name, input] of Object.entries(entries)) {
  const bundle = await rollup({
    input: path.join(root, input),
    external: isPublishedPackage,
    plugins: [
      workspacePackagesByRealPath,
      dts({
        respectExternal: true,
        tsconfig: path.join(root, "tsconfig.build.json"),
        compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true },
      }),
    ],
    onwarn(warning, warn) {
      if (warning.code !== "CIRCULAR_DEPENDENCY") warn(warning);
    },
  });
  await bundle.write({ file: path.join(outDir, `${name}.d.ts`), format: "es" });
  await bundle.close();
}

await rm(distDir, { recursive: true, force: true });
try {
  await rename(outDir, distDir);
} catch (error) {
  // Another build finished first and its dist/ is as good as ours.
  await rm(outDir, { recursive: true, force: true });
  if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
}
