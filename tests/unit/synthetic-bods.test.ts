import { describe, expect, it } from "vitest";
import {
  syntheticBodsJsonLines,
  syntheticBodsStatements,
  syntheticSizes,
} from "../../domain/synthetic/synthetic-bods";

type Statement = Record<string, unknown> & {
  recordId: string;
  recordType: string;
  recordStatus: string;
  recordDetails: Record<string, unknown>;
};

const statements = [...syntheticBodsStatements({ entities: 4_000, seed: 3 })] as Statement[];
const records = statements.filter((statement) => statement.recordType !== "relationship");
const links = statements.filter((statement) => statement.recordType === "relationship");

function longestChainUp(): number {
  const ownersOf = new Map<string, string[]>();
  for (const link of links) {
    const { subject, interestedParty } = link.recordDetails;
    if (typeof subject !== "string" || typeof interestedParty !== "string") continue;
    ownersOf.set(subject, [...(ownersOf.get(subject) ?? []), interestedParty]);
  }
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen: Set<string>): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return 0;
    seen.add(id);
    const value = 1 + Math.max(0, ...(ownersOf.get(id) ?? []).map((owner) => depthOf(owner, seen)));
    seen.delete(id);
    depth.set(id, value);
    return value;
  };
  return Math.max(...records.map((record) => depthOf(record.recordId, new Set())));
}

describe("the synthetic BODS register", () => {
  it("is the same for the same seed, and different for another", () => {
    const again = [...syntheticBodsJsonLines({ entities: 4_000, seed: 3 })].join("");
    expect(again).toBe(statements.map((statement) => `${JSON.stringify(statement)}\n`).join(""));
    const other = [...syntheticBodsJsonLines({ entities: 4_000, seed: 4 })].join("");
    expect(other).not.toBe(again);
  });

  it("describes every party before a relationship names it", () => {
    const seen = new Set<string>();
    for (const statement of statements) {
      if (statement.recordType !== "relationship") {
        seen.add(statement.recordId);
        continue;
      }
      const { subject, interestedParty } = statement.recordDetails;
      expect(seen.has(String(subject))).toBe(true);
      if (typeof interestedParty === "string") expect(seen.has(interestedParty)).toBe(true);
      else expect(interestedParty).toMatchObject({ reason: expect.any(String) as string });
    }
    expect(records).toHaveLength(4_000);
    expect(links.length / records.length).toBeGreaterThan(1.3);
  });

  it("holds the shapes registers have: a state over ministries, wide owners, long chains, history", () => {
    const types = records.map((record) => {
      const details = record.recordDetails;
      return String(
        (details["entityType"] as { type?: string } | undefined)?.type ?? details["personType"],
      );
    });
    expect(types.filter((type) => type === "state")).toHaveLength(1);
    expect(types).toContain("stateBody");
    expect(types).toContain("anonymousPerson");
    const ownerCount = new Map<string, number>();
    const holdingCount = new Map<string, number>();
    for (const link of links.filter((statement) => statement.recordStatus === "new")) {
      const { subject, interestedParty } = link.recordDetails;
      ownerCount.set(String(subject), (ownerCount.get(String(subject)) ?? 0) + 1);
      holdingCount.set(
        String(interestedParty),
        (holdingCount.get(String(interestedParty)) ?? 0) + 1,
      );
    }
    const sizes = syntheticSizes(4_000);
    expect(Math.max(...ownerCount.values())).toBeGreaterThanOrEqual(sizes.owners);
    expect(Math.max(...holdingCount.values())).toBeGreaterThanOrEqual(sizes.holding * 0.9);
    expect(longestChainUp()).toBeGreaterThanOrEqual(12);
    const updated = links.filter((link) => link.recordStatus === "updated");
    const closed = links.filter((link) => link.recordStatus === "closed");
    expect(updated.length).toBeGreaterThan(0);
    expect(closed.length).toBeGreaterThan(0);
    const newIds = new Set(links.filter((l) => l.recordStatus === "new").map((l) => l.recordId));
    for (const later of [...updated, ...closed]) expect(newIds.has(later.recordId)).toBe(true);
    const interests = links.flatMap(
      (link) => link.recordDetails["interests"] as Record<string, unknown>[],
    );
    expect(interests.some((interest) => interest["share"] === undefined)).toBe(true);
    expect(
      interests.some(
        (interest) =>
          (interest["share"] as { minimum?: number } | undefined)?.minimum !== undefined,
      ),
    ).toBe(true);
  });

  it("shares half of its registration numbers with the dataset before it", () => {
    const numbers = (datasetIndex: number) =>
      new Set(
        [...syntheticBodsStatements({ entities: 1_000, seed: 3, datasetIndex })].flatMap(
          (statement) => {
            const identifiers = (statement["recordDetails"] as { identifiers?: { id: string }[] })
              .identifiers;
            return identifiers?.map((identifier) => identifier.id) ?? [];
          },
        ),
      );
    const first = numbers(0);
    const second = numbers(1);
    const shared = [...second].filter((number) => first.has(number));
    expect(shared.length).toBeGreaterThan(first.size * 0.4);
    expect(shared.length).toBeLessThan(first.size * 0.6);
  });
});
