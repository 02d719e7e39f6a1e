// RFC 3986 unreserved characters; everything else in a path segment is percent-encoded.
const UNRESERVED = /[A-Za-z0-9\-._~]/;
const WINDOWS_DRIVE = /^[A-Za-z]:[\\/]/;

function encodeSegment(segment: string): string {
  let out = '';
  for (const char of segment) {
    if (UNRESERVED.test(char)) {
      out += char;
      continue;
    }
    // A lone surrogate cannot be UTF-8; Buffer writes it as U+FFFD, which is still a valid encoding.
    for (const byte of Buffer.from(char, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * Percent-encodes a `/`-separated path as an RFC 3986 path reference: only unreserved characters
 * and the `/` separators stay literal, so spaces, non-ASCII, `%`, `#`, `?` and a `:` that would read
 * as a scheme are all encoded (UTF-8, upper-case hex).
 */
export function encodePathReference(path: string): string {
  return path.split('/').map(encodeSegment).join('/');
}

/** True for a display path that is absolute (`/srv/x.yaml`, `C:/x.yaml`) and so cannot be given relative to a base. */
export function isAbsoluteDisplayPath(path: string): boolean {
  return path.startsWith('/') || WINDOWS_DRIVE.test(path);
}

/** The `file:` URL of an absolute POSIX or Windows path, percent-encoded (RFC 8089). */
export function fileUrl(absolutePath: string): string {
  const slashed = absolutePath.replace(/\\/g, '/');
  if (slashed.startsWith('//')) {
    // A UNC path: \\server\share\dir → file://server/share/dir
    const [host = '', ...rest] = slashed.slice(2).split('/');
    return `file://${encodeSegment(host)}/${encodePathReference(rest.join('/'))}`;
  }
  if (WINDOWS_DRIVE.test(slashed)) {
    return `file:///${slashed.slice(0, 2)}${encodePathReference(slashed.slice(2))}`;
  }
  return `file://${encodePathReference(slashed)}`;
}

/** The `file:` URL of an absolute directory, ending in `/` so relative references resolve inside it. */
export function directoryFileUrl(absoluteDirectory: string): string {
  const url = fileUrl(absoluteDirectory);
  return url.endsWith('/') ? url : `${url}/`;
}
