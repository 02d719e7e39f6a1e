/** A workflow command property: its name and value (numbers for lines and columns). */
export type CommandProperty = readonly [name: string, value: string | number];

/**
 * Escapes a workflow command's message the way @actions/core does (`%`, CR, LF), so a
 * message can never end the line and start a command of its own.
 */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command property value: the message escapes plus `:` and `,`, which delimit properties. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Builds one GitHub Actions workflow command line: `::name key=value,key=value::message`. */
export function workflowCommand(name: string, properties: readonly CommandProperty[], message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeCommandData(message)}`;
}
