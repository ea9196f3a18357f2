/** What a benchmark reads of another process (Neo4j's JVM) from /proc: Linux only. */
import { readFileSync } from "node:fs";

/** Clock ticks per second in /proc/PID/stat: USER_HZ, 100 on every Linux Node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system) another process has used so far, in ms, from /proc (Linux); null
 * where that cannot be read (no pid, another system, the process gone).
 */
export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // The command name (field 2) may hold spaces; the fields after its closing bracket do not.
    const stat = readFileSync(`/proc/${String(pid)}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

/** Resident memory of another process, from /proc, in MiB; "n/a" where that cannot be read. */
export function residentMiB(pid: number | undefined): string {
  if (pid === undefined) return "n/a";
  try {
    const status = readFileSync(`/proc/${String(pid)}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return `${Math.round(kb / 1024)} MiB`;
  } catch {
    return "n/a";
  }
}
