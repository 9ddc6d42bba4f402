#!/usr/bin/env node
// The `interviewer` command. In the monorepo it runs from TypeScript source: tsx compiles it, and the
// "@interviewer/source" export condition makes @interviewer/client resolve to its source too, so no
// build step is needed to use or test the CLI.
import { register } from "node:module";
import { register as registerTsx } from "tsx/esm/api";

register("./source-condition.mjs", import.meta.url);
registerTsx();
await import("../src/main.ts");
