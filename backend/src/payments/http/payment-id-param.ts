import { UuidParam } from '../../common/http/uuid-param.js';
import { PaymentErrors } from '../payment-errors.js';

export const PaymentIdParam = () => UuidParam('id', PaymentErrors.notFound);
