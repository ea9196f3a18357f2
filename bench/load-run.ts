import os from "node:os";
import { buildApp } from "../server/app";
import type { AuthConfig } from "../server/access-config";
import { tokenAuth } from "../tests/support/token-auth";
import { openBenchDatabase } from "./support/bench-database";
import { writeBenchmarkSection } from "./support/benchmarks-file";
import { LOAD_CASE_NAMES } from "./support/load-cases";
import { LoadClientProcess, type LoadAnswer } from "./support/load-client-process";
import { formatMs } from "./support/stats";
import { processCpuMs } from "./support/process-figures";

// Load: concurrent clients on search, expand, chain and the console against the server on the
// seed graph, with no sign-in and with a shared access token (a session cookie on every
// request), over BENCH_LOAD_CONNECTIONS keep-alive connections (a list: 50, then 10, by default),
// so the aim's load and a lighter one. The clients run in
// a process of their own. Both servers listen at once on the same driver; for each endpoint
// both are warmed up, then measured in turns (none, token, token, none), BENCH_LOAD_SECONDS in
// all per endpoint and sign-in (default 30), so neither gains from going second.
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
/** The load at the aim (50 connections), then a lighter one that shows a request's own time. */
const CONNECTION_COUNTS = (process.env.BENCH_LOAD_CONNECTIONS ?? "50,10")
  .split(",")
  .map((count) => Number(count.trim()));
const WARMUP_SECONDS = Math.round(Math.min(5, SECONDS / 3));
const TOKEN = "bench-load-access-token-0123";
const AIM_CONNECTIONS = 50;
const AIM_P99_MS = 150;

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
  /** Null when Neo4j's process cannot be read (NEO4J_URI). */
  neo4jCpuMs: number | null;
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

/** One measured line of the table, with what the verdict below it reads. */
interface Measured {
  caseName: string;
  connections: number;
  signIn: string;
  perSecond: number;
  p99: number;
  /** CPU per request in ms, by process; Neo4j's null when it cannot be read (NEO4J_URI). */
  cpu: { server: number; neo4j: number | null; clients: number };
}

// Other work on the machine shows in every figure: say how busy it was.
const loadBefore = os.loadavg()[0] ?? 0;
const database = await openBenchDatabase({ heap: "1g", pageCache: "256m" });
const clients = new LoadClientProcess();
const rows: string[] = [];
const measured: Measured[] = [];
const samples: string[] = [];
const neo4jPid = database.connection.embeddedProcess()?.pid;
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
    for (const connections of CONNECTION_COUNTS) {
      for (const caseName of LOAD_CASE_NAMES) {
        const order = (server: (typeof servers)[number], seconds: number) => ({
          caseName,
          baseUrl: server.baseUrl,
          cookie: server.cookie,
          connections,
          durationMs: seconds * 1000,
        });
        for (const server of servers) await clients.run(order(server, WARMUP_SECONDS));
        const tallies = servers.map((): Tally => ({
          requests: 0,
          errors: 0,
          elapsedMs: 0,
          timingsMs: [],
          serverCpuMs: 0,
          neo4jCpuMs: 0,
          clientCpuMs: 0,
        }));
        for (const index of TURNS) {
          const server = servers[index]!;
          const tally = tallies[index]!;
          const cpuBefore = process.cpuUsage();
          const neo4jBefore = processCpuMs(neo4jPid);
          const answer: LoadAnswer = await clients.run(order(server, SECONDS / 2));
          const cpu = process.cpuUsage(cpuBefore);
          const neo4jAfter = processCpuMs(neo4jPid);
          tally.requests += answer.requests;
          tally.errors += answer.errors;
          tally.elapsedMs += answer.elapsedMs;
          tally.timingsMs.push(...answer.timingsMs);
          tally.serverCpuMs += (cpu.user + cpu.system) / 1000;
          tally.neo4jCpuMs =
            tally.neo4jCpuMs === null || neo4jBefore === null || neo4jAfter === null
              ? null
              : tally.neo4jCpuMs + neo4jAfter - neo4jBefore;
          tally.clientCpuMs += answer.clientCpuMs;
          if (answer.errors > 0) samples.push(...answer.errorSamples);
        }
        const perSecond = tallies.map((tally) => tally.requests / (tally.elapsedMs / 1000));
        tallies.forEach((tally, index) => {
          if (tally.errors > 0) clean = false;
          const sorted = tally.timingsMs.sort((a, b) => a - b);
          const p99 = percentile(sorted, 0.99);
          const perRequest = (ms: number) => ms / Math.max(1, tally.requests);
          const cpu = {
            server: perRequest(tally.serverCpuMs),
            neo4j: tally.neo4jCpuMs === null ? null : perRequest(tally.neo4jCpuMs),
            clients: perRequest(tally.clientCpuMs),
          };
          const shown = (ms: number | null) => (ms === null ? "n/a" : ms.toFixed(2));
          rows.push(
            `| ${caseName} | ${connections} | ${servers[index]!.label} | ${perSecond[index]!.toFixed(0)} | ${formatMs(percentile(sorted, 0.5))} | ${formatMs(p99)} | ${tally.errors} of ${tally.requests} | ${shown(cpu.server)} | ${shown(cpu.neo4j)} | ${shown(cpu.clients)} |`,
          );
          console.info(rows[rows.length - 1]);
          measured.push({
            caseName,
            connections,
            signIn: servers[index]!.label,
            perSecond: perSecond[index]!,
            p99,
            cpu,
          });
        });
      }
    }
  } finally {
    for (const server of servers) await server.app.close();
  }
} finally {
  clients.close();
  await database.dispose();
}
if (samples.length > 0) console.error(samples.slice(0, 10).join("\n"));

