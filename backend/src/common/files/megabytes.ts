/**
 * A size limit as users read it: binary megabytes (1 MB = 1,048,576 bytes, as the upload limits are set),
 * Italian decimal comma, no decimals when whole: `20 MB`, `1,5 MB`.
 */
export function megabytes(bytes: number): string {
  const value = bytes / 1_048_576;
  return `${Number.isInteger(value) ? value : value.toFixed(1).replace('.', ',')} MB`;
}
