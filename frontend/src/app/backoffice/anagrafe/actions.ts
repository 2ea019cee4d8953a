'use server';

import { type PersonSearchKind, type PersonSearchPage, searchPersons } from '../../../lib/api/registry';
import { type Loaded, loadRegistry } from '../../../lib/registry/load-registry';

const KINDS: readonly PersonSearchKind[] = ['fiscal_code', 'name', 'address'];

export interface RegistrySearchState {
  q: string;
  by?: PersonSearchKind;
  /** Null until a search of at least two characters was made. */
  results: Loaded<PersonSearchPage> | null;
}

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * The registry office's search, posted: the terms (codici fiscali, names, addresses) travel in the body, never
 * in the page address, where history, bookmarks, the Referer and proxy logs would keep them.
 */
export async function searchRegistryAction(
  _previous: RegistrySearchState,
  formData: FormData,
): Promise<RegistrySearchState> {
  const q = text(formData, 'q').trim().slice(0, 100);
  const by = KINDS.find((kind) => kind === text(formData, 'by'));
  const offsetField = text(formData, 'offset');
  const offset = /^[0-9]{1,6}$/.test(offsetField) ? Number(offsetField) : 0;
  const results = q.length >= 2 ? await loadRegistry(() => searchPersons(q, offset, by)) : null;
  return { q, by, results };
}
