/**
 * What a first read of BODS files learns, so the second can map each statement on its own: which
 * record each statement belongs to, the order of a record's statements (its history), which one
 * is the latest (the current fact), and how many relationships a record's latest statement
 * makes (so that `componentRecords` can name them all). Only ids, dates and counts are kept:
 * memory grows with the number of statements, never with their size.
 *
 * A record is a BODS 0.4 `recordId`. Before 0.4 a statement is its own record, except that a
 * statement which another one replaces (`replacesStatements`) becomes the history of the one
 * replacing it (of the first, when several replace it).
 */
import { parsePartialDate } from "../../time";
import { isObject, type BodsStatement } from "./bods-statement";
import { dateValue } from "./bods-values";
import { relationshipVersions, type RelationshipVersion } from "./bods-versions";

interface StatementEntry {
  recordId: string;
  date: string;
  order: number;
  relationships: number;
  before04: boolean;
  /** Relationship statements: the latest start its interests give, whether it closes the record, and whether its interested party is unspecified. */
  interestStart: string | null;
  closed: boolean;
  unspecifiedParty: boolean;
}

/** The latest `startDate` the interests give (as given, a date-time cut to its day). */
function latestInterestStart(statement: BodsStatement): string | null {
  let latest: { text: string; day: string } | null = null;
  for (const interest of statement.interests) {
    if (!isObject(interest)) continue;
    const text = dateValue(interest["startDate"]);
    const date = typeof text === "string" ? parsePartialDate(text) : null;
    if (date !== null && (latest === null || date.firstDay > latest.day)) {
      latest = { text: date.text, day: date.firstDay };
    }
  }
  return latest?.text ?? null;
}

export class BodsRecordIndex {
  private readonly statements = new Map<string, StatementEntry>();
  private readonly replacedBy = new Map<string, string>();
  private readonly histories = new Map<string, string[]>();
  private finished = false;

  /** False when the statement id was seen before (the caller reports it and skips it). */
  add(statement: BodsStatement): boolean {
    if (this.statements.has(statement.statementId)) return false;
    this.statements.set(statement.statementId, {
      recordId: statement.recordId,
      date: typeof statement.statementDate === "string" ? statement.statementDate : "",
      order: this.statements.size,
      relationships:
        statement.recordType === "relationship" ? Math.max(1, statement.interests.length) : 0,
      before04: statement.version !== "0.4",
      interestStart:
        statement.recordType === "relationship" ? latestInterestStart(statement) : null,
      closed: statement.recordStatus === "closed",
      unspecifiedParty:
        statement.recordType === "relationship" && typeof statement.interestedParty !== "string",
    });
    for (const replaced of statement.replaces) {
      if (!this.replacedBy.has(replaced)) this.replacedBy.set(replaced, statement.statementId);
    }
    return true;
  }

  get statementCount(): number {
    return this.statements.size;
  }

  /** Groups the statements into records, oldest first; call once every statement is added. */
  finish(): void {
    for (const [statementId, entry] of this.statements) {
      const recordId = entry.before04 ? this.lastReplacer(statementId) : entry.recordId;
      entry.recordId = recordId;
      const history = this.histories.get(recordId);
      if (history === undefined) this.histories.set(recordId, [statementId]);
      else history.push(statementId);
    }
    for (const [recordId, history] of this.histories) {
      history.sort((a, b) => this.compare(a, b));
      const replacer = history.indexOf(recordId);
      if (replacer !== -1 && replacer !== history.length - 1) {
        // Before 0.4 the statement that replaces the others is the current one, whatever its date.
        history.push(...history.splice(replacer, 1));
      }
    }
    this.finished = true;
  }

  private lastReplacer(statementId: string): string {
    let current = statementId;
    const seen = new Set<string>([current]);
    for (let next = this.replacedBy.get(current); next !== undefined;) {
      if (seen.has(next)) break; // a ring of replacements: stop where it closes
      seen.add(next);
      current = next;
      next = this.replacedBy.get(current);
    }
    return current;
  }

  private compare(a: string, b: string): number {
    const left = this.statements.get(a);
    const right = this.statements.get(b);
    if (left === undefined || right === undefined) return 0;
    if (left.date !== right.date) return left.date < right.date ? -1 : 1;
    return left.order - right.order;
  }

  private entry(statementId: string): StatementEntry | undefined {
    if (!this.finished) throw new Error("BodsRecordIndex: call finish() before reading it");
    return this.statements.get(statementId);
  }

  /** The record a statement belongs to (its own id when the index does not know it). */
  recordOf(statementId: string): string {
    return this.entry(statementId)?.recordId ?? statementId;
  }

  /**
   * The record a relationship's end or component names: 0.4 names records; earlier versions
   * name statements, which may since have been replaced.
   */
  recordNamedBy(reference: string, statement: BodsStatement): string {
    return statement.version === "0.4" ? reference : this.recordOf(reference);
  }

  /** The record's statements, oldest first; the last one is the current fact. */
  history(recordId: string): readonly string[] {
    return this.histories.get(recordId) ?? [];
  }

  isLatest(statementId: string): boolean {
    const history = this.history(this.recordOf(statementId));
    return history[history.length - 1] === statementId;
  }

  /** The version a relationship statement states (bods-versions.ts). */
  versionOf(statementId: string): RelationshipVersion {
    const history = this.history(this.recordOf(statementId)).map((id) => {
      const entry = this.statements.get(id);
      const day = dateValue(entry?.date ?? "");
      return {
        statementId: id,
        day: typeof day === "string" && parsePartialDate(day)?.precision === "day" ? day : "",
        interestStart: entry?.interestStart ?? null,
        closed: entry?.closed ?? false,
      };
    });
    return (
      relationshipVersions(history).get(statementId) ?? {
        written: true,
        statementIds: [statementId],
        startDate: null,
        endDate: null,
        asOfDate: null,
      }
    );
  }

  /** True when the latest statement of the record names no interested party. */
  latestPartyIsUnspecified(recordId: string): boolean {
    const history = this.history(recordId);
    const latest = history[history.length - 1];
    return latest !== undefined && (this.statements.get(latest)?.unspecifiedParty ?? false);
  }

  /** The local ids of the relationships the record's latest statement makes (one per interest). */
  relationshipIds(recordId: string): string[] {
    const history = this.history(recordId);
    const latest = history[history.length - 1];
    const count = latest === undefined ? 0 : (this.statements.get(latest)?.relationships ?? 0);
    return Array.from({ length: count }, (_, index) => relationshipLocalId(recordId, index));
  }
}

/** The first interest keeps the record id, so `componentRecords` finds it; the others add `#n`. */
export function relationshipLocalId(recordId: string, interestIndex: number): string {
  return interestIndex === 0 ? recordId : `${recordId}#${String(interestIndex + 1)}`;
}
