import type { QueryValue } from "../api/query.ts";
import type { AppState } from "../state/state.ts";

/*
 * The one case filter of every view, as URL-backed state (y0 y1 uy region cat rel cases), and what it means for an
 * API request (contract/filters.ts takes the same fields on every endpoint that filters).
 */

export const filterKeys = [
  "yearFrom",
  "yearTo",
  "unknownYears",
  "region",
  "category",
  "reliability",
  "cases",
  "synthetic",
] as const satisfies readonly (keyof AppState)[];

export type FilterState = Pick<AppState, (typeof filterKeys)[number]>;

/** The query fields of the shared case filter. */
export function filterQuery(s: FilterState): Record<string, QueryValue> {
  const ranged = s.yearFrom !== null || s.yearTo !== null;
  return {
    yearFrom: s.yearFrom,
    yearTo: s.yearTo,
    unknownYears: ranged && s.unknownYears ? true : undefined,
    region: s.region,
    category: s.category,
    reliability: s.reliability,
    cases: s.cases,
    includeSynthetic: s.synthetic || undefined,
  };
}

/** A start year after the end year: explained to the user instead of asking the server for nothing. */
export function invertedYears(s: FilterState): boolean {
  return s.yearFrom !== null && s.yearTo !== null && s.yearFrom > s.yearTo;
}

export function isFiltered(s: FilterState): boolean {
  return (
    s.yearFrom !== null ||
    s.yearTo !== null ||
    s.region !== null ||
    s.category !== null ||
    s.reliability !== null ||
    s.cases.length > 0
  );
}

/** The state change that clears every filter (the synthetic switch is a setting, not a filter). */
export const resetFilters: Partial<AppState> = {
  yearFrom: null,
  yearTo: null,
  unknownYears: false,
  region: null,
  category: null,
  reliability: null,
  cases: [],
};
