import { createWriteStream, type WriteStream } from "node:fs";
import type { FastifyRequest } from "fastify";

/**
 * One line of the audit log; `time`, `role`, `address` and, for a Neo4j user, `user` are added
 * from the request.
 */
export type AuditEntry =
  | { event: "sign-in"; outcome: "ok" | "refused"; user?: string }
  | { event: "sign-out"; user?: string }
  | { event: "console-write"; query: string; counters: Record<string, number> }
  | { event: "import"; dataset: string; files: string[] }
  | { event: "dataset-removal"; dataset: string };

/**
 * The audit log (OWNERGRAPH_AUDIT_LOG): one JSON object a line, appended, for sign-ins, console
 * writes, imports and dataset removals, each with when, the role (and the Neo4j user, when people sign in as
 * themselves) and the client address. Tokens and passwords are never written.
 * With no file configured it records nothing.
 */
export class AuditLog {
  private readonly stream: WriteStream | null;

  constructor(file: string | undefined) {
    this.stream = file ? createWriteStream(file, { flags: "a" }) : null;
    this.stream?.on("error", (error) =>
      console.error(`The audit log ${file} cannot be written: ${error.message}`),
    );
  }

  record(request: FastifyRequest, entry: AuditEntry, role = request.ownergraphRole): void {
    if (!this.stream) return;
    const user = request.ownergraphUser;
    const line = {
      time: new Date().toISOString(),
      ...(user !== null && { user }),
      ...entry,
      role,
      address: request.ip,
    };
    this.stream.write(`${JSON.stringify(line)}\n`);
  }

  close(): Promise<void> {
    const stream = this.stream;
    if (!stream) return Promise.resolve();
    return new Promise((resolve) => stream.end(resolve));
  }
}
