import { UuidParam } from '../../common/http/uuid-param.js';
import { PermitErrors } from '../permit-errors.js';

export const PracticeIdParam = () => UuidParam('id', PermitErrors.practiceNotFound);
export const DocumentIdParam = () => UuidParam('documentId', PermitErrors.documentNotFound);
