// HTTP to a SPARQL server (the SPARQL 1.1 Protocol and Graph Store Protocol) with the command's
// timeout, and its failures as coded errors: the server's own message on one line.
import { EXIT, StorygraphError } from '../model/storygraph-error.js';

export const endpointError = (url: string, what: string) => new StorygraphError('sparql-endpoint-failed', `${url}: ${what}`, EXIT.data);

const oneLine = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
};

/** Fetches, turning a timeout, a refused connection or a non-2xx answer into a StorygraphError. */
export async function request(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') {
      throw new StorygraphError('sparql-timeout', `${url} did not answer within ${timeoutMs / 1000} s (raise --timeout SECONDS)`, EXIT.data);
    }
    throw new StorygraphError(
      'sparql-endpoint-unreachable',
      `${url}: ${err.cause?.code ?? ''} ${err.cause?.message ?? err.message}`.replace(/\s+/g, ' '),
      EXIT.data,
    );
  }
  if (!res.ok) throw endpointError(url, `HTTP ${res.status}: ${oneLine(await res.text()) || res.statusText}`);
  return res;
}

/** A SPARQL protocol request (POST, form-encoded), with each default graph named explicitly. */
export function sparqlPost(endpoint: string, query: string, defaultGraphs: readonly string[], accept: string, timeoutMs: number): Promise<Response> {
  const body = new URLSearchParams({ query });
  for (const g of defaultGraphs) body.append('default-graph-uri', g);
  return request(endpoint, { method: 'POST', headers: { accept, 'content-type': 'application/x-www-form-urlencoded' }, body }, timeoutMs);
}

export function checkUrl(url: string, option: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StorygraphError('invalid-endpoint', `${option} ${JSON.stringify(url)} is not a URL`, EXIT.usage);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new StorygraphError('invalid-endpoint', `${option} ${url}: only http(s) endpoints`, EXIT.usage);
  return url;
}
