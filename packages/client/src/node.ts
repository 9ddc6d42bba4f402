// Entry point "@interviewer/client/node": what only works on Node (files), kept out of the main
// entry so browser bundles of "@interviewer/client" never pull in node:fs.
export { createFileTokenStore } from "./file-token-store.ts";
