// What importing needs besides the parser: fetching a page and naming the new file. Kept apart so
// that the extension host, which imports through the index worker, carries neither parser nor YAML.

/** A free name beside existing ones: `name.md`, else `name-2.md`, `name-3.md`… (never overwrites). */
export function freeName(fileName: string, exists: (name: string) => boolean): string {
  if (!exists(fileName)) return fileName;
  const base = fileName.replace(/\.md$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}.md`;
    if (!exists(candidate)) return candidate;
  }
}

export type FetchedPage = { ok: true; text: string; url: string } | { ok: false; reason: string };

/** Fetches a page on the user's explicit request; a clear reason when offline or not HTML. */
export async function fetchPage(url: string, fetcher: typeof fetch = fetch): Promise<FetchedPage> {
  if (!/^https?:\/\//i.test(url)) return { ok: false, reason: `'${url}' is not a web address; give one starting with http:// or https://` };
  let response: Response;
  try {
    response = await fetcher(url, { redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml' } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, reason: `cannot fetch ${url} (${cause?.code ?? cause?.message ?? (error as Error).message}); check the address and your connection, or save the page and import the file` };
  }
  if (!response.ok) return { ok: false, reason: `${url} answered ${response.status} ${response.statusText}; check the address` };
  const type = response.headers.get('content-type') ?? '';
  if (!/html|xml/i.test(type)) return { ok: false, reason: `${url} is not a web page (${type || 'no content type'}); import an HTML page` };
  return { ok: true, text: await response.text(), url: response.url || url };
}
