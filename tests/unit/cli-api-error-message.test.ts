import { describe, expect, it } from "vitest";
import { apiErrorMessage } from "../../cli/api-error-message";
import { ApiError } from "../../server/query/query-errors";

describe("the CLI's reading of an API error answer", () => {
  it("says the message of the API's error body", () => {
    const body = JSON.stringify(
      new ApiError(403, "Ownergraph.Forbidden", "Editors only.").toBody(),
    );
    expect(apiErrorMessage(403, body)).toBe("Editors only.");
  });

  it("says the status when the body is not an API error body", () => {
    for (const body of ["", "<html>Bad gateway</html>", "null", "{}", '{"error":{"code":"X"}}']) {
      expect(apiErrorMessage(502, body)).toBe("The server answered 502.");
    }
  });
});
