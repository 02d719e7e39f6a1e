/**
 * `compute` memoised per distinct string: each string is worked out once, however often it is asked for.
 * Past `limit` values the memo starts again, so a huge corpus cannot fill memory with it.
 */
export function memoise<T>(compute: (key: string) => T, limit = 200_000): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
