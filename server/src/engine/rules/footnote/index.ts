import { emptyFootnote } from './empty';
import { unusedFootnote } from './unused';

/** footnote/undefined and footnote/duplicate-id are the structure checker's (xs:IDREF / xs:ID); see ../structural.ts. */
export const footnoteRules = [unusedFootnote, emptyFootnote] as const;
