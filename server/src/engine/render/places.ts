/**
 * State and country codes shown by name, as EDGAR's stylesheets show them (State_Codes.xsl): `TX` is "Texas", `F4`
 * "China". The names come from the code list the structure checker holds (structure/stateCodes.ts); a code that is
 * not on it is shown as written, so the filer sees the value the diagnostics talk about.
 */
import { stateCodes } from '../structure/stateCodes';
import { asText, type Formatter } from './format';

const names: ReadonlyMap<string, string> = new Map(stateCodes.map((c) => [c.code, c.name]));

/** The name of a state or country code, or undefined for a code the list does not hold. */
export function placeName(code: string): string | undefined {
  return names.get(code.trim());
}

export const asPlace: Formatter<string> = (field) => placeName(field.raw) ?? asText(field);
