/** Where the permits API lives for each audience; shared by server fetches, browser calls and links. */
export const permitsApiBase = { resident: '/api/permits', staff: '/api/staff/permits' } as const;

export type PermitsAudience = keyof typeof permitsApiBase;

export function practiceApiPath(audience: PermitsAudience, practiceId: string): string {
  return `${permitsApiBase[audience]}/${encodeURIComponent(practiceId)}`;
}

/** Same-origin address of a document, for a plain download link. */
export function documentUrl(audience: PermitsAudience, practiceId: string, documentId: string): string {
  return `${practiceApiPath(audience, practiceId)}/documents/${encodeURIComponent(documentId)}`;
}
