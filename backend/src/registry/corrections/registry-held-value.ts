import { formatDate } from '../../common/italian/format-date.js';
import type { PersonRecord } from '../persistence/registry-records.js';
import {
  citizenshipName,
  documentKindLabel,
  maritalStatusLabel,
  placeLabel,
} from '../views/registry-labels.js';
import { addressView } from '../views/registry-view-mapper.js';
import type { CorrectionField } from './correction-request.entity.js';

const SEX_LABEL = { M: 'Maschile', F: 'Femminile' } as const;

/**
 * What the registry source holds for the datum a rettifica is about, as the visura shows it: the request records
 * it as the current value, so the resident never types what the administration already has ("once only").
 * Undefined where the source holds nothing to show (household composition, other, a fact ANPR does not give):
 * then the resident describes it.
 */
export function registryHeldValue(
  person: PersonRecord,
  field: CorrectionField,
  municipalityLabel: string,
): string | undefined {
  switch (field) {
    case 'family_name':
      return person.familyName;
    case 'given_name':
      return person.givenName;
    case 'sex':
      return SEX_LABEL[person.sex];
    case 'birth_date':
      return person.birthDate ? formatDate(person.birthDate, 'it') : undefined;
    case 'birth_place':
      return placeLabel(person.birthPlaceCode, person.birthPlaceName) || undefined;
    case 'citizenship':
      return person.citizenship === null ? undefined : citizenshipName(person.citizenship);
    case 'marital_status':
      return person.maritalStatus === null ? undefined : maritalStatusLabel(person.maritalStatus, person.sex);
    case 'address':
      return person.membership ? addressView(person.membership.address, municipalityLabel).text : undefined;
    case 'identity_document': {
      const document = person.identityDocument;
      return document ? `${documentKindLabel(document.kind)} n. ${document.number}` : undefined;
    }
    case 'household':
    case 'other':
      return undefined;
  }
}
