/**
 * Errors raised by the ownership arithmetic. Each has a fixed `name` that tests and callers can
 * check, and a message that says what is wrong and what to do about it.
 */

/** Base class: anything the ownership functions reject. */
export class OwnershipError extends Error {
  override name = "OwnershipError";
}

/** A share or relationship property that cannot be used (outside 0–100, min above max, ...). */
export class OwnershipInputError extends OwnershipError {
  override name = "OwnershipInputError";
}

/** An option passed to a chain walk that is out of range (depth or path cap). */
export class OwnershipOptionsError extends OwnershipError {
  override name = "OwnershipOptionsError";
}
