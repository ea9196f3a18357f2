import { readFileSync } from "node:fs";
import os from "node:os";
import { buildApp } from "../server/app";
import type { AuthConfig } from "../server/access-config";
import { openBenchDatabase } from "./support/bench-database";
import { writeBenchmarkSection } from "./support/benchmarks-file";
import { runLoad, type LoadRequest } from "./support/load-client";
import { formatMs } from "./support/stats";

// Load: concurrent clients on search, expand, chain and the console against a running server on
// the seed graph, with no sign-in and with a shared access token (a session cookie on every
// request), for BENCH_LOAD_SECONDS per endpoint (default 30) over BENCH_LOAD_CONNECTIONS
// keep-alive connections (default 50). The clients run in this process beside the server.
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
const WARMUP_SECONDS = Math.round(Math.min(5, SECONDS / 3));
const TOKEN = "bench-load-access-token-0123";

const entities = JSON.parse(
  readFileSync(new URL("../graph-seed/data/entities.json", import.meta.url), "utf8"),
) as { id: string; name: string | null }[];
let turn = 0;
const nextEntity = () => entities[turn++ % entities.length] ?? entities[0]!;

const CASES: { name: string; next: () => LoadRequest }[] = [
  {
    name: "search",
    next: () => ({
      method: "GET",
      path: `/api/search?q=${encodeURIComponent((nextEntity().name ?? "aisino").split(" ")[0]?.slice(0, 4) ?? "ai")}`,
    }),
  },
  {
    name: "expand (50 neighbours)",
    next: () => ({ method: "GET", path: `/api/entities/${nextEntity().id}/neighbours?limit=50` }),
  },
  {
    name: "chain up",
    next: () => ({ method: "GET", path: `/api/entities/${nextEntity().id}/chain-up` }),
  },
  {
    name: "console (read query)",
    next: () => ({
      method: "POST",
      path: "/api/cypher",
      body: {
        query: "MATCH (e:Entity {id: $id})-[r]-(m) RETURN e, r, m LIMIT 25",
        params: { id: nextEntity().id },
      },
    }),
  },
];

const SIGN_IN: { label: string; auth: AuthConfig }[] = [
  { label: "none", auth: { mode: "none" } },
  {
    label: "access token",
    auth: {
      mode: "token",
      readerToken: TOKEN,
      editorToken: undefined,
      generated: false,
      sessionHours: 1,
    },
  },
];

// Other work on the machine shows in every figure: say how busy it was.
const loadBefore = os.loadavg()[0] ?? 0;
const database = await openBenchDatabase({ heap: "1g", pageCache: "256m" });
const rows: string[] = [];
const throughput = new Map<string, number[]>();
let clean = true;
try {
  for (const { label, auth } of SIGN_IN) {
    const app = await buildApp({
      driver: database.connection.driver,
      database: database.connection.database,
      limits: database.config.limits,
      auth,
    });
    const baseUrl = await app.listen({ host: "127.0.0.1", port: 0 });
    let cookie: string | null = null;
    if (auth.mode === "token") {
      const answer = await fetch(`${baseUrl}/api/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token: TOKEN }),
      });
      cookie =
        /^(ownergraph_session=[^;]+)/.exec(answer.headers.get("set-cookie") ?? "")?.[1] ?? null;
      if (!cookie) throw new Error(`Sign-in failed: ${answer.status} ${await answer.text()}`);
    }
    for (const benchCase of CASES) {
      const common = { baseUrl, connections: CONNECTIONS, nextRequest: benchCase.next, cookie };
      await runLoad({ ...common, durationMs: WARMUP_SECONDS * 1000 });
      const result = await runLoad({ ...common, durationMs: SECONDS * 1000 });
      if (result.errors > 0) {
        clean = false;
        console.error(result.errorSamples.join("\n"));
      }
      throughput.set(benchCase.name, [
        ...(throughput.get(benchCase.name) ?? []),
        result.requestsPerSecond,
      ]);
      rows.push(
        `| ${benchCase.name} | ${label} | ${result.requestsPerSecond.toFixed(0)} | ${formatMs(result.p50)} | ${formatMs(result.p99)} | ${result.errors} of ${result.requests} |`,
      );
      console.info(rows[rows.length - 1]);
    }
    await app.close();
  }
} finally {
  await database.dispose();
}

const neo4jWhere =
  database.config.neo4j.kind === "embedded"
    ? "the embedded Neo4j (heap 1 GB)"
    : "the Neo4j at NEO4J_URI";
const costs = [...throughput]
  .map(([name, [open, signedIn]]) =>
    open && signedIn ? `${name} ${(((open - signedIn) / open) * 100).toFixed(1)} %` : null,
  )
  .filter((cost) => cost !== null)
  .join(", ");

await writeBenchmarkSection(
  "Load: concurrent clients on the seed",
  [
    `${CONNECTIONS} keep-alive connections, each sending its next request as soon as the last answer is read, for ${SECONDS} s per endpoint after ${WARMUP_SECONDS} s of warm-up (\`BENCH_LOAD_SECONDS\`, \`BENCH_LOAD_CONNECTIONS\`); the clients run in the server's process, on the same cores as the server and ${neo4jWhere}. The seed graph; entities taken in turn. "access token": signed in with a shared token, the session cookie sent with every request. Targets (issue 15): no errors, p99 under 150 ms at 50 connections, sign-in under 5 % of throughput.`,
    "",
    "| endpoint | sign-in | requests/s | p50 (ms) | p99 (ms) | errors |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
    `Throughput lost to sign-in: ${costs}.`,
    "",
    `Machine load (1-minute average) when the run began: ${loadBefore.toFixed(1)}, and when it ended: ${(os.loadavg()[0] ?? 0).toFixed(1)}, on ${os.cpus().length} cores.`,
  ].join("\n"),
);
if (!clean) process.exitCode = 1;
