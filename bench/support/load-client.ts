import { Agent, request } from "node:http";

/**
 * A closed-loop load generator on Node's own HTTP client: `connections` keep-alive connections,
 * each sending its next request as soon as the last answer is read, for `durationMs`. Counts an
 * error for every answer that is not 2xx and every failed request; times each request from
 * send to the last byte of the answer.
 */

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  body?: unknown;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** The first few error answers, for the log. */
  errorSamples: string[];
  /** From the first request sent to the last answer read. */
  elapsedMs: number;
  /** Every request's time, send to last byte, in ms. */
  timingsMs: number[];
}

function send(
  agent: Agent,
  base: URL,
  next: LoadRequest,
  cookie: string | null,
): Promise<{ status: number; body: string }> {
  const body = next.body === undefined ? undefined : JSON.stringify(next.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: next.method,
        path: next.path,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(body === undefined
            ? {}
            : { "content-type": "application/json", "content-length": Buffer.byteLength(body) }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
        response.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

export async function runLoad(options: {
  baseUrl: string;
  connections: number;
  durationMs: number;
  nextRequest: () => LoadRequest;
  cookie?: string | null;
}): Promise<LoadResult> {
  const base = new URL(options.baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const timings: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const loop = async () => {
    while (performance.now() < deadline) {
      const next = options.nextRequest();
      const start = performance.now();
      try {
        const answer = await send(agent, base, next, options.cookie ?? null);
        if (answer.status < 200 || answer.status >= 300) {
          errors++;
          if (errorSamples.length < 3) {
            errorSamples.push(
              `${next.method} ${next.path}: ${answer.status} ${answer.body.slice(0, 200)}`,
            );
          }
        }
      } catch (error) {
        errors++;
        if (errorSamples.length < 3)
          errorSamples.push(`${next.method} ${next.path}: ${String(error)}`);
      }
      timings.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, loop));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { requests: timings.length, errors, errorSamples, elapsedMs, timingsMs: timings };
}
