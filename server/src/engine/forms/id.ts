/**
 * The ownership forms the engine describes, by the `documentType` EDGAR gives them: the whole Section 16 family.
 * Everything keyed by form (rule applicability, the form description chosen in `analyze`) is typed by it, so a form
 * cannot be named that the engine does not describe.
 */
export const formIds = ['3', '3/A', '4', '4/A', '5', '5/A'] as const;

export type FormId = (typeof formIds)[number];

/** The form id for a documentType text, or undefined when the engine has no description for it. */
export function formIdOf(documentType: string | undefined): FormId | undefined {
  const trimmed = documentType?.trim();
  return formIds.find((id) => id === trimmed);
}
