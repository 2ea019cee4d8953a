import { UuidParam } from '../../common/http/uuid-param.js';
import { AppointmentErrors } from '../domain/appointment-errors.js';

export const AppointmentIdParam = () => UuidParam('id', AppointmentErrors.appointmentNotFound);
export const OfficeIdParam = () => UuidParam('id', AppointmentErrors.officeNotFound);
export const ClosureIdParam = () => UuidParam('closureId', AppointmentErrors.closureNotFound);
