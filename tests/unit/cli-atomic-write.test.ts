import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFilesAtomically } from "../../cli/atomic-write";
import { formatBytes, ProgressLine } from "../../cli/progress-line";

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "ownergraph-cli-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function* failingAfter(pieces: number): Generator<string> {
  for (let index = 0; index < pieces; index++) yield `<node id="${index}"/>\n`.repeat(1000);
  throw new Error("the exporter failed half-way");
}

describe("writeFilesAtomically", () => {
  it("writes every piece, creating the folder, and counts the bytes", async () => {
    const target = path.join(folder, "new", "graph.graphml");
    let bytes = 0;
    await writeFilesAtomically(
      [{ path: target, body: ["<a>", "航天", "</a>"] }],
      (n) => (bytes += n),
    );
    expect(await readFile(target, "utf8")).toBe("<a>航天</a>");
    expect(bytes).toBe(Buffer.byteLength("<a>航天</a>"));
    expect(await readdir(path.join(folder, "new"))).toEqual(["graph.graphml"]);
  });

  it("a failure half-way leaves no file, no temporary file, and an old file untouched", async () => {
    const target = path.join(folder, "graph.graphml");
    const fresh = path.join(folder, "fresh.graphml");
    await writeFile(target, "the previous export");
    await expect(writeFilesAtomically([{ path: target, body: failingAfter(300) }])).rejects.toThrow(
      /half-way/,
    );
    await expect(writeFilesAtomically([{ path: fresh, body: failingAfter(3) }])).rejects.toThrow();
    expect(await readFile(target, "utf8")).toBe("the previous export");
    expect(await readdir(folder)).toEqual(["graph.graphml"]);
  });

  it("a pair is written whole or not at all", async () => {
    const nodes = path.join(folder, "nodes.csv");
    const relationships = path.join(folder, "relationships.csv");
    await expect(
      writeFilesAtomically([
        { path: nodes, body: ["id:ID\r\n", "a\r\n"] },
        { path: relationships, body: failingAfter(2) },
      ]),
    ).rejects.toThrow();
    expect(await readdir(folder)).toEqual([]);
    await writeFilesAtomically([
      { path: nodes, body: ["id:ID\r\n"] },
      { path: relationships, body: Buffer.from(":START_ID,:END_ID\r\n") },
    ]);
    expect((await readdir(folder)).sort()).toEqual(["nodes.csv", "relationships.csv"]);
  });
});

describe("ProgressLine", () => {
  it("in a log: one line per stage, then the closing line", () => {
    const lines: string[] = [];
    let now = 0;
    const progress = new ProgressLine({ write: (text) => lines.push(text) > 0 }, false, () => now);
    progress.stage("running the query");
    now = 1_500;
    progress.stage("writing graphml");
    progress.bytes(2048);
    now = 7_000;
    progress.bytes(1024 * 1024);
    progress.finish("Wrote x.graphml.");
    expect(lines).toEqual([
      "ownergraph: running the query… 0.0 s\n",
      "ownergraph: writing graphml… 1.5 s\n",
      "ownergraph: writing graphml… 7.0 s, 1.0 MB written\n",
      "Wrote x.graphml.\n",
    ]);
  });

  it("on a terminal: redraws one line; quiet keeps only errors", () => {
    const written: string[] = [];
    const tty = new ProgressLine({ write: (text) => written.push(text) > 0, isTTY: true });
    tty.stage("reading");
    tty.finish("done");
    expect(written[0]?.startsWith("\r\u001b[2Kownergraph: reading…")).toBe(true);
    expect(written[1]).toBe("\r\u001b[2Kdone\n");
    const quietLines: string[] = [];
    const quiet = new ProgressLine({ write: (text) => quietLines.push(text) > 0 }, true);
    quiet.stage("reading");
    quiet.finish("Wrote it.");
    quiet.finish("ownergraph: failed", true);
    expect(quietLines).toEqual(["ownergraph: failed\n"]);
    expect(formatBytes(1536)).toBe("1.5 kB");
  });
});
