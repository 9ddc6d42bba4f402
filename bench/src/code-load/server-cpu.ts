// CPU time of the server's process tree (tsx runs the server in a child process), per thread, read
// from Linux /proc: how much of the cores went to the event loop that answers the API and how much to
// the other threads (the sandbox's workers, garbage collection, libuv). Node names every thread
// "node", so workers cannot be told from the rest by name; a process's main thread (tid = pid) is its
// event loop. tsx's wrapper process counts there too, but it only waits for the server (a few ticks
// in a whole run). Elsewhere than Linux every reading is empty and the tables say "-".
import { readdir, readFile } from "node:fs/promises";

/** CPU ticks (utime + stime) by thread, keyed "pid/tid"; `isEventLoop` marks a process's main thread. */
export type ThreadCpu = Map<string, { isEventLoop: boolean; ticks: number }>;

/** utime + stime (fields 14 and 15) of a /proc stat line; the name field may hold spaces and parens. */
export function cpuTicksOfStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields after the name start at field 3 (state), so field 14 is index 11.
  return Number(fields[11] ?? Number.NaN) + Number(fields[12] ?? Number.NaN);
}

async function addProcess(pid: number, into: ThreadCpu): Promise<void> {
  for (const tid of await readdir(`/proc/${pid}/task`).catch((): string[] => [])) {
    const base = `/proc/${pid}/task/${tid}`;
    const [stat, children] = await Promise.all([
      readFile(`${base}/stat`, "utf8").catch(() => ""),
      readFile(`${base}/children`, "utf8").catch(() => ""),
    ]);
    const ticks = cpuTicksOfStat(stat);
    if (Number.isFinite(ticks)) into.set(`${pid}/${tid}`, { isEventLoop: tid === String(pid), ticks });
    for (const child of children.split(" ").map(Number).filter(Boolean)) await addProcess(child, into);
  }
}

export async function readThreadCpu(pid: number): Promise<ThreadCpu> {
  const threads: ThreadCpu = new Map();
  await addProcess(pid, threads);
  return threads;
}

/** CPU seconds per thread group between two readings (threads started in between count from zero). */
export function cpuSecondsBetween(
  before: ThreadCpu,
  after: ThreadCpu,
  groupOf: (thread: { isEventLoop: boolean }) => string,
  ticksPerSecond = 100,
): Map<string, number> {
  const seconds = new Map<string, number>();
  for (const [key, thread] of after) {
    const spent = (thread.ticks - (before.get(key)?.ticks ?? 0)) / ticksPerSecond;
    const group = groupOf(thread);
    seconds.set(group, (seconds.get(group) ?? 0) + spent);
  }
  return seconds;
}
