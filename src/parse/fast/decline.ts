/** Thrown inside the fast reader when the text leaves its subset; caught at its entry, which then declines. */
export class Decline extends Error {
  constructor() {
    super('outside the fast subset');
  }
}

const DECLINE = new Decline();

/** Gives up on the text: the caller reads it with the full YAML parser instead. */
export function decline(): never {
  // One shared instance: no stack trace is captured per declined file.
  throw DECLINE;
}
