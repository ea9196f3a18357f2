/** A mistake on the command line: exit status 2, and what to type instead. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
