/** Document frequencies of tokens over a collection, turned into weights: rarer tokens weigh more. */
export class TokenWeights {
  private readonly counts = new Map<string, number>();
  private documents = 0;

  /** Counts one document's distinct tokens. */
  add(tokens: Iterable<string>): void {
    this.documents += 1;
    for (const token of new Set(tokens)) this.counts.set(token, (this.counts.get(token) ?? 0) + 1);
  }

  /** In how many documents the token occurs. */
  frequency(token: string): number {
    return this.counts.get(token) ?? 0;
  }

  /** ln(1 + N / df): a token in every document weighs ln 2, an unseen one counts as seen once. */
  weight(token: string): number {
    const df = Math.max(1, this.counts.get(token) ?? 0);
    return Math.log(1 + Math.max(1, this.documents) / df);
  }
}
