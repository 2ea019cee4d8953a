import { CIVIL_PARTNER, findHouseholdRelationship } from '../../registry/domain/household-relationships.js';
import type { Sex } from '../domain/certificate-subject.js';
import { ending } from '../domain/italian-wording.js';

/**
 * The ANPR relationship to the household head as a certificate prints it, agreeing with the member's sex:
 * `Figlio / Figlia` becomes `figlio` or `figlia`, the head is `intestatario` or `intestataria`.
 */
export function printedRelationship(code: string, sex: Sex, isHead: boolean): string {
  if (isHead) return `intestatari${ending(sex)}`;
  const relationship = findHouseholdRelationship(code);
  if (!relationship) return 'rapporto non definito';
  const variants = relationship.labelIt.split(' / ');
  let label = variants.length === 2 ? variants[sex === 'F' ? 1 : 0] : relationship.labelIt;
  if (relationship.code === CIVIL_PARTNER && sex === 'F') label = 'Unita civilmente';
  return label.charAt(0).toLocaleLowerCase('it-IT') + label.slice(1);
}
