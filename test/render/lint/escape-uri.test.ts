import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { directoryFileUrl, encodePathReference, fileUrl, isAbsoluteDisplayPath } from '../../../src/render/escape/uri.js';

// An RFC 3986 URI reference made only of allowed characters, with every `%` starting an escape.
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-F]{2})*$/;

describe('encodePathReference', () => {
  it('keeps unreserved characters and slashes', () => {
    expect(encodePathReference('data/claims/enab-baladi_2020.02~x.yaml')).toBe('data/claims/enab-baladi_2020.02~x.yaml');
  });

  it('percent-encodes spaces and non-ASCII as UTF-8', () => {
    expect(encodePathReference('data/with space/é.yaml')).toBe('data/with%20space/%C3%A9.yaml');
  });

  it('encodes characters that would change how the reference is read', () => {
    expect(encodePathReference('c:x/%20#frag?q.yaml')).toBe('c%3Ax/%2520%23frag%3Fq.yaml');
  });

  it('keeps .. segments, which a base URL resolves', () => {
    expect(encodePathReference('../outside/x.yaml')).toBe('../outside/x.yaml');
  });

  it('gives a valid reference that resolves back to the same path, for any path', () => {
    const segment = fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => !s.includes('/') && s !== '.' && s !== '..');
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (segments) => {
        const path = segments.join('/');
        const encoded = encodePathReference(path);
        expect(encoded).toMatch(URI_REFERENCE);
        const resolved = new URL(encoded, 'file:///base/');
        expect(resolved.protocol).toBe('file:');
        expect(decodeURIComponent(resolved.pathname)).toBe(`/base/${path}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe('fileUrl and directoryFileUrl', () => {
  it('makes a POSIX directory a file URL ending in a slash', () => {
    expect(directoryFileUrl('/home/r/my corpus')).toBe('file:///home/r/my%20corpus/');
    expect(directoryFileUrl('/')).toBe('file:///');
  });

  it('keeps a Windows drive letter and turns backslashes into slashes', () => {
    expect(directoryFileUrl('C:\\Users\\r\\corpus')).toBe('file:///C:/Users/r/corpus/');
  });

  it('puts a UNC server in the host', () => {
    expect(fileUrl('\\\\server\\share\\x.yaml')).toBe('file://server/share/x.yaml');
  });

  it('agrees with the WHATWG URL parser on what the path is', () => {
    const url = new URL(fileUrl('/tmp/ü #?%/x.yaml'));
    expect(decodeURIComponent(url.pathname)).toBe('/tmp/ü #?%/x.yaml');
    expect(url.search).toBe('');
    expect(url.hash).toBe('');
  });
});

describe('isAbsoluteDisplayPath', () => {
  it('tells absolute display paths from relative ones', () => {
    expect(isAbsoluteDisplayPath('/srv/x.yaml')).toBe(true);
    expect(isAbsoluteDisplayPath('D:/x.yaml')).toBe(true);
    expect(isAbsoluteDisplayPath('data/x.yaml')).toBe(false);
    expect(isAbsoluteDisplayPath('../x.yaml')).toBe(false);
    expect(isAbsoluteDisplayPath('c:x.yaml')).toBe(false);
  });
});
