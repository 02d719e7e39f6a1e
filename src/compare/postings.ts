/** Positions filed under names, in the order they were filed (ascending, as positions open in order). */
export class Postings {
  private readonly lists = new Map<string, number[]>();

  file(name: string, position: number): void {
    const list = this.lists.get(name);
    if (list) list.push(position);
    else this.lists.set(name, [position]);
  }

  at(name: string): readonly number[] {
    return this.lists.get(name) ?? [];
  }

  /** How many positions are filed under the names, counted once per name. */
  count(names: readonly string[]): number {
    let n = 0;
    for (const name of names) n += this.at(name).length;
    return n;
  }

  /** The positions filed under any of the names. */
  union(names: Iterable<string>): Set<number> {
    const found = new Set<number>();
    for (const name of names) for (const position of this.at(name)) found.add(position);
    return found;
  }
}

/** The union of an ascending list and an ascending sequence, ascending and without repeats, read lazily. */
export function* mergeAscending(list: readonly number[], sequence: Iterable<number>): Generator<number> {
  let i = 0;
  let last = -1;
  for (const value of sequence) {
    while (i < list.length && list[i] < value) {
      if (list[i] !== last) yield (last = list[i]);
      i++;
    }
    if (value !== last) yield (last = value);
  }
  for (; i < list.length; i++) if (list[i] !== last) yield (last = list[i]);
}
