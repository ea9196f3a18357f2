/**
 * The start page's words for its capped lists: each says how many it shows of how many, so a
 * cap is never silent.
 */
import type { DatasetSummary } from "../../../domain/wire/dataset-summary-types";

const number = (value: number) => value.toLocaleString("en-GB");
const plural = (count: number, one: string, many: string) =>
  `${number(count)} ${count === 1 ? one : many}`;

/** "This graph holds 1,000,063 entities: too many to draw at once…" */
export function startPageLead(entities: number): string {
  return (
    `This graph holds ${plural(entities, "entity", "entities")}: too many to draw at once. ` +
    "Search above, or start from one of the entities below; the canvas draws what you pick."
  );
}

/** What is left out of a list of `shown` of `total`, or null when nothing is. */
export function moreLine(shown: number, total: number, what: string): string | null {
  return total > shown ? `and ${number(total - shown)} more ${what}` : null;
}

export function mostHoldingsNote(summary: DatasetSummary): string | null {
  const { shown, total } = summary.mostHoldings;
  return moreLine(shown.length, total, total - shown.length === 1 ? "holder" : "holders");
}

export function ultimateParentsNote(summary: DatasetSummary): string | null {
  const { shown, total } = summary.ultimateParents;
  return moreLine(shown.length, total, "ultimate parents");
}

/** Groups are counted for the parents with the most direct holdings only: says so. */
export function largestGroupsNote(summary: DatasetSummary): string | null {
  const { candidates } = summary.largestGroups;
  const parents = summary.ultimateParents.total;
  return parents > candidates
    ? `Counted for the ${number(candidates)} ultimate parents with the most direct holdings, of ${number(parents)}.`
    : null;
}

export function groupSize(members: number): string {
  return `${plural(members, "entity", "entities")} below`;
}

export function holdingsCount(holdings: number): string {
  return `holds ${number(holdings)}`;
}

export function summaryDayNote(summary: DatasetSummary): string {
  return `Holdings counted for the links that held on ${summary.day}, when the dataset was summarised.`;
}
