import type * as vscode from 'vscode';
import { codeAndDescendants, findCode } from '../core/coding/codingProject';
import { sectionAt, sectionLabel } from '../core/model';
import { lineAt, lineStarts } from '../core/parser/lines';
import type { SearchHit, SearchOptions, SearchResponse } from '../core/search/searchIndex';
import type { CodingStore } from './codingStore';
import type { CorpusService } from './corpusService';
import type { IndexClient } from './indexClient';

/** `#code:Security/Architecture` or `#code:"Blame the West"` in a query: only passages with that code (or one under it). */
const CODE_FILTER = /(?:^|\s)#code:(?:"([^"]+)"|(\S+))/g;
/** How many hits of the words a code filter looks through. */
const FILTERED_LIMIT = 5000;

/** Search over the corpus; the index lives with the corpus in the index worker. */
export class SearchService {
  constructor(
    private readonly corpus: CorpusService,
    private readonly index: IndexClient,
    private readonly codings?: CodingStore,
  ) {}

  /** Where the index runs: a worker thread, or the extension host when none could start. */
  get mode(): 'worker' | 'local' | 'none' {
    return this.index.mode;
  }

  async search(query: string, options: SearchOptions): Promise<SearchResponse> {
    const filters = [...query.matchAll(CODE_FILTER)].map((m) => (m[1] ?? m[2]).trim());
    if (filters.length === 0 || !this.codings) return this.corpus.search(query, options);
    const rest = query.replace(CODE_FILTER, ' ').trim();
    const spans = await this.codedLines(filters);
    const limit = options.limit ?? 20;
    if (rest) {
      const found = await this.corpus.search(rest, { ...options, limit: FILTERED_LIMIT });
      const results = found.results.filter((h) => spans.some((s) => s.file === h.file && h.line <= s.endLine && s.line <= h.endLine));
      return { query, total: results.length, results: results.slice(0, limit) };
    }
    // The code alone: its passages, in corpus order.
    const results: SearchHit[] = [];
    for (const s of spans) {
      const doc = await this.corpus.documentFor(s.uri);
      const section = doc && sectionAt(doc.transcript, s.line);
      const turn = section?.turns.find((t) => t.range.start <= s.line && s.line <= t.range.end);
      results.push({
        file: s.file,
        transcript: doc?.transcript.title ?? s.uri.path.split('/').pop() ?? s.file,
        place: doc?.transcript.place ?? null,
        date: doc?.transcript.date ?? null,
        section: section ? sectionLabel(section) : '',
        speaker: turn?.speaker ?? null,
        role: turn?.role ?? null,
        line: s.line,
        endLine: s.endLine,
        score: 1,
        snippet: s.text.replace(/\s+/g, ' ').slice(0, 200),
        matched: [],
      });
    }
    return { query, total: results.length, results: results.slice(0, limit) };
  }

  /** The lines of the passages coded with any of the codes named (and the codes under them). */
  private async codedLines(paths: string[]): Promise<{ uri: vscode.Uri; file: string; line: number; endLine: number; text: string }[]> {
    const store = this.codings!;
    await store.ready();
    const wanted = new Set<string>();
    for (const { project } of store.projects()) {
      for (const path of paths) {
        const code = findCode(project.codes, path);
        if (code) for (const guid of codeAndDescendants(project.codes, code.guid)) wanted.add(guid);
      }
    }
    const lines = new Map<string, number[] | undefined>();
    const out: { uri: vscode.Uri; file: string; line: number; endLine: number; text: string }[] = [];
    const placed = store.allCodings().filter((p) => wanted.has(p.coding.code) && !store.orphans.has(p.coding.guid));
    placed.sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()) || a.coding.start - b.coding.start);
    for (const { coding, uri } of placed) {
      const key = uri.toString();
      if (!lines.has(key)) {
        const text = await store.textOf(uri);
        lines.set(key, text === undefined ? undefined : lineStarts(text));
      }
      const starts = lines.get(key);
      if (!starts) continue;
      out.push({ uri, file: key, line: lineAt(starts, coding.start), endLine: lineAt(starts, Math.max(coding.start, coding.end - 1)), text: coding.text });
    }
    return out;
  }
}
