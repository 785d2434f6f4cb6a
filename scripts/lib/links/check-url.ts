/** What requesting one URL gave: the final status, or why there was none. */
export interface LinkResult {
  url: string;
  ok: boolean;
  /** HTTP status of the last response (after redirects), when there was one. */
  status?: number;
  /** Network error or timeout, when there was no response. */
  error?: string;
}

export interface CheckOptions {
  /** Per request, in milliseconds. */
  timeoutMs: number;
  /** Sent with every request; some servers refuse clients without one. */
  userAgent?: string;
}

async function request(url: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<number> {
  const response = await fetch(url, {
    method,
    redirect: 'follow',
    signal: AbortSignal.timeout(options.timeoutMs),
    headers: { 'user-agent': options.userAgent ?? 'containers-vs-vms link check', accept: '*/*' },
  });
  // The body is not needed; release the connection.
  await response.body?.cancel();
  return response.status;
}

/**
 * Request `url` with HEAD, following redirects; servers that refuse HEAD (405, or 403 from some
 * CDNs) get a GET instead. Broken: a final status of 400 or more, or no response at all.
 */
export async function checkUrl(url: string, options: CheckOptions): Promise<LinkResult> {
  try {
    let status = await request(url, 'HEAD', options);
    if (status === 405 || status === 403) status = await request(url, 'GET', options);
    return { url, ok: status < 400, status };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    const reason =
      e.name === 'TimeoutError' || e.name === 'AbortError'
        ? `no response within ${options.timeoutMs} ms`
        : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { url, ok: false, error: reason };
  }
}

/** Check every URL with at most `concurrency` requests in flight; results come back in input order. */
export async function checkUrls(
  urls: readonly string[],
  options: CheckOptions & { concurrency: number },
): Promise<LinkResult[]> {
  const results: LinkResult[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      results[i] = await checkUrl(urls[i]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, urls.length)) }, worker));
  return results;
}
