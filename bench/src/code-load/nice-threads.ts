// An experiment, not a setting of the server: lowers the scheduling priority (raises the nice value) of
// every thread of the server's process tree except the main threads, from outside, to see what the
// API would gain if the sandbox's workers ran at a lower priority than its event loop. Linux applies
// nice per thread, so setpriority on a thread id changes that thread alone. Threads started after the
// call (a worker replaced after a memory bomb) keep the normal priority: call it before each window.
import { readdir, readFile } from "node:fs/promises";
import os from "node:os";

/** Sets `nice` on each non-main thread under `pid`; returns how many threads it changed. */
export async function niceNonMainThreads(pid: number, nice: number): Promise<number> {
  let changed = 0;
  for (const tid of await readdir(`/proc/${pid}/task`).catch((): string[] => [])) {
    if (tid !== String(pid)) {
      try {
        os.setPriority(Number(tid), nice);
        changed += 1;
      } catch {
        // The thread ended between the listing and the call.
      }
    }
    const children = await readFile(`/proc/${pid}/task/${tid}/children`, "utf8").catch(() => "");
    for (const child of children.split(" ").map(Number).filter(Boolean))
      changed += await niceNonMainThreads(child, nice);
  }
  return changed;
}
