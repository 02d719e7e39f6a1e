/** Text as a sentence that ends with a period, as SARIF viewers expect of plain-text messages. */
export function asSentence(text: string, fallback = 'No details given.'): string {
  const trimmed = text.trimEnd();
  if (trimmed === '') return fallback;
  return trimmed.endsWith('.') ? trimmed : `${trimmed}.`;
}
