/**
 * Identity keys: the strong identifiers by which records of different datasets are the same
 * entity (docs/model.md, "Joined records"). An entity's `identifiers` are texts `SCHEME:value`
 * as each source writes them (`LEI:…`, BODS `XI-LEI:…`, `GB-COH:06436883`, FtM `RU-REG:…`,
 * `QID:Q42`); this is the one place that says which schemes are strong and how each is written
 * as a key, so that `XI-LEI:5493…` and `LEI:5493…` give the same key. Names are never keys.
 *
 * Keys:
 * - `LEI:<20 characters>`: schemes `LEI`, `XI-LEI`; the ISO 17442 check digits must hold.
 * - `REG:<country>:<number>`: a national register's number, from FtM's `<country>-REG` and the
 *   org-id register codes below (`GB-COH`); not for countries whose companies register by state
 *   or province (US, CA), where a country and a number do not name one register.
 * - `REG:<GLEIF RA code>:<number>`: a register GLEIF names by its registration-authority code
 *   (`RA000526:35903058`, as GLEIF and BODS-from-GLEIF write it).
 * - `TICKER:<MIC>:<symbol>`: an exchange and its ticker (`SSE:600271` is `TICKER:XSHG:600271`).
 * - `QID:<Q…>`: a Wikidata item (`QID`, `WIKIDATA`).
 * - `OC:<jurisdiction>/<number>`: an OpenCorporates company (`OPENCORPORATES`, `OC`, or its URL).
 * Anything else (a bare `REG:`, a tax number, a name) is no key.
 */

/**
 * A key more records than this share is a placeholder ("N/A", a fund family's shared number),
 * not one entity: it joins nothing.
 */
export const MAX_RECORDS_PER_IDENTITY_KEY = 50;

/** org-id.guide company registers, by code, and the country each one covers. */
const COMPANY_REGISTERS: Readonly<Record<string, string>> = {
  "GB-COH": "GB",
  "DK-CVR": "DK",
  "NO-BRC": "NO",
  "NL-KVK": "NL",
  "IE-CRO": "IE",
  "UA-EDR": "UA",
  // The register `ownergraph generate` invents: datasets 0, 1, 2… of one seed share half their
  // numbers, the same companies described twice (domain/synthetic/synthetic-bods.ts).
  "XS-SYN": "XS-SYN",
};

/** Countries where companies register by state or province: a country-wide number is ambiguous. */
const SUBNATIONAL_REGISTERS: ReadonlySet<string> = new Set(["US", "CA"]);

/** Exchanges by the names sources use, as ISO 10383 market identifier codes. */
const EXCHANGES: Readonly<Record<string, string>> = {
  SSE: "XSHG",
  SZSE: "XSHE",
  HKEX: "XHKG",
  SEHK: "XHKG",
  NYSE: "XNYS",
  NASDAQ: "XNAS",
  LSE: "XLON",
};
const MIC = /^X[A-Z0-9]{3}$/;

const LEI_SCHEMES: ReadonlySet<string> = new Set(["LEI", "XI-LEI"]);
const QID_SCHEMES: ReadonlySet<string> = new Set(["QID", "WIKIDATA"]);
const OPENCORPORATES_SCHEMES: ReadonlySet<string> = new Set(["OC", "OPENCORPORATES"]);

/** ISO 17442: 18 characters and two check digits, ISO 7064 MOD 97-10 over the whole. */
export function isValidLei(value: string): boolean {
  if (!/^[A-Z0-9]{18}[0-9]{2}$/.test(value)) return false;
  let remainder = 0;
  for (const character of value) {
    const digits = /[0-9]/.test(character)
      ? character
      : String(character.charCodeAt(0) - "A".charCodeAt(0) + 10);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** A register number as a key: no spaces, dots or dashes, upper case. */
function registerNumber(value: string): string {
  return value.replace(/[\s.\-/]+/g, "").toUpperCase();
}

function registrationKey(country: string, value: string): string | null {
  let number = registerNumber(value);
  if (number === "") return null;
  // Companies House numbers are eight characters; sources drop the leading zeros of numeric ones.
  if (country === "GB" && /^[0-9]{1,7}$/.test(number)) number = number.padStart(8, "0");
  return `REG:${country}:${number}`;
}

function openCorporatesKey(value: string): string | null {
  const path = value
    .replace(/^https?:\/\/(?:www\.)?opencorporates\.com\/companies\//i, "")
    .replace(/\/+$/, "");
  const match = /^([a-z]{2}(?:_[a-z0-9]{1,3})?)\/(\S+)$/i.exec(path);
  if (match === null) return null;
  return `OC:${(match[1] ?? "").toLowerCase()}/${registerNumber(match[2] ?? "")}`;
}

/**
 * The identity key of one identifier text (`SCHEME:value`), or null when it is not a strong
 * identifier. Schemes are read case-insensitively; surrounding and inner white space is dropped.
 */
export function identityKey(identifier: string): string | null {
  const colon = identifier.indexOf(":");
  if (colon <= 0) return null;
  const scheme = identifier.slice(0, colon).trim().toUpperCase();
  const value = identifier
    .slice(colon + 1)
    .trim()
    .replace(/\s+/g, " ");
  if (value === "") return null;
  if (LEI_SCHEMES.has(scheme)) {
    const lei = value.replace(/\s+/g, "").toUpperCase();
    return isValidLei(lei) ? `LEI:${lei}` : null;
  }
  if (QID_SCHEMES.has(scheme)) {
    const qid = value.toUpperCase();
    return /^Q[1-9][0-9]*$/.test(qid) ? `QID:${qid}` : null;
  }
  if (OPENCORPORATES_SCHEMES.has(scheme)) return openCorporatesKey(value);
  const register = COMPANY_REGISTERS[scheme];
  if (register !== undefined) return registrationKey(register, value);
  const national = /^([A-Z]{2})-REG$/.exec(scheme)?.[1];
  if (national !== undefined) {
    return SUBNATIONAL_REGISTERS.has(national) ? null : registrationKey(national, value);
  }
  if (/^RA[0-9]{6}$/.test(scheme)) return registrationKey(scheme, value);
  const exchange = EXCHANGES[scheme] ?? (MIC.test(scheme) ? scheme : undefined);
  if (exchange !== undefined) {
    const symbol = value.replace(/\s+/g, "").toUpperCase();
    return symbol === "" ? null : `TICKER:${exchange}:${symbol}`;
  }
  return null;
}

/** The identity keys of an entity's properties (its `identifiers`), each once, sorted. */
export function identityKeys(properties: Readonly<Record<string, unknown>>): string[] {
  const listed = properties["identifiers"];
  const identifiers =
    typeof listed === "string" ? [listed] : Array.isArray(listed) ? (listed as unknown[]) : [];
  const keys = new Set<string>();
  for (const identifier of identifiers) {
    if (typeof identifier !== "string") continue;
    const key = identityKey(identifier);
    if (key !== null) keys.add(key);
  }
  return [...keys].sort();
}

const KEY_WORDS: Readonly<Record<string, string>> = {
  LEI: "LEI",
  REG: "registration number",
  TICKER: "ticker",
  QID: "Wikidata item",
  OC: "OpenCorporates company",
};

/** A key in words for the panel: "LEI 5493…", "registration number GB 06436883". */
export function identityKeyText(key: string): string {
  const colon = key.indexOf(":");
  const kind = key.slice(0, colon);
  const rest = key.slice(colon + 1).replace(":", " ");
  return `${KEY_WORDS[kind] ?? kind} ${rest}`;
}
