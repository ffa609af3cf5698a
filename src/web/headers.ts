// Response headers of the explorer's server: content types for the files the app is built from,
// and a Content-Security-Policy that allows no inline script and no other origin (WebAssembly
// compilation only, for the SPARQL engine).

export const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  txt: 'text/plain; charset=utf-8',
  map: 'application/json; charset=utf-8',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  nt: 'application/n-triples; charset=utf-8',
};

export const CSP = [
  "default-src 'none'",
  // the query panel's SPARQL engine is WebAssembly: compiling it needs 'wasm-unsafe-eval' (not 'unsafe-eval')
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function contentType(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

// The names the explorer answers to. A DNS-rebinding page reaches 127.0.0.1 under a name of its
// own (Host: evil.example:PORT) and could then read /data/graph.json as same-origin; any Host
// but these, with the port the request came in on, gets 421 Misdirected Request.
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARD_BINDS = new Set(['0.0.0.0', '::', '[::]', '']);

/** True when `host` (the Host header) names this server: a loopback name, or the address it was bound to, with its port. */
export function hostAllowed(host: string | undefined, port: number, boundTo?: string): boolean {
  if (!host) return false;
  const names = [...LOOPBACK_NAMES];
  if (boundTo !== undefined && !WILDCARD_BINDS.has(boundTo)) names.push(boundTo.includes(':') && !boundTo.startsWith('[') ? `[${boundTo}]` : boundTo);
  const h = host.toLowerCase();
  return names.some((n) => h === `${n.toLowerCase()}:${port}`);
}
