import { describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { TemporalTextError, parseTemporalText } from "../../domain/console/temporal-text";
import { toNeo4jParams } from "../../server/query/json-params";
import { ApiError } from "../../server/query/query-errors";

describe("temporal text as Neo4j writes it", () => {
  it("reads dates, times, date-times and durations into their parts", () => {
    expect(parseTemporalText("Date", "2024-02-29")).toEqual({
      type: "Date",
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(parseTemporalText("Time", "13:45:07.25-03:30")).toEqual({
      type: "Time",
      hour: 13,
      minute: 45,
      second: 7,
      nanosecond: 250_000_000,
      offsetSeconds: -(3 * 3600 + 30 * 60),
    });
    expect(parseTemporalText("DateTime", "2024-05-31T13:45Z[Europe/London]")).toMatchObject({
      hour: 13,
      second: 0,
      offsetSeconds: 0,
      zoneId: "Europe/London",
    });
    expect(parseTemporalText("Duration", "P1Y2M3W4DT5H6M7.5S")).toEqual({
      type: "Duration",
      months: 14,
      days: 25,
      seconds: 5 * 3600 + 6 * 60 + 7,
      nanoseconds: 500_000_000,
    });
    expect(parseTemporalText("Duration", "PT-1.5S")).toMatchObject({
      seconds: -1,
      nanoseconds: -500_000_000,
    });
  });

  it("refuses what is not the named type, saying why and what to write", () => {
    const cases: [Parameters<typeof parseTemporalText>[0], string, RegExp][] = [
      ["Date", "2023-02-29", /day 29 is not in 2023-02/],
      ["Date", "2024-13-01", /month 13 is not 1–12/],
      ["Date", "31/05/2024", /write it as YYYY-MM-DD/],
      ["LocalTime", "24:00", /hour 24 is not 0–23/],
      ["DateTime", "2024-05-31T13:45:00", /no offset or zone \(that is a LocalDateTime\)/],
      ["Time", "13:45+19:00", /offset \+19:00 is out of range/],
      ["Duration", "P", /names no amount/],
      ["Duration", "1 day", /write it as P/],
    ];
    for (const [type, text, message] of cases) {
      expect(() => parseTemporalText(type, text), text).toThrow(TemporalTextError);
      expect(() => parseTemporalText(type, text), text).toThrow(message);
    }
  });
});

describe("console parameters", () => {
  it("become the driver's temporal types", () => {
    const params = toNeo4jParams({
      at: { $type: "DateTime", value: "2024-05-31T13:45:00+08:00" },
      spans: [{ $type: "Duration", value: "P2D" }],
    });
    const at = params["at"];
    expect(neo4j.isDateTime(at)).toBe(true);
    expect(String(at)).toBe("2024-05-31T13:45:00+08:00");
    const spans = params["spans"] as unknown[];
    expect(neo4j.isDuration(spans[0])).toBe(true);
  });

  it("name the parameter that is wrong, inside lists and maps too", () => {
    const call = () =>
      toNeo4jParams({ filter: { since: [{ $type: "LocalTime", value: "7 o'clock" }] } });
    expect(call).toThrow(ApiError);
    expect(call).toThrow(/Parameter \$filter\.since\[0\]: "7 o'clock" is not a LocalTime/);
    expect(() => toNeo4jParams({ x: { $type: "Bytes", base64: "AA==" } })).toThrow(
      /not a type the console can send/,
    );
  });
});