const cores = os.cpus().length;
const range = (values: number[], digits: number) => {
  const low = Math.min(...values).toFixed(digits);
  const high = Math.max(...values).toFixed(digits);
  return low === high ? low : `${low}–${high}`;
};

/** Whether the aim held, and when not, what the figures say about why. */
function verdict(): string {
  const atAim = measured.filter((line) => line.connections === AIM_CONNECTIONS);
  if (atAim.length === 0) return "";
  const aim = `p99 under ${AIM_P99_MS} ms at ${AIM_CONNECTIONS} connections`;
  const missed = atAim.filter((line) => !(line.p99 < AIM_P99_MS));
  if (missed.length === 0) return `Aim (${aim}): met by every endpoint, with and without sign-in.`;
  const parts = [
    `Aim (${aim}): missed in ${missed.length} of ${atAim.length} lines (p99 ${range(
      missed.map((line) => line.p99),
      0,
    )} ms).`,
  ];
  const cpus = atAim.flatMap(({ cpu }) =>
    cpu.neo4j === null ? [] : [{ ...cpu, neo4j: cpu.neo4j }],
  );
  const costsMs = cpus.map((cpu) => cpu.server + cpu.neo4j + cpu.clients);
  const rates = atAim.map((line) => line.perSecond);
  const needed = AIM_CONNECTIONS / (AIM_P99_MS / 1000);
  if (costsMs.length > 0) {
    parts.push(
      `Why: the run is bound by CPU. At ${AIM_CONNECTIONS} connections a request costs ${range(costsMs, 1)} ms of CPU in all (Neo4j ${range(
        cpus.map((cpu) => cpu.neo4j),
        1,
      )}, the server ${range(
        cpus.map((cpu) => cpu.server),
        1,
      )}, the clients ${range(
        cpus.map((cpu) => cpu.clients),
        1,
      )}) on ${cores} cores, so the machine answers at most about ${range(
        costsMs.map((cost) => (cores * 1000) / cost),
        0,
      )} requests a second (measured: ${range(rates, 0)}). Clients that wait for each answer before the next then wait ${AIM_CONNECTIONS} / rate on average (Little's law): ${range(
        rates.map((rate) => (AIM_CONNECTIONS / rate) * 1000),
        0,
      )} ms, queueing for the CPU rather than for anything slow. Even if every request took exactly the mean, p99 under ${AIM_P99_MS} ms would need ${needed.toFixed(0)} requests a second: at most ${((cores * 1000) / needed).toFixed(1)} ms of CPU per request in all, clients included.`,
    );
  }
  const lighter = measured.filter((line) => line.connections < AIM_CONNECTIONS);
  if (lighter.length > 0) {
    const counts = [...new Set(lighter.map((line) => line.connections))].join(" and ");
    parts.push(
      `At ${counts} connections the same requests answer with p99 ${range(
        lighter.map((line) => line.p99),
        0,
      )} ms.`,
    );
  }
  return parts.join(" ");
}

