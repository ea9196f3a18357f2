import { describe, expect, it } from "vitest";
import {
  heldOn,
  heldSpanOf,
  isDay,
  parsePartialDate,
  relationshipValidity,
  type ValidityInput,
} from "../../domain/time";

const owns = (properties: ValidityInput["properties"], sourceDates: string[] = []) =>
  relationshipValidity({ type: "OWNS", properties, sourceDates });

describe("partial dates", () => {
  it("reads a year, a month, a day and a date and time as stretches of days", () => {
    expect(parsePartialDate("2003")).toMatchObject({
      precision: "year",
      firstDay: "2003-01-01",
      lastDay: "2003-12-31",
    });
    expect(parsePartialDate("2004-02")).toMatchObject({
      precision: "month",
      firstDay: "2004-02-01",
      lastDay: "2004-02-29",
    });
    expect(parsePartialDate("2019-07-22")).toMatchObject({
      precision: "day",
      firstDay: "2019-07-22",
      lastDay: "2019-07-22",
    });
    expect(parsePartialDate("2019-09-11T11:17:23Z")).toMatchObject({
      text: "2019-09-11",
      precision: "day",
    });
    expect(parsePartialDate("2019-02-30")).toBeNull();
    expect(parsePartialDate("22 July 2019")).toBeNull();
  });

  it("knows a real calendar day", () => {
    expect(isDay("2024-02-29")).toBe(true);
    expect(isDay("2023-02-29")).toBe(false);
    expect(isDay("2019-07")).toBe(false);
    expect(isDay("2019-7-22")).toBe(false);
  });
});

describe("relationshipValidity and heldOn", () => {
  it("a start given only as 2003 and no end: may have held in 2003, held from 2004 (known answer)", () => {
    const span = owns({ startDate: "2003" });
    expect(span).toEqual({ heldFrom: "2003-01-01", heldSurelyFrom: "2004-01-01" });
    expect(heldOn(span, "2003-06-01")).toEqual({
      state: "mayHaveHeld",
      reason: "its start is given only as 2003",
    });
    expect(heldOn(span, "2004-01-01")).toEqual({ state: "held" });
    expect(heldOn(span, "2002-12-31")).toEqual({ state: "notHeld" });
  });

  it("a day start and a month end: held through the day before the month, may have held in it", () => {
    const span = owns({ startDate: "2019-09-11", endDate: "2021-04" });
    expect(span).toEqual({
      heldFrom: "2019-09-11",
      heldSurelyFrom: "2019-09-11",
      heldSurelyUntil: "2021-03-31",
      heldUntil: "2021-04-30",
    });
    expect(heldOn(span, "2021-03-31").state).toBe("held");
    expect(heldOn(span, "2021-04-15")).toEqual({
      state: "mayHaveHeld",
      reason: "its end is given only as 2021-04",
    });
    expect(heldOn(span, "2021-05-01").state).toBe("notHeld");
  });

  it("an end given as a day is the last day it held", () => {
    const span = owns({ startDate: "2019-09-11", endDate: "2021-04-03" });
    expect(heldOn(span, "2021-04-03").state).toBe("held");
    expect(heldOn(span, "2021-04-04").state).toBe("notHeld");
  });

  it("no start date: unbounded before, surely held from its first evidence (asOfDate or a source)", () => {
    const span = owns({ asOfDate: "2016-05" }, ["2019-07-22"]);
    expect(span).toEqual({ heldSurelyFrom: "2016-05-31" });
    expect(heldOn(span, "1990-01-01")).toEqual({
      state: "mayHaveHeld",
      reason: "no source dates its start; first stated on 2016-05-31",
    });
    expect(heldOn(span, "2019-07-22").state).toBe("held");
  });

  it("a listing with no start starts when it is first stated (firstStated in the registry)", () => {
    const span = relationshipValidity({
      type: "LISTS",
      properties: {},
      sourceDates: ["2025-01-07"],
    });
    expect(span).toEqual({ heldFrom: "2025-01-07", heldSurelyFrom: "2025-01-07" });
    expect(heldOn(span, "2019-07-22").state).toBe("notHeld");
    expect(heldOn(span, "2025-01-07").state).toBe("held");
  });

  it("nothing dates it: it may have held on any day", () => {
    const span = owns({}, ["not a date"]);
    expect(span).toEqual({});
    expect(heldOn(span, "2019-07-22")).toEqual({
      state: "mayHaveHeld",
      reason: "no source dates it",
    });
  });

  it("a closed record without an end date: surely held until its last evidence, may have held until the day before the closing statement", () => {
    const span = owns({ startDate: "2022-09-21", asOfDate: "2022-09-25", recordStatus: "closed" }, [
      "2022-09-25",
      "2023-03-03",
    ]);
    expect(span).toEqual({
      heldFrom: "2022-09-21",
      heldSurelyFrom: "2022-09-21",
      heldSurelyUntil: "2022-09-25",
      heldUntil: "2023-03-02",
    });
    expect(heldOn(span, "2022-12-01")).toEqual({
      state: "mayHaveHeld",
      reason: "it is last known to have held on 2022-09-25 and ended by 2023-03-02",
    });
    expect(heldOn(span, "2023-03-03").state).toBe("notHeld");
  });

  it("reads a span back from stored properties", () => {
    expect(heldSpanOf({ heldFrom: "2003-01-01", heldUntil: 5, other: "x" })).toEqual({
      heldFrom: "2003-01-01",
    });
  });
});
