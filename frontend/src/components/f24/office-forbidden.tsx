// The appointments pages still import it from here (their folder is being edited elsewhere): point them at
// components/layout/office-forbidden and delete this file.
export { OfficeForbidden } from '../layout/office-forbidden';
