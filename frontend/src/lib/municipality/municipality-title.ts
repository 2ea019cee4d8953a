import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Municipality } from '../api/municipality';

/** "Comune di Spino d'Adda", or the generic "Comune" while the backend cannot name it. */
export function municipalityTitle(municipality: Municipality | null, t: Dictionary): string {
  return municipality
    ? formatMessage(t.common.municipalityTitle, { name: municipality.name })
    : t.common.fallbackMunicipalityName;
}
