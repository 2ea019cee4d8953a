/** "foglio 12, particella 345, sub. 6": how the office and the taxpayer name a cadastral unit. */
export function describeCadastralReference(unit: {
  foglio?: string | null;
  particella?: string | null;
  subalterno?: string | null;
}): string {
  const parts = [`foglio ${unit.foglio?.trim() ?? ''}`, `particella ${unit.particella?.trim() ?? ''}`];
  if (unit.subalterno?.trim()) parts.push(`sub. ${unit.subalterno.trim()}`);
  return parts.join(', ');
}
