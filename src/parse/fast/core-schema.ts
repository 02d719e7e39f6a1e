// The YAML 1.2 core schema's reading of a plain scalar, as the full path's parser applies it: the
// first of null, bool, octal, decimal and hex int, .inf/.nan, float with exponent, float that matches.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Whether a plain scalar starting with this character can be anything but a string. */
function mayBeTyped(first: number): boolean {
  // ~ + - . digits, and the n N t T f F of null, true, false
  return (
    first === 0x7e ||
    first === 0x2b ||
    first === 0x2d ||
    first === 0x2e ||
    (first >= 0x30 && first <= 0x39) ||
    first === 0x6e ||
    first === 0x4e ||
    first === 0x74 ||
    first === 0x54 ||
    first === 0x66 ||
    first === 0x46
  );
}

// Every form above in one pattern (it may take a little more than they do): text it does not match is
// text, settled with one test instead of eight (dates, `6-7`, `2nd`).
const ANY_TYPED = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|\.nan|\.NaN|\.NAN|[-+]?(?:\.(?:inf|Inf|INF)|\.[0-9]+(?:[eE][-+]?[0-9]+)?|[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?))$/;

/** The value of a plain scalar under the core schema: null, a boolean, a number or the text itself. */
export function resolvePlain(text: string): unknown {
  if (text === '') return null;
  // Most values are words: settle them without running the patterns.
  if (!mayBeTyped(text.charCodeAt(0)) || !ANY_TYPED.test(text)) return text;
  if (NULL.test(text)) return null;
  if (BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT.test(text)) return parseInt(text.slice(2), 8);
  if (INT.test(text)) return parseInt(text, 10);
  if (INT_HEX.test(text)) return parseInt(text.slice(2), 16);
  if (FLOAT_SPECIAL.test(text)) {
    if (text.endsWith('nan') || text.endsWith('NaN') || text.endsWith('NAN')) return NaN;
    return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(text) || FLOAT.test(text)) return parseFloat(text);
  return text;
}
