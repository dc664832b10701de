import { describe, expect, it } from "vitest";
import {
  NO_FILTERS,
  parseProjectFilters,
  projectQueryVariables,
  serializeProjectFilters,
  withFilter,
} from "./project-filters";

describe("the đề án list's filters in the address bar", () => {
  it("reads the dashboard's link: the submitted ones only", () => {
    expect(parseProjectFilters("?state=SUBMITTED")).toEqual({ ...NO_FILTERS, states: ["SUBMITTED"] });
  });

  it("reads every filter, and ignores what is not a state, a year or a fund", () => {
    const f = parseProjectFilters(
      "state=SUBMITTED,appraised,NONSENSE,SUBMITTED&year=2027&fund=CITY_BUDGET&commune=xa-an-hung&line=l1&q=b%C3%A1nh%20%C4%91a&after=c2",
    );
    expect(f).toEqual({
      states: ["SUBMITTED", "APPRAISED"],
      year: 2027,
      fund: "CITY_BUDGET",
      commune: "xa-an-hung",
      line: "l1",
      q: "bánh đa",
      after: "c2",
    });
    expect(parseProjectFilters("year=20x6&fund=MONEY&commune=")).toEqual(NO_FILTERS);
  });

  it("writes them back so that reading gives the same filters, leaving out the empty ones", () => {
    const f = { ...NO_FILTERS, states: ["SUBMITTED", "APPRAISED"] as const, year: 2026, q: "máy" };
    const text = serializeProjectFilters({ ...f, states: [...f.states] });
    expect(text).toBe("state=SUBMITTED,APPRAISED&year=2026&q=m%C3%A1y");
    expect(parseProjectFilters(text)).toEqual({ ...f, states: [...f.states] });
    expect(serializeProjectFilters(NO_FILTERS)).toBe("");
  });

  it("goes back to the first page when a filter changes", () => {
    const f = { ...NO_FILTERS, after: "c2" };
    expect(withFilter(f, { year: 2028 })).toEqual({ ...NO_FILTERS, year: 2028 });
  });

  it("asks the API with the filters, null where none is set", () => {
    expect(projectQueryVariables({ ...NO_FILTERS, states: ["DRAFT"], q: "  " }, 20)).toEqual({
      first: 20,
      after: null,
      year: null,
      states: ["DRAFT"],
      fundSource: null,
      communeCode: null,
      targetLineId: null,
      search: null,
    });
  });
});
