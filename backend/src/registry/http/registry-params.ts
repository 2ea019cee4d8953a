import { UuidParam } from '../../common/http/uuid-param.js';
import { RegistryErrors } from '../registry-errors.js';

export const MemberIdParam = () => UuidParam('personId', RegistryErrors.memberNotFound);
export const PersonIdParam = () => UuidParam('id', RegistryErrors.personNotFound);
export const CorrectionIdParam = () => UuidParam('id', RegistryErrors.correctionNotFound);
export const ImportIdParam = () => UuidParam('id', RegistryErrors.importNotFound);
