import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { LOAD_CASES, type LoadCaseName } from "./load-cases";
import { runLoad, type LoadResult } from "./load-client";

/**
 * The load run's clients in a process of their own, so that their work does not run on the
 * server's event loop: the run sends an order, this process runs the load and answers with the
 * timings and the CPU time the clients used.
 */

export interface LoadOrder {
  caseName: LoadCaseName;
  baseUrl: string;
  cookie: string | null;
  connections: number;
  durationMs: number;
}

export interface LoadAnswer extends LoadResult {
  /** CPU time (user + system) this client process used for the load, in ms. */
  clientCpuMs: number;
}

/** A client process, started once and given one order after another. */
export class LoadClientProcess {
  private readonly child: ChildProcess;

  constructor() {
    this.child = fork(fileURLToPath(import.meta.url), ["--serve"], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
  }

  run(order: LoadOrder): Promise<LoadAnswer> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`The load client process ended (exit code ${code}) before answering.`));
      this.child.once("exit", onExit);
      this.child.once("message", (answer: LoadAnswer) => {
        this.child.off("exit", onExit);
        resolve(answer);
      });
      this.child.send(order);
    });
  }

  close(): void {
    this.child.disconnect();
  }
}

async function answer(order: LoadOrder): Promise<LoadAnswer> {
  const before = process.cpuUsage();
  const result = await runLoad({ ...order, nextRequest: LOAD_CASES[order.caseName] });
  const cpu = process.cpuUsage(before);
  return { ...result, clientCpuMs: (cpu.user + cpu.system) / 1000 };
}

if (process.argv.includes("--serve")) {
  process.on("message", (order: LoadOrder) => {
    void answer(order).then((result) => process.send?.(result));
  });
}
