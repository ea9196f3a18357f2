/**
 * Runs the explorer's requests: one at a time per purpose (a newer search or expansion
 * cancels the older one), with the waiting shown in the status line, and failures turned into
 * messages. When the server or Neo4j does not answer, the page says so and keeps the canvas.
 */
import { ApiRequestError } from "../../api/api-client";
import type { ExplorerModel } from "./explorer-model";

export function describeFailure(error: unknown): { message: string; offline: boolean } {
  if (error instanceof ApiRequestError) {
    const offline = error.status === 0 || error.status === 503 || error.status === 504;
    return {
      message: offline
        ? `${error.message} What is on screen stays; press Retry when it is back.`
        : error.message,
      offline,
    };
  }
  return { message: error instanceof Error ? error.message : String(error), offline: false };
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

export class RequestRunner {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly model: Pick<ExplorerModel, "update" | "getSnapshot">) {}

  /**
   * Runs `task` as the only request for `purpose`; resolves to null when it failed (the
   * snapshot then holds the error) or was replaced by a newer one.
   */
  async run<T>(
    purpose: string,
    busy: string,
    task: (signal: AbortSignal) => Promise<T>,
  ): Promise<T | null> {
    this.running.get(purpose)?.abort();
    const controller = new AbortController();
    this.running.set(purpose, controller);
    this.model.update({ busy });
    try {
      const result = await task(controller.signal);
      if (controller.signal.aborted) return null;
      this.model.update({ offline: false, error: null });
      return result;
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return null;
      const { message, offline } = describeFailure(error);
      this.model.update({ error: message, offline });
      return null;
    } finally {
      if (this.running.get(purpose) === controller) {
        this.running.delete(purpose);
        this.model.update({ busy: this.running.size > 0 ? this.model.getSnapshot().busy : null });
      }
    }
  }

  cancelAll(): void {
    for (const controller of this.running.values()) controller.abort();
    this.running.clear();
  }
}
