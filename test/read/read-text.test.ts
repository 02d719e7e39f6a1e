import { describe, expect, it } from 'vitest';
import { decodeClaimFile, firstInvalidUtf8 } from '../../src/read/read-text.js';

const file = { path: '/x/a.yaml', display: 'a.yaml' };
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeClaimFile', () => {
  it('accepts UTF-8 and strips a byte-order mark', () => {
    expect(decodeClaimFile(file, bytes([0xef, 0xbb, 0xbf], 'source: x\r\n'))).toEqual({ ok: true, text: 'source: x\r\n' });
  });

  it('rejects an empty or blank file as file/empty', () => {
    for (const input of [bytes(''), bytes('  \n\n')]) {
      const read = decodeClaimFile(file, input);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.diagnostic.rule).toBe('file/empty');
    }
  });

  it('locates invalid UTF-8 at its line and byte column', () => {
    const read = decodeClaimFile(file, bytes('a: 1\nb: "', [0xc3, 0x28], '"\n'));
    expect(read).toMatchObject({ ok: false, diagnostic: { rule: 'file/encoding', line: 2, column: 5, file: 'a.yaml' } });
    if (!read.ok) expect(read.diagnostic.message).toContain('0xc3');
  });

  it('rejects binary data and UTF-16', () => {
    expect(decodeClaimFile(file, bytes('a: 1\n', [0, 1, 2]))).toMatchObject({ ok: false, diagnostic: { rule: 'file/binary', line: 2 } });
    expect(decodeClaimFile(file, bytes([0xff, 0xfe], 'a'))).toMatchObject({ ok: false, diagnostic: { rule: 'file/encoding' } });
  });
});

describe('firstInvalidUtf8', () => {
  it('finds overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(bytes('ok é ✓ 𝄞'))).toBe(-1);
    expect(firstInvalidUtf8(bytes('a', [0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(bytes('ab', [0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(bytes('abc', [0xe2, 0x82]))).toBe(3);
  });
});
