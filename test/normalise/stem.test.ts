import { describe, expect, test } from 'vitest';
import { stemToken } from '../../src/normalise/stem.js';

describe('stemToken', () => {
  test('reduces plurals to one key', () => {
    expect(stemToken('patrols')).toBe(stemToken('patrol'));
    expect(stemToken('forces')).toBe(stemToken('force'));
    expect(stemToken('casualties')).toBe(stemToken('casualty'));
    expect(stemToken('crosses')).toBe(stemToken('cross'));
  });

  test('reduces regular past and -ing forms', () => {
    expect(stemToken('killed')).toBe(stemToken('kill'));
    expect(stemToken('patrolling')).toBe(stemToken('patrol'));
    expect(stemToken('attacked')).toBe(stemToken('attacks'));
  });

  test('reduces a person of a trade or group to the trade or group', () => {
    expect(stemToken('policemen')).toBe(stemToken('police'));
    expect(stemToken('policeman')).toBe(stemToken('police'));
    expect(stemToken('militiamen')).toBe(stemToken('militiaman'));
    // Too little would be left: the word keeps its -man.
    expect(stemToken('gunmen')).toBe(stemToken('gunman'));
    expect(stemToken('women')).toBe(stemToken('woman'));
  });

  test('leaves look-alikes alone', () => {
    for (const word of ['us', 'news', 'gas', 'this', 'status', 'crisis', 'during', 'hundred', 'isis']) {
      expect(stemToken(word)).toBe(word);
    }
  });

  test('does not let different words meet', () => {
    expect(stemToken('killed')).not.toBe(stemToken('injured'));
    expect(stemToken('police')).not.toBe(stemToken('policy'));
  });
});
