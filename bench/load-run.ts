import os from "node:os";
import { buildApp } from "../server/app";
import type { AuthConfig } from "../server/access-config";
import { tokenAuth } from "../tests/support/token-auth";
import { openBenchDatabase } from "./support/bench-database";
import { writeBenchmarkSection } from "./support/benchmarks-file";
import { LOAD_CASE_NAMES } from "./support/load-cases";
import { LoadClientProcess, type LoadAnswer } from "./support/load-client-process";
import { formatMs } from "./support/stats";

// Load: concurrent clients on search, expand, chain and the console against the server on the
// seed graph, with no sign-in and with a shared access token (a session cookie on every
// request), over BENCH_LOAD_CONNECTIONS keep-alive connections (default 50). The clients run in
// a process of their own. Both servers listen at once on the same driver; for each endpoint
// both are warmed up, then measured in turns (none, token, token, none), BENCH_LOAD_SECONDS in
// all per endpoint and sign-in (default 30), so neither gains from going second.
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
const WARMUP_SECONDS = Math.round(Math.min(5, SECONDS / 3));
const TOKEN = "bench-load-access-token-0123";

const SIGN_IN: { label: string; auth: AuthConfig }[] = [
  { label: "none", auth: { mode: "none" } },
  { label: "access token", auth: tokenAuth(TOKEN) },
];
/** The order of the measured turns, by index in SIGN_IN: each goes first once. */
const TURNS = [0, 1, 1, 0];

interface Tally {
  requests: number;
  errors: number;
  elapsedMs: number;
  timingsMs: number[];
  serverCpuMs: number;
  clientCpuMs: number;
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function signInCookie(baseUrl: string): Promise<string> {
  const answer = await fetch(`${baseUrl}/api/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token: TOKEN }),
  });
  const cookie = /^(ownergraph_session=[^;]+)/.exec(answer.headers.get("set-cookie") ?? "")?.[1];
  if (!cookie) throw new Error(`Sign-in failed: ${answer.status} ${await answer.text()}`);
  return cookie;
}

// Other work on the machine shows in every figure: say how busy it was.
const loadBefore = os.loadavg()[0] ?? 0;
const database = await openBenchDatabase({ heap: "1g", pageCache: "256m" });
const clients = new LoadClientProcess();
const rows: string[] = [];
const costs: string[] = [];
const samples: string[] = [];
let clean = true;
try {
  const servers = await Promise.all(
    SIGN_IN.map(async ({ label, auth }) => {
      const app = await buildApp({
        driver: database.connection.driver,
        database: database.connection.database,
        healthDriver: database.connection.healthDriver,
        limits: database.config.limits,
        auth,
      });
      const baseUrl = await app.listen({ host: "127.0.0.1", port: 0 });
      const cookie = auth.mode === "token" ? await signInCookie(baseUrl) : null;
      return { label, app, baseUrl, cookie };
    }),
  );
  try {
    for (const caseName of LOAD_CASE_NAMES) {
      const order = (server: (typeof servers)[number], seconds: number) => ({
        caseName,
        baseUrl: server.baseUrl,
        cookie: server.cookie,
        connections: CONNECTIONS,
        durationMs: seconds * 1000,
      });
      for (const server of servers) await clients.run(order(server, WARMUP_SECONDS));
      const tallies = servers.map((): Tally => ({
        requests: 0,
        errors: 0,
        elapsedMs: 0,
        timingsMs: [],
        serverCpuMs: 0,
        clientCpuMs: 0,
      }));
      for (const index of TURNS) {
        const server = servers[index]!;
        const tally = tallies[index]!;
        const cpuBefore = process.cpuUsage();
        const answer: LoadAnswer = await clients.run(order(server, SECONDS / 2));
        const cpu = process.cpuUsage(cpuBefore);
        tally.requests += answer.requests;
        tally.errors += answer.errors;
        tally.elapsedMs += answer.elapsedMs;
        tally.timingsMs.push(...answer.timingsMs);
        tally.serverCpuMs += (cpu.user + cpu.system) / 1000;
        tally.clientCpuMs += answer.clientCpuMs;
        if (answer.errors > 0) samples.push(...answer.errorSamples);
      }
      const perSecond = tallies.map((tally) => tally.requests / (tally.elapsedMs / 1000));
      tallies.forEach((tally, index) => {
        if (tally.errors > 0) clean = false;
        const sorted = tally.timingsMs.sort((a, b) => a - b);
        const cpuPerRequest = (ms: number) => (ms / Math.max(1, tally.requests)).toFixed(2);
        rows.push(
          `| ${caseName} | ${servers[index]!.label} | ${perSecond[index]!.toFixed(0)} | ${formatMs(percentile(sorted, 0.5))} | ${formatMs(percentile(sorted, 0.99))} | ${tally.errors} of ${tally.requests} | ${cpuPerRequest(tally.serverCpuMs)} | ${cpuPerRequest(tally.clientCpuMs)} |`,
        );
        console.info(rows[rows.length - 1]);
      });
      const [open = NaN, signedIn = NaN] = perSecond;
      costs.push(`${caseName} ${(((open - signedIn) / open) * 100).toFixed(1)} %`);
    }
  } finally {
    for (const server of servers) await server.app.close();
  }
} finally {
  clients.close();
  await database.dispose();
}
if (samples.length > 0) console.error(samples.slice(0, 10).join("\n"));

const neo4jWhere =
  database.config.neo4j.kind === "embedded"
    ? "the embedded Neo4j (heap 1 GB)"
    : "the Neo4j at NEO4J_URI";
await writeBenchmarkSection(
  "Load: concurrent clients on the seed",
  [
    `${CONNECTIONS} keep-alive connections, each sending its next request as soon as the last answer is read (\`BENCH_LOAD_SECONDS\`, \`BENCH_LOAD_CONNECTIONS\`). The clients run in a process of their own (Node's HTTP client), on the same ${os.cpus().length} cores as the server and ${neo4jWhere}. The seed graph; entities taken in turn. "access token": signed in with a shared token, the session cookie sent with every request. Both servers listen at once on one driver; for each endpoint both are warmed up for ${WARMUP_SECONDS} s, then measured in turns (none, token, token, none) for ${SECONDS} s each in all, so neither gains from going second. CPU per request: the server's process (HTTP, the driver) and the clients' process, in ms; Neo4j's own CPU is not counted. Targets (issue 15): no errors, p99 under 150 ms at 50 connections, sign-in under 5 % of throughput.`,
    "",
    "| endpoint | sign-in | requests/s | p50 (ms) | p99 (ms) | errors | server CPU/request (ms) | client CPU/request (ms) |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    `Throughput lost to sign-in: ${costs.join(", ")}.`,
    "",
    `Machine load (1-minute average) when the run began: ${loadBefore.toFixed(1)}, and when it ended: ${(os.loadavg()[0] ?? 0).toFixed(1)}, on ${os.cpus().length} cores.`,
  ].join("\n"),
);
if (!clean) process.exitCode = 1;
