// The characters the fast reader looks at, as char codes (compared with `charCodeAt`).
export const TAB = 0x09;
export const NEWLINE = 0x0a;
export const SPACE = 0x20;
export const DOUBLE_QUOTE = 0x22;
export const HASH = 0x23;
export const SINGLE_QUOTE = 0x27;
export const COMMA = 0x2c;
export const DASH = 0x2d;
export const COLON = 0x3a;
export const BACKSLASH = 0x5c;
export const CLOSE_BRACKET = 0x5d;
export const CLOSE_BRACE = 0x7d;

/** A set of ASCII characters as a table by char code, for checks inside per-character loops. */
export function codeSet(chars: string): Uint8Array {
  const set = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}
