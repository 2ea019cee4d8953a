/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed. */
export function formatMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
