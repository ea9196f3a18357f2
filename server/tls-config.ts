import { readFileSync } from "node:fs";
import { createSecureContext } from "node:tls";
import path from "node:path";

/** Thrown when OWNERGRAPH_TLS_CERT / OWNERGRAPH_TLS_KEY cannot be used; says how to fix it. */
export class TlsConfigError extends Error {
  override readonly name = "TlsConfigError";
}

/** The certificate chain and private key the server answers HTTPS with (PEM). */
export interface TlsConfig {
  cert: Buffer;
  key: Buffer;
  certFile: string;
}

type Env = Record<string, string | undefined>;

function readPem(name: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new TlsConfigError(
      `${name}=${file} cannot be read (${why}): give the path of a PEM file.`,
    );
  }
}

/**
 * OWNERGRAPH_TLS_CERT (the certificate, with its chain, PEM) and OWNERGRAPH_TLS_KEY (its private
 * key, PEM): both set, the server speaks HTTPS only; neither, plain HTTP (TLS then belongs to a
 * reverse proxy, see the README). The pair is checked here, so a wrong file stops the start
 * with its name rather than failing the first connection.
 */
export function readTlsConfig(env: Env, root: string): TlsConfig | undefined {
  const certName = env.OWNERGRAPH_TLS_CERT || undefined;
  const keyName = env.OWNERGRAPH_TLS_KEY || undefined;
  if (certName === undefined && keyName === undefined) return undefined;
  if (certName === undefined || keyName === undefined) {
    const missing = certName === undefined ? "OWNERGRAPH_TLS_CERT" : "OWNERGRAPH_TLS_KEY";
    throw new TlsConfigError(
      `HTTPS needs both OWNERGRAPH_TLS_CERT (certificate, PEM) and OWNERGRAPH_TLS_KEY (private key, PEM); ${missing} is not set.`,
    );
  }
  const certFile = path.resolve(root, certName);
  const keyFile = path.resolve(root, keyName);
  const cert = readPem("OWNERGRAPH_TLS_CERT", certFile);
  const key = readPem("OWNERGRAPH_TLS_KEY", keyFile);
  try {
    createSecureContext({ cert, key });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new TlsConfigError(
      `OWNERGRAPH_TLS_CERT=${certFile} and OWNERGRAPH_TLS_KEY=${keyFile} are not a usable certificate and key pair (${why}).`,
    );
  }
  return { cert, key, certFile };
}
