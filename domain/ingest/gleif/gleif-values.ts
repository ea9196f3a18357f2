/**
 * Values in GLEIF records: timestamps to the model's dates, LEIs, countries, addresses. Each
 * check returns null (absent) or the value; a wrong value is reported by the caller.
 */
import { isPartialIsoDate } from "../../model";
import { itemsAt, textAt, textOf } from "./gleif-tree";

const LEI_PATTERN = /^[A-Z0-9]{18}[0-9]{2}$/;

/** An LEI's shape: 18 letters or digits and two check digits. */
export function isLeiShaped(value: string): boolean {
  return LEI_PATTERN.test(value);
}

/** ISO 17442 check digits (ISO 7064 MOD 97-10): true when the LEI's checksum holds. */
export function leiChecksumHolds(lei: string): boolean {
  let remainder = 0;
  for (const character of lei) {
    const digits = /[0-9]/.test(character)
      ? character
      : String(character.charCodeAt(0) - "A".charCodeAt(0) + 10);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/**
 * The calendar date a GLEIF timestamp names (`2012-08-24T20:53:00.000+02:00` → `2012-08-24`),
 * as the source wrote it (its own offset, not moved to UTC); `{invalid}` for a date that does
 * not exist, such as 2019-02-30.
 */
export function gleifDate(value: string | undefined): string | { invalid: string } | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|T|\s|Z|[+-]\d{2}:\d{2}$)/.exec(value);
  const date = match?.[1];
  return date !== undefined && isPartialIsoDate(date) ? date : { invalid: value };
}

/** The country of a legal jurisdiction (`US-DE` → `US`), or undefined when it is not one. */
export function countryOfJurisdiction(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /^([A-Z]{2})(?:-[A-Z0-9]{1,3})?$/.exec(value);
  return match?.[1];
}

const ADDRESS_PARTS = ["FirstAddressLine", "AdditionalAddressLine", "City", "Region"] as const;

/** An address element as one line: street lines, city, region, postcode, country. */
export function addressText(tree: unknown, element: string): string | undefined {
  const address = (name: string): string[] => {
    const node = textAt(tree, element, name);
    if (node !== undefined) return [node];
    return itemsAt(tree, [element, name], name)
      .map((item) => textOf(item))
      .filter((text): text is string => text !== undefined);
  };
  const parts = [
    ...ADDRESS_PARTS.flatMap(address),
    ...address("PostalCode"),
    ...address("Country"),
  ];
  return parts.length === 0 ? undefined : parts.join(", ");
}
