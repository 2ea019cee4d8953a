/** Legal terms are days; timeline entries are instants shown as they were in Italy. */
export { formatCivilDate as formatDay, formatItalianTime as formatInstant } from '../format/dates';
export { formatFileSize } from '../format/sizes';
