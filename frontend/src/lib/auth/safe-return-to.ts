// One rule for every return address, backend and frontend alike: see shared/return-address.ts.
export { normaliseReturnAddress, safeReturnTo } from '../../../../shared/return-address';
