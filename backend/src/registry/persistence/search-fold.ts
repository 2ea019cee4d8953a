/**
 * Letters folded by the `search_name` column of `registry_person` (see the registry migration): search text
 * is folded the same way so "Nicolò D'Amico" is found as "nicolo damico". Apostrophes and dots are dropped.
 */
const FOLD_FROM = 'àáâäãåèéêëìíîïòóôöõùúûüçñșşțţăčćšžłńőűýÀÁÂÄÃÅÈÉÊËÌÍÎÏÒÓÔÖÕÙÚÛÜÇÑȘŞȚŢĂČĆŠŽŁŃŐŰÝ';
const FOLD_TO = 'aaaaaaeeeeiiiiooooouuuucnssttaccszlnouyAAAAAAEEEEIIIIOOOOOUUUUCNSSTTACCSZLNOUY';
const DROPPED = "'’.";

/** Arguments of SQL `translate(text, from, to)` that fold like `foldSearchText` (before `upper`). */
export const SQL_FOLD = { from: FOLD_FROM + DROPPED, to: FOLD_TO } as const;

const FOLD = new Map([...FOLD_FROM].map((char, index) => [char, FOLD_TO[index]]));

/** Upper-case ASCII words, the way the search key of a person is stored. */
export function foldSearchText(text: string): string {
  let folded = '';
  for (const char of text) {
    if (DROPPED.includes(char)) continue;
    folded += FOLD.get(char) ?? char;
  }
  return folded.toUpperCase().replace(/\s+/g, ' ').trim();
}
