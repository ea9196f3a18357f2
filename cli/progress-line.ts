/**
 * The progress line on standard error: what the export is doing, for how long, and how much is
 * written. On a terminal one line is redrawn in place; in a log, each stage is its own line
 * and the byte count is repeated at most every few seconds.
 */

export interface ProgressStream {
  write(text: string): boolean;
  isTTY?: boolean;
}

const TTY_INTERVAL_MS = 200;
const LOG_INTERVAL_MS = 5_000;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export class ProgressLine {
  private readonly started: number;
  private stageText = "starting";
  private written = 0;
  private lastDrawn = 0;
  private open = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly quiet = false,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  private elapsed(): string {
    return `${((this.now() - this.started) / 1000).toFixed(1)} s`;
  }

  private draw(force: boolean): void {
    if (this.quiet) return;
    const interval = this.stream.isTTY ? TTY_INTERVAL_MS : LOG_INTERVAL_MS;
    if (!force && this.now() - this.lastDrawn < interval) return;
    this.lastDrawn = this.now();
    const bytes = this.written > 0 ? `, ${formatBytes(this.written)} written` : "";
    const line = `ownergraph: ${this.stageText}… ${this.elapsed()}${bytes}`;
    if (this.stream.isTTY) {
      this.stream.write(`\r\u001b[2K${line}`);
      this.open = true;
    } else {
      this.stream.write(`${line}\n`);
    }
  }

  stage(text: string): void {
    this.stageText = text;
    this.draw(true);
  }

  bytes(count: number): void {
    this.written += count;
    this.draw(false);
  }

  /** Ends the line with a last message (kept even when quiet if it is an error). */
  finish(message: string, isError = false): void {
    if (this.quiet && !isError) return;
    const clear = this.open ? "\r\u001b[2K" : "";
    this.open = false;
    this.stream.write(`${clear}${message}\n`);
  }
}
