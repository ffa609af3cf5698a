// Turns a request URL into the path of a file of the site, or undefined. Anything that tries to
// climb out or hide a separator ("..", "%2e%2e", "%2f", "%5c", double encoding, backslashes, NUL)
// is refused here; the server also serves only the files it holds, never the file system.

export function requestPath(rawUrl: string): string | undefined {
  const pathPart = rawUrl.split(/[?#]/, 1)[0] ?? '';
  if (!pathPart.startsWith('/') || pathPart.includes('\\')) return undefined;
  // Encoded separators and dots have no business in a file path of this site.
  if (/%(2f|5c|2e|00|25)/i.test(pathPart)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return undefined;
  }
  if (/[\\\0%]/.test(decoded)) return undefined;
  const segments = decoded.slice(1).split('/');
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (s === '..' || s === '.') return undefined;
    if (s === '' && i < segments.length - 1) return undefined; // "//" inside the path
  }
  const path = segments.join('/');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
