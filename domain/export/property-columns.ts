import type { Properties, PropertyValue, TemporalTypeName } from "../wire/graph-wire-types";
import { isTaggedValue } from "../wire/graph-wire-types";

/**
 * One type per property name, inferred over every node (or every relationship) of a graph, so
 * that typed formats (GraphML, GEXF, neo4j-admin CSV, Cypher) can declare a column once.
 *
 * The wire says which numbers are which (see graph-wire-types.ts): a JSON number is a float
 * (`double`), whole or not, and a tagged Integer an integer (`long`). A column of integers of
 * which one lies beyond 2^53 is `Integer`: formats whose readers would round it keep it exact.
 */

/** The type of one value; `Integer` is an integer beyond 2^53 (`long` one within). */
export type ScalarKind =
  "boolean" | "long" | "double" | "string" | "Integer" | TemporalTypeName | "Point" | "Bytes";

export type ColumnShape =
  | { kind: "scalar"; scalar: ScalarKind }
  | { kind: "list"; scalar: ScalarKind }
  /** Values of different shapes, nested lists or maps: exporters write them as JSON text. */
  | { kind: "mixed" };

export interface PropertyColumn {
  property: string;
  shape: ColumnShape;
}

/** Work-in-progress shape: a list whose items are not yet known has scalar `null`. */
type PartialShape =
  | { kind: "scalar"; scalar: ScalarKind }
  | { kind: "list"; scalar: ScalarKind | null }
  | { kind: "mixed" };

const MIXED: PartialShape = { kind: "mixed" };

// One shape object per kind, so that inferring over many values allocates nothing.
const SCALAR_SHAPES = new Map<ScalarKind, PartialShape>();
const LIST_SHAPES = new Map<ScalarKind | null, PartialShape>();

function scalarShape(scalar: ScalarKind): PartialShape {
  let shape = SCALAR_SHAPES.get(scalar);
  if (shape === undefined) {
    shape = { kind: "scalar", scalar };
    SCALAR_SHAPES.set(scalar, shape);
  }
  return shape;
}

function listShape(scalar: ScalarKind | null): PartialShape {
  let shape = LIST_SHAPES.get(scalar);
  if (shape === undefined) {
    shape = { kind: "list", scalar };
    LIST_SHAPES.set(scalar, shape);
  }
  return shape;
}

function scalarKindOf(value: PropertyValue): ScalarKind | null {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return "double";
  if (typeof value === "string") return "string";
  if (isTaggedValue(value)) {
    if (value.$type !== "Integer") return value.$type;
    return Number.isSafeInteger(Number(value.value)) ? "long" : "Integer";
  }
  return null;
}

function mergeScalars(a: ScalarKind, b: ScalarKind): ScalarKind | null {
  if (a === b) return a;
  const pair = new Set([a, b]);
  if (pair.has("long") && pair.has("double")) return "double";
  if (pair.has("long") && pair.has("Integer")) return "Integer";
  return null;
}

function shapeOfValue(value: PropertyValue): PartialShape {
  if (!Array.isArray(value)) {
    const scalar = scalarKindOf(value);
    return scalar === null ? MIXED : scalarShape(scalar);
  }
  let item: ScalarKind | null = null;
  for (const element of value) {
    const scalar = element === null ? null : scalarKindOf(element);
    if (scalar === null) return MIXED;
    item = item === null ? scalar : mergeScalars(item, scalar);
    if (item === null) return MIXED;
  }
  return listShape(item);
}

function mergeShapes(a: PartialShape, b: PartialShape): PartialShape {
  if (a === b) return a;
  if (a.kind === "mixed" || b.kind === "mixed" || a.kind !== b.kind) return MIXED;
  if (a.scalar === null) return b;
  if (b.scalar === null) return a;
  const scalar = mergeScalars(a.scalar, b.scalar);
  if (scalar === null) return MIXED;
  return a.kind === "list" ? listShape(scalar) : scalarShape(scalar);
}

function finish(shape: PartialShape): ColumnShape {
  if (shape.kind === "mixed") return shape;
  return { kind: shape.kind, scalar: shape.scalar ?? "string" };
}

/**
 * Infers one column per property name, in order of first appearance. Null values say nothing
 * about the type; a column holding only nulls is a string column.
 */
export function inferPropertyColumns(propertyBags: Iterable<Properties>): PropertyColumn[] {
  const shapes = new Map<string, PartialShape | null>();
  for (const properties of propertyBags) {
    for (const property of Object.keys(properties)) {
      const value = properties[property];
      const known = shapes.get(property);
      if (value === undefined || value === null) {
        if (known === undefined) shapes.set(property, null);
        continue;
      }
      const shape = shapeOfValue(value);
      shapes.set(
        property,
        known === undefined || known === null ? shape : mergeShapes(known, shape),
      );
    }
  }
  return [...shapes].map(([property, shape]) => ({
    property,
    shape: finish(shape ?? { kind: "scalar", scalar: "string" }),
  }));
}
