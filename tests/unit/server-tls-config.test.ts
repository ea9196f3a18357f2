import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readTlsConfig, TlsConfigError } from "../../server/tls-config";

const folder = mkdtempSync(path.join(os.tmpdir(), "ownergraph-tls-config-"));
const notPem = path.join(folder, "not-pem.txt");
writeFileSync(notPem, "this is not a certificate");

describe("OWNERGRAPH_TLS_CERT / OWNERGRAPH_TLS_KEY", () => {
  it("neither set: plain HTTP", () => {
    expect(readTlsConfig({}, folder)).toBeUndefined();
    expect(
      readTlsConfig({ OWNERGRAPH_TLS_CERT: "", OWNERGRAPH_TLS_KEY: "" }, folder),
    ).toBeUndefined();
  });

  it("one without the other names the missing one", () => {
    expect(() => readTlsConfig({ OWNERGRAPH_TLS_CERT: notPem }, folder)).toThrow(
      /OWNERGRAPH_TLS_KEY is not set/,
    );
    expect(() => readTlsConfig({ OWNERGRAPH_TLS_KEY: notPem }, folder)).toThrow(
      /OWNERGRAPH_TLS_CERT is not set/,
    );
  });

  it("a file that cannot be read, or is no key pair, is named", () => {
    const missing = path.join(folder, "missing.pem");
    expect(() =>
      readTlsConfig({ OWNERGRAPH_TLS_CERT: missing, OWNERGRAPH_TLS_KEY: notPem }, folder),
    ).toThrow(new RegExp(`OWNERGRAPH_TLS_CERT=${missing} cannot be read`));
    expect(() =>
      readTlsConfig({ OWNERGRAPH_TLS_CERT: notPem, OWNERGRAPH_TLS_KEY: notPem }, folder),
    ).toThrow(TlsConfigError);
    expect(() =>
      readTlsConfig(
        { OWNERGRAPH_TLS_CERT: "not-pem.txt", OWNERGRAPH_TLS_KEY: "not-pem.txt" },
        folder,
      ),
    ).toThrow(/are not a usable certificate and key pair/);
  });
});