/** Each endpoint and load measured without sign-in, beside the same with it. */
function signInPairs(): { open: Measured; signed: Measured }[] {
  return measured.flatMap((open) => {
    if (open.signIn !== SIGN_IN[0]!.label) return [];
    const signed = measured.find(
      (line) =>
        line.signIn === SIGN_IN[1]!.label &&
        line.caseName === open.caseName &&
        line.connections === open.connections,
    );
    return signed ? [{ open, signed }] : [];
  });
}

/**
 * Sign-in's cost: the throughput lost with the session cookie, per endpoint and load, and the
 * server's CPU per request, which other work on a shared machine disturbs less.
 */
function signInLines(): string[] {
  const pairs = signInPairs();
  if (pairs.length === 0) return [];
  const lost = pairs.map(
    ({ open, signed }) => (open.perSecond - signed.perSecond) / open.perSecond,
  );
  const cpu = pairs.map(
    ({ open, signed }) => (signed.cpu.server - open.cpu.server) / open.cpu.server,
  );
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const overall =
    sum(pairs.map(({ signed }) => signed.cpu.server)) /
      sum(pairs.map(({ open }) => open.cpu.server)) -
    1;
  const percent = (value: number) => `${value >= 0 ? "+" : ""}${(value * 100).toFixed(1)} %`;
  const low = (values: number[]) => percent(Math.min(...values));
  const high = (values: number[]) => percent(Math.max(...values));
  const each = pairs.map(
    ({ open }, index) =>
      `${open.caseName} at ${open.connections} connections ${(lost[index]! * 100).toFixed(1)} %`,
  );
  return [
    `Throughput lost to sign-in: ${each.join(", ")}.`,
    "",
    [
      `Sign-in (aim: under 5 % of throughput): the throughput lost with the session cookie ranged from ${low(lost)} to ${high(lost)} by endpoint and load (a negative loss is a gain).`,
      `The server's CPU per request, which other work on the machine disturbs less, changed by ${low(cpu)} to ${high(cpu)}, and by ${percent(overall)} over every endpoint and load together:`,
      overall * 100 < 5 ? "under the aim, within what the turns differ by." : "above the aim.",
    ].join(" "),
  ];
}

const neo4jWhere =
  database.config.neo4j.kind === "embedded"
    ? "the embedded Neo4j (heap 1 GB)"
    : "the Neo4j at NEO4J_URI";
await writeBenchmarkSection(
  "Load: concurrent clients on the seed",
  [
    `${CONNECTION_COUNTS.join(" and then ")} keep-alive connections, each sending its next request as soon as the last answer is read (\`BENCH_LOAD_SECONDS\`, \`BENCH_LOAD_CONNECTIONS\`). The clients run in a process of their own (Node's HTTP client), on the same ${cores} cores as the server and ${neo4jWhere}. The seed graph; entities taken in turn. "access token": signed in with a shared token, the session cookie sent with every request. Both servers listen at once on one driver; for each endpoint both are warmed up for ${WARMUP_SECONDS} s, then measured in turns (none, token, token, none) for ${SECONDS} s each in all, so neither gains from going second. CPU per request, in ms: the server's process (HTTP, the driver), Neo4j's process (read from /proc; n/a for NEO4J_URI) and the clients' process. Targets (issue 15): no errors, p99 under 150 ms at 50 connections, sign-in under 5 % of throughput.`,
    "",
    "| endpoint | connections | sign-in | requests/s | p50 (ms) | p99 (ms) | errors | server CPU/request (ms) | Neo4j CPU/request (ms) | client CPU/request (ms) |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    verdict(),
    "",
    ...signInLines(),
    "",
    `Machine load (1-minute average) when the run began: ${loadBefore.toFixed(1)}, and when it ended: ${(os.loadavg()[0] ?? 0).toFixed(1)}, on ${cores} cores.`,
  ].join("\n"),
);
if (!clean) process.exitCode = 1;
