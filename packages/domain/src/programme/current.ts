import { HAI_PHONG_PROGRAMME_2026_2030 } from "./hai-phong-2026-2030.js";
import { programmeYears, type Year } from "./types.js";

/*
 * The programme in force and its years, for what cannot wait for the database: the admin app's year
 * pickers before anything is loaded, the report routes' year check. The API's services still read the
 * programme row (it is data, and a next programme will be added as data); both come from this decision.
 */

/** The programme the city runs now: Hải Phòng 2026–2030. */
export const CURRENT_PROGRAMME = HAI_PHONG_PROGRAMME_2026_2030;

/** Its years in order: [2026, 2027, 2028, 2029, 2030]. */
export const PROGRAMME_YEARS: readonly Year[] = Object.freeze(programmeYears(CURRENT_PROGRAMME));

/** True when `year` is a year of the programme in force. */
export function isProgrammeYear(year: unknown): year is Year {
  return typeof year === "number" && PROGRAMME_YEARS.includes(year);
}
