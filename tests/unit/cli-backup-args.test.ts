import { describe, expect, it } from "vitest";
import { parseBackupCommandLine } from "../../cli/backup-args";
import { UsageError } from "../../cli/cli-args";

describe("ownergraph backup / restore command line", () => {
  it("backup writes to --to, or to a default name", () => {
    expect(parseBackupCommandLine("backup", [])).toEqual({ command: "backup", to: null });
    expect(parseBackupCommandLine("backup", ["--to", "graph.dump"])).toEqual({
      command: "backup",
      to: "graph.dump",
    });
  });

  it("restore takes one file and replaces only with --replace", () => {
    expect(parseBackupCommandLine("restore", ["graph.dump"])).toEqual({
      command: "restore",
      from: "graph.dump",
      replace: false,
    });
    expect(parseBackupCommandLine("restore", ["graph.dump", "--replace"])).toEqual({
      command: "restore",
      from: "graph.dump",
      replace: true,
    });
  });

  it("says what is wrong with a mistaken command line", () => {
    expect(() => parseBackupCommandLine("restore", [])).toThrow(UsageError);
    expect(() => parseBackupCommandLine("restore", ["a.dump", "b.dump"])).toThrow(/once/);
    expect(() => parseBackupCommandLine("backup", ["extra"])).toThrow(UsageError);
    expect(() => parseBackupCommandLine("backup", ["--replace"])).toThrow(/goes with restore/);
    expect(() => parseBackupCommandLine("restore", ["a.dump", "--to", "b"])).toThrow(UsageError);
    expect(parseBackupCommandLine("backup", ["--help"])).toEqual({
      command: "help",
      topic: "backup",
    });
  });
});
