/**
 * Writes plain data as block YAML in randomly chosen but legal layouts — values on their key's line
 * or below it, lists under or beside their key, items compact or not, scalars plain, quoted, folded
 * over lines or as block scalars, comments (`# x`, `#x`) and blank lines anywhere a line may go —
 * so a differential test meets the layouts a hand-written file may have.
 */
export type Tree = string | number | boolean | null | Tree[] | { [key: string]: Tree };

/** A small seeded random source (mulberry32), so one seed gives one layout. */
function randomSource(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n) as number;
  };
}

const PLAIN = /^[A-Za-z][A-Za-z0-9 .,'"()-]*[A-Za-z0-9.)]$|^[A-Za-z]$/;

function isScalar(value: Tree): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

export function writeLayout(tree: Tree, seed: number): string {
  const pick = randomSource(seed);
  const out: string[] = [];
  const pad = (n: number) => ' '.repeat(n);

  /** Maybe a comment or a blank line, anywhere from column 0 to a little deeper than `indent`. */
  const noise = (indent: number) => {
    const kind = pick(8);
    if (kind === 0) out.push(`${pad(pick(indent + 3))}# note`);
    else if (kind === 1) out.push(`${pad(pick(indent + 3))}#note`);
    else if (kind === 2) out.push(pick(2) === 0 ? '' : pad(pick(indent + 2)));
  };

  /** Maybe a comment at the end of a line. */
  const tail = () => ['', '', '', ' # note', ' #note'][pick(5)];

  /** A scalar's lines: the first goes after `head` (a key and colon, or a dash), the others below, deeper than `parent`. */
  const scalar = (value: string | number | boolean | null, head: string, parent: number) => {
    const deeper = pad(parent + 1 + pick(3));
    if (typeof value !== 'string') return void out.push(`${head} ${value === null ? (pick(2) === 0 ? 'null' : '~') : String(value)}${tail()}`);
    const words = value.split(' ');
    const style = pick(7);
    if (style === 0 && PLAIN.test(value) && words.length > 2) {
      // folded plain: the first words on the key's line, one word a line after
      out.push(`${head} ${words[0]}`, ...words.slice(1).map((word) => `${deeper}${word}`));
    } else if (style === 1 && words.length > 2) {
      out.push(`${head} ${JSON.stringify(words[0]).slice(0, -1)}`, ...words.slice(1, -1).map((w) => `${deeper}${JSON.stringify(w).slice(1, -1)}`));
      out.push(`${deeper}${JSON.stringify(words[words.length - 1]).slice(1)}`);
    } else if (style === 2 && !/\n|^ | $/.test(value)) {
      out.push(`${head} ${pick(2) === 0 ? '|-' : '>-'}${tail()}`, `${deeper}${value}`);
    } else if (style === 3) {
      out.push(`${head} '${value.replace(/'/g, "''")}'${tail()}`);
    } else if (style === 4 && PLAIN.test(value)) {
      out.push(`${head}${tail()}`);
      noise(parent);
      out.push(`${deeper}${value}`);
    } else {
      out.push(`${head} ${PLAIN.test(value) ? value : JSON.stringify(value)}${tail()}`);
    }
  };

  const flowList = (items: Tree[]) =>
    `[${items.map((item) => (typeof item === 'string' && !PLAIN.test(item) ? JSON.stringify(item) : String(item))).join(', ')}]`;

  /** Writes `value` after `head` (`key:` or `-`, already indented), inside a collection indented `parent`. */
  const node = (value: Tree, head: string, parent: number, mayCompact: boolean) => {
    if (isScalar(value)) return scalar(value, head, parent);
    const items = Array.isArray(value) ? value : Object.entries(value);
    if (items.length === 0) return void out.push(`${head} ${Array.isArray(value) ? '[]' : '{}'}`);
    if (Array.isArray(value) && value.every((item) => isScalar(item) && item !== '') && pick(3) === 0) return void out.push(`${head} ${flowList(value)}${tail()}`);
    if (mayCompact && pick(2) === 0) {
      // `- key: value` or `- - item`: the first entry on the dash's line
      const column = head.length + 1;
      collection(value, column, `${head} `);
      return;
    }
    out.push(`${head}${tail()}`);
    noise(parent);
    // A list under a key may sit at the key's own indentation.
    const indent = Array.isArray(value) && head.trimEnd().endsWith(':') && pick(3) === 0 ? parent : parent + 1 + pick(3);
    collection(value, indent, pad(indent));
  };

  /** Writes a mapping or sequence whose entries start at `indent`; the first one's line starts with `first`. */
  const collection = (value: Tree[] | { [key: string]: Tree }, indent: number, first: string) => {
    const entries: [string | undefined, Tree][] = Array.isArray(value) ? value.map((item) => [undefined, item]) : Object.entries(value);
    entries.forEach(([key, item], i) => {
      const start = i === 0 ? first : pad(indent);
      if (i > 0) noise(indent);
      if (key === undefined) node(item, `${start}-`, indent, true);
      else node(item, `${start}${PLAIN.test(key) && !/^(?:true|false|null|y|n)$/i.test(key) ? key : JSON.stringify(key)}:`, indent, false);
    });
  };

  noise(0);
  if (isScalar(tree)) scalar(tree, 'value:', 0);
  else collection(tree, 0, '');
  noise(0);
  return `${out.join('\n')}\n`;
}
