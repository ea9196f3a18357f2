/**
 * A GLEIF record's `Registration` block (LEI-CDF and RR-CDF share it) as Source properties:
 * its last update as the source's date, its first registration, its status and how it was
 * validated. A date that does not exist is an error naming the record.
 */
import type { RowProperties } from "../model-rows";
import { textAt } from "./gleif-tree";
import { gleifDate } from "./gleif-values";
import { recordError, type GleifContext, type GleifPlace } from "./gleif-place";

/** A date field of a record, checked: the date, or undefined (absent or reported as wrong). */
export function checkedDate(
  context: GleifContext,
  place: GleifPlace,
  field: string,
  value: string | undefined,
): string | undefined {
  const date = gleifDate(value);
  if (typeof date !== "object") return date;
  recordError(
    context,
    place,
    "invalid-date",
    `${field} is "${date.invalid}", which is not a real date.`,
    `Give ${field} as an ISO 8601 date or timestamp that exists (e.g. 2019-02-28T00:00:00Z).`,
  );
  return undefined;
}

export function registrationProperties(
  context: GleifContext,
  place: GleifPlace,
  record: unknown,
): RowProperties {
  const properties: RowProperties = {};
  const date = checkedDate(
    context,
    place,
    "LastUpdateDate",
    textAt(record, "Registration", "LastUpdateDate"),
  );
  if (date !== undefined) properties["date"] = date;
  const first = checkedDate(
    context,
    place,
    "InitialRegistrationDate",
    textAt(record, "Registration", "InitialRegistrationDate"),
  );
  if (first !== undefined) properties["registrationDate"] = first;
  const status = textAt(record, "Registration", "RegistrationStatus");
  if (status !== undefined) properties["registrationStatus"] = status;
  const validation = textAt(record, "Registration", "ValidationSources");
  if (validation !== undefined) properties["validationSources"] = validation;
  const notes = [
    ["managing LOU", textAt(record, "Registration", "ManagingLOU")],
    ["next renewal", textAt(record, "Registration", "NextRenewalDate")],
    ["validation documents", textAt(record, "Registration", "ValidationDocuments")],
    ["validation reference", textAt(record, "Registration", "ValidationReference")],
  ].filter((entry): entry is [string, string] => entry[1] !== undefined);
  if (notes.length > 0) {
    properties["note"] = notes.map(([label, value]) => `${label}: ${value}`).join("; ");
  }
  return properties;
}
