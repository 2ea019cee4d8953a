/** A co-titolare as the drafts API takes it (`titolare.coTitolari[]`). */
export interface CoTitolare {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email?: string | null;
}

export const CO_TITOLARE_FIELDS = ['fiscalCode', 'givenName', 'familyName'] as const;

/** The form field of one co-titolare's value: `coTitolari.<row>.<field>`, as the API names it in its errors. */
export function coTitolareFieldName(row: number, field: (typeof CO_TITOLARE_FIELDS)[number]): string {
  return `coTitolari.${row}.${field}`;
}

/**
 * The co-titolari typed in the titolare step, in row order: rows left entirely blank are dropped (an added row
 * nobody filled), the fiscal code is upper-cased, everything trimmed; the rest is for the API to check.
 */
export function coTitolariFromForm(form: FormData, rows: number): CoTitolare[] {
  const people: CoTitolare[] = [];
  for (let row = 0; row < rows; row++) {
    const [fiscalCode, givenName, familyName] = CO_TITOLARE_FIELDS.map((field) => {
      const raw = form.get(coTitolareFieldName(row, field));
      return typeof raw === 'string' ? raw.trim() : '';
    });
    if (!fiscalCode && !givenName && !familyName) continue;
    people.push({ fiscalCode: fiscalCode.toUpperCase(), givenName, familyName });
  }
  return people;
}

/** The co-titolari already saved in the section, for the form's first rows. */
export function savedCoTitolari(section: Record<string, unknown> | undefined): CoTitolare[] {
  const saved = section?.coTitolari;
  if (!Array.isArray(saved)) return [];
  return saved.filter(
    (item): item is CoTitolare => typeof item === 'object' && item !== null && 'fiscalCode' in item,
  );
}
