import { seededRandom } from "./seeded-random";

export type SyntheticEntityType = "Company" | "Person" | "PublicBody";

export interface SyntheticEntity {
  id: string;
  type: SyntheticEntityType;
  name: string;
  depth: number;
}

export interface SyntheticRelationship {
  id: string;
  type: "OWNS" | "CONTROLS";
  from: string;
  to: string;
  shareExact: number | null;
  shareMin: number | null;
  shareMax: number | null;
}

export interface SyntheticGraph {
  entities: SyntheticEntity[];
  relationships: SyntheticRelationship[];
  superNodeIds: string[];
  crossHoldings: number;
}

export interface GeneratorOptions {
  entities: number;
  seed?: number;
  /** Entities that own a large number of others (heavy tail made explicit). */
  superNodes?: number;
  superNodeDegree?: number;
  /** Share of entities that also hold a stake in one of their own owners (a cycle). */
  crossHoldingRate?: number;
  maxDepth?: number;
  /** The chance that a company has a second owner (diamonds, parallel paths); 0.2 by default. */
  secondOwnerRate?: number;
}

const NAME_PARTS = [
  "Aster",
  "Boreal",
  "Cinder",
  "Delta",
  "Ember",
  "Fjord",
  "Granite",
  "Harbor",
  "Iris",
  "Juniper",
  "Kestrel",
  "Lumen",
];
const SUFFIXES = ["Holdings", "Group", "Capital", "Industries", "Trading", "Ltd", "GmbH", "SA"];

/**
 * A synthetic ownership graph for benchmarks: roots (states, people) own companies in chains of
 * 2 to `maxDepth` levels; owners are picked by preferential attachment, so degrees are
 * heavy-tailed; a few super-nodes own thousands; some cross-holdings close cycles. Shares are
 * exact, ranges or unknown, like real registers.
 */
export function generateOwnershipGraph(options: GeneratorOptions): SyntheticGraph {
  const random = seededRandom(options.seed ?? 42);
  const count = options.entities;
  const maxDepth = options.maxDepth ?? 12;
  const entities: SyntheticEntity[] = [];
  const relationships: SyntheticRelationship[] = [];
  // Each owner appears once per edge it has: sampling from this list is preferential attachment.
  const attachment: number[] = [];
  const pick = (length: number) => Math.floor(random() * length);
  const share = () => randomShare(random);
  const addEdge = (type: "OWNS" | "CONTROLS", from: number, to: number) => {
    const fromEntity = entities[from];
    const toEntity = entities[to];
    if (!fromEntity || !toEntity) return;
    relationships.push({
      id: `syn-r${relationships.length}`,
      type,
      from: fromEntity.id,
      to: toEntity.id,
      ...(type === "OWNS" ? share() : { shareExact: null, shareMin: null, shareMax: null }),
    });
    attachment.push(from);
  };

  const roots = Math.max(1, Math.round(count * 0.04));
  for (let index = 0; index < count; index++) {
    const isRoot = index < roots;
    const type: SyntheticEntityType = isRoot
      ? random() < 0.5
        ? "PublicBody"
        : "Person"
      : "Company";
    entities.push({ id: `syn-${index}`, type, name: syntheticName(index, random), depth: 0 });
    if (isRoot) {
      attachment.push(index);
      continue;
    }
    // Now and then the previous company owns this one: that grows the deep chains (up to maxDepth).
    let owner =
      random() < 0.15 && index > roots ? index - 1 : (attachment[pick(attachment.length)] ?? 0);
    if ((entities[owner]?.depth ?? 0) + 1 > maxDepth) owner = pick(roots);
    const entity = entities[index];
    if (entity) entity.depth = (entities[owner]?.depth ?? 0) + 1;
    addEdge(
      entities[owner]?.type === "PublicBody" && random() < 0.3 ? "CONTROLS" : "OWNS",
      owner,
      index,
    );
    // Every company may own others later; each edge it gains makes that likelier.
    attachment.push(index);
    // About one in five companies has a second owner: diamonds and parallel paths.
    if (random() < (options.secondOwnerRate ?? 0.2)) {
      const second = attachment[pick(attachment.length)] ?? 0;
      if (second !== owner && second !== index) addEdge("OWNS", second, index);
    }
  }

  const superNodeIds: string[] = [];
  const superNodes = Math.min(options.superNodes ?? 5, count);
  const degree = options.superNodeDegree ?? 3000;
  for (let s = 0; s < superNodes; s++) {
    const hub = roots + pick(Math.max(1, count - roots));
    superNodeIds.push(entities[hub]?.id ?? "");
    for (let k = 0; k < Math.min(degree, count - 1); k++) {
      const target = pick(count);
      if (target !== hub && target >= roots) addEdge("OWNS", hub, target);
    }
  }

  let crossHoldings = 0;
  const rate = options.crossHoldingRate ?? 0.005;
  const ownerOf = new Map(
    relationships.map((relationship) => [relationship.to, relationship.from]),
  );
  for (const entity of entities) {
    if (entity.type !== "Company" || random() >= rate) continue;
    const owner = ownerOf.get(entity.id);
    const ownerIndex = owner ? Number(owner.slice(4)) : -1;
    if (ownerIndex >= roots) {
      addEdge("OWNS", Number(entity.id.slice(4)), ownerIndex);
      crossHoldings++;
    }
  }
  return { entities, relationships, superNodeIds, crossHoldings };
}

function randomShare(
  random: () => number,
): Pick<SyntheticRelationship, "shareExact" | "shareMin" | "shareMax"> {
  const roll = random();
  if (roll < 0.7)
    return {
      shareExact: Math.round((1 + random() * 99) * 100) / 100,
      shareMin: null,
      shareMax: null,
    };
  if (roll < 0.85) {
    const min = [10, 25, 50, 75][Math.floor(random() * 4)] ?? 25;
    return { shareExact: null, shareMin: min, shareMax: Math.min(100, min + 25) };
  }
  return { shareExact: null, shareMin: null, shareMax: null };
}

function syntheticName(index: number, random: () => number): string {
  const first = NAME_PARTS[Math.floor(random() * NAME_PARTS.length)] ?? "Aster";
  const suffix = SUFFIXES[Math.floor(random() * SUFFIXES.length)] ?? "Ltd";
  return `${first} ${index} ${suffix}`;
}
