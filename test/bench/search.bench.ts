// Search at 1,000, 10,000 and 100,000 paragraphs: the word index against one plain Fuse.js over
// every paragraph, on the same deterministic corpus and queries, with recall against exact matching.
import Fuse from 'fuse.js';
import { SearchIndex, type SearchDocument } from '../../src/core/search/searchIndex';
import { nowMs, seededRandom, summarize } from './stats';

const SYLLABLES = ['ka', 'ri', 'to', 'men', 'sta', 'pol', 'ic', 'un', 'der', 'ex', 'tion', 'al', 'pro', 'con', 'ven', 'tra', 'ly', 'ing', 'ment', 'is', 'or', 'an', 'ter', 'res', 'dis', 'sec', 'ur', 'it', 'y', 'de', 'for', 'eign', 'min', 'ist', 'tre', 'at', 'ies', 'nu', 'cle', 'ar', 'sum', 'mit', 'par', 'tner', 'ship', 'se', 'vo', 'gov', 'ern', 'ra', 'tic', 'ef', 'fort', 'stra', 'te', 'gic'];

/** Draws words at random, each as often as its weight says. */
function weightedPicker(words: string[], weight: (word: string, rank: number) => number, random: () => number): () => string {
  const cumulative = new Float64Array(words.length);
  let total = 0;
  words.forEach((w, r) => (cumulative[r] = total += weight(w, r)));
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = words.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

export interface SyntheticCorpus {
  documents: SearchDocument[];
  /** Each paragraph's words, for exact matching. */
  paragraphWords: Set<string>[];
  vocabulary: string[];
}

/** A realistic vocabulary (Zipf-distributed, tens of thousands of words) and ~60-word paragraphs. */
export function syntheticCorpus(paragraphCount: number, vocabularySize = 40_000, seed = 7): SyntheticCorpus {
  const random = seededRandom(seed);
  const vocabulary: string[] = [];
  const seen = new Set<string>();
  while (vocabulary.length < vocabularySize) {
    const n = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < n; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (word.length >= 3 && !seen.has(word)) {
      seen.add(word);
      vocabulary.push(word);
    }
  }
  // Zipf: the word of rank r has weight 1/r.
  const pick = weightedPicker(vocabulary, (_, r) => 1 / (r + 1), random);
  const documents: SearchDocument[] = [];
  const paragraphWords: Set<string>[] = [];
  const perDocument = 50;
  for (let p = 0; p < paragraphCount; p++) {
    if (p % perDocument === 0) documents.push({ file: `synthetic-${p / perDocument}.txt`, title: `Synthetic transcript ${p / perDocument}`, place: null, date: null, paragraphs: [] });
    const length = 50 + Math.floor(random() * 21);
    const list: string[] = [];
    for (let i = 0; i < length; i++) list.push(pick());
    // Joined in one go, as the parser joins a paragraph's parts: one flat string, not a rope a first read would have to flatten.
    const written = list.map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w));
    written[written.length - 1] += '.';
    const text = written.join(' ');
    documents[documents.length - 1].paragraphs.push({ text, line: p % perDocument, endLine: p % perDocument, speaker: null, section: 'Opening remarks' });
    paragraphWords.push(new Set(list));
  }
  return { documents, paragraphWords, vocabulary };
}

export interface BenchQuery {
  kind: 'exact' | 'typo' | 'multi' | 'multi-typo';
  query: string;
  /** The words the query means (typos corrected), for exact matching. */
  intended: string[];
}

function typo(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 3)) {
    case 0: // swap two letters
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1: // drop one
      return word.slice(0, i) + word.slice(i + 1);
    default: // replace one
      return word.slice(0, i) + (word[i] === 'e' ? 'a' : 'e') + word.slice(i + 1);
  }
}

/** A fixed set of queries: exact words, typos, and words that occur together in a paragraph. */
export function benchQueries(corpus: SyntheticCorpus, seed = 11): BenchQuery[] {
  const random = seededRandom(seed);
  const { vocabulary } = corpus;
  const long = (rank: number) => vocabulary.slice(rank).find((w) => w.length >= 7)!;
  const queries: BenchQuery[] = [];
  for (const rank of [20, 150, 600, 2000, 5000, 9000]) queries.push({ kind: 'exact', query: long(rank), intended: [long(rank)] });
  for (const rank of [40, 300, 1200, 3000, 6000, 8000]) {
    const word = long(rank);
    queries.push({ kind: 'typo', query: typo(word, random), intended: [word] });
  }
  // Words from one paragraph, in another order: at least that paragraph matches.
  for (let i = 0; i < 6; i++) {
    const paragraph = [...corpus.paragraphWords[Math.floor(random() * corpus.paragraphWords.length)]].filter((w) => w.length >= 6);
    const chosen = [paragraph[paragraph.length - 1], paragraph[Math.floor(paragraph.length / 2)], paragraph[0]].slice(0, 2 + (i % 2));
    queries.push({ kind: 'multi', query: chosen.join(' '), intended: chosen });
    queries.push({ kind: 'multi-typo', query: chosen.map((w, j) => (j === 0 ? typo(w, random) : w)).join(' '), intended: chosen });
  }
  return queries;
}

function exactMatches(corpus: SyntheticCorpus, intended: string[]): Set<number> {
  const truth = new Set<number>();
  corpus.paragraphWords.forEach((set, i) => {
    if (intended.every((w) => set.has(w))) truth.add(i);
  });
  return truth;
}

export interface SearchBenchRow {
  paragraphs: number;
  vocabulary: number;
  buildMs: number;
  loadMs: number;
  serializedMb: number;
  heapMb: number;
  index: { median: number; p95: number };
  fuse: { median: number; p95: number } | null;
  ratio: number | null;
  perQuery: { kind: string; query: string; truth: number; indexRecall: number; fuseRecall: number | null; indexMs: number; fuseMs: number | null }[];
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

export function runSearchBench(paragraphs: number, options: { baseline: boolean; rounds?: number }): SearchBenchRow {
  const corpus = syntheticCorpus(paragraphs);
  const queries = benchQueries(corpus);
  const heapBefore = heapMb();
  let t0 = nowMs();
  const index = SearchIndex.build(corpus.documents);
  const buildMs = nowMs() - t0;
  const heapAfter = heapMb();

  const serialized = index.toBytes();
  t0 = nowMs();
  SearchIndex.fromBytes(serialized);
  const loadMs = nowMs() - t0;

  // The index numbers paragraphs in corpus order, so a hit's position maps back to its paragraph.
  const paragraphNumber = new Map<string, number>();
  let n = 0;
  for (const d of corpus.documents) for (const p of d.paragraphs) paragraphNumber.set(`${d.file}:${p.line}`, n++);

  for (const q of queries) index.search(q.query, { limit: 50 }); // warm up
  const rounds = options.rounds ?? 5;
  const indexSamples: number[] = [];
  const perQuery: SearchBenchRow['perQuery'] = [];
  for (const q of queries) {
    const times: number[] = [];
    let response = index.search(q.query, { limit: Number.MAX_SAFE_INTEGER });
    for (let r = 0; r < rounds; r++) {
      t0 = nowMs();
      index.search(q.query, { limit: 50 });
      times.push(nowMs() - t0);
    }
    indexSamples.push(...times);
    response = index.search(q.query, { limit: Number.MAX_SAFE_INTEGER });
    const truth = exactMatches(corpus, q.intended);
    const found = new Set(response.results.map((h) => paragraphNumber.get(`${h.file}:${h.line}`)!));
    const recall = truth.size === 0 ? 1 : [...truth].filter((i) => found.has(i)).length / truth.size;
    perQuery.push({ kind: q.kind, query: q.query, truth: truth.size, indexRecall: recall, fuseRecall: null, indexMs: summarize(times).median, fuseMs: null });
  }

  let fuseSummary: { median: number; p95: number } | null = null;
  if (options.baseline) {
    const texts = corpus.documents.flatMap((d) => d.paragraphs.map((p) => p.text));
    const fuse = new Fuse(texts, { ignoreLocation: true, useExtendedSearch: true });
    const fuseSamples: number[] = [];
    queries.forEach((q, i) => {
      t0 = nowMs();
      const results = fuse.search(q.query);
      const ms = nowMs() - t0;
      fuseSamples.push(ms);
      const truth = exactMatches(corpus, q.intended);
      const found = new Set(results.map((r) => r.refIndex));
      perQuery[i].fuseRecall = truth.size === 0 ? 1 : [...truth].filter((p) => found.has(p)).length / truth.size;
      perQuery[i].fuseMs = ms;
    });
    const s = summarize(fuseSamples);
    fuseSummary = { median: s.median, p95: s.p95 };
  }
  const s = summarize(indexSamples);
  return {
    paragraphs,
    vocabulary: index.vocabularySize,
    buildMs,
    loadMs,
    serializedMb: serialized.byteLength / 1024 / 1024,
    heapMb: heapAfter - heapBefore,
    index: { median: s.median, p95: s.p95 },
    fuse: fuseSummary,
    ratio: fuseSummary ? fuseSummary.median / s.median : null,
    perQuery,
  };
}


/**
 * A corpus in Russian or Chinese: the words of real transcripts (the bundled Russian one and the
 * development corpus's Kremlin and Chinese MFA pages), drawn by their real frequency into paragraphs.
 * Russian keeps its inflected forms, so that a query in one case must find the others; Chinese
 * paragraphs are written without spaces, as Chinese is, so that the index has to find the words.
 */
export function languageCorpus(language: 'ru' | 'zh', paragraphCount: number, texts: string[], seed = 13): { documents: SearchDocument[]; texts: string[]; vocabulary: string[] } {
  const random = seededRandom(seed);
  const counts = new Map<string, number>();
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  for (const text of texts) {
    for (const s of segmenter.segment(text)) {
      if (!s.isWordLike) continue;
      const w = language === 'ru' ? s.segment.toLowerCase() : s.segment;
      if (language === 'ru' ? /^[а-яё-]{2,}$/.test(w) : /^\p{Script=Han}+$/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const vocabulary = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const pick = weightedPicker(vocabulary, (w) => counts.get(w)!, random);
  const documents: SearchDocument[] = [];
  const out: string[] = [];
  for (let p = 0; p < paragraphCount; p++) {
    if (p % 50 === 0) documents.push({ file: `${language}-${p / 50}.txt`, title: `${language} ${p / 50}`, place: null, date: null, language, paragraphs: [] });
    const length = language === 'ru' ? 50 + Math.floor(random() * 21) : 40 + Math.floor(random() * 21);
    const list: string[] = [];
    for (let i = 0; i < length; i++) list.push(pick());
    const text = language === 'ru' ? list.join(' ') + '.' : list.join('') + '。';
    out.push(text);
    documents[documents.length - 1].paragraphs.push({ text, line: p % 50, endLine: p % 50, speaker: null, section: 'Opening remarks' });
  }
  return { documents, texts: out, vocabulary };
}

export interface LanguageBenchRow {
  language: 'ru' | 'zh';
  paragraphs: number;
  vocabulary: number;
  buildMs: number;
  median: number;
  p95: number;
  perQuery: { kind: string; query: string; truth: number; recall: number; ms: number }[];
}

/**
 * Per-query time and recall in Russian and Chinese. Truth for a Russian query is every paragraph
 * with a word of the same stem (what a reader means by "Шанхайская организация" is every case of
 * it); for a Chinese query, every paragraph whose text holds the query's characters.
 */
export function runLanguageBench(language: 'ru' | 'zh', paragraphs: number, texts: string[], stemOf: (w: string) => string): LanguageBenchRow {
  const corpus = languageCorpus(language, paragraphs, texts);
  let t0 = nowMs();
  const index = SearchIndex.build(corpus.documents);
  const buildMs = nowMs() - t0;
  const random = seededRandom(5);
  const queries: { kind: string; query: string; truth: (text: string) => boolean }[] = [];
  const long = corpus.vocabulary.filter((w) => (language === 'ru' ? w.length >= 7 : w.length >= 2));
  const wordsOf = (text: string) => text.toLowerCase().split(/[^а-яё-]+/).filter(Boolean);
  for (const rank of [5, 40, 150, 400, 900, 1500]) {
    const word = long[Math.min(rank, long.length - 1)];
    if (language === 'ru') {
      const stem = stemOf(word);
      // Another form of the same word, as a reader would type it.
      const other = corpus.vocabulary.find((w) => w !== word && stemOf(w) === stem) ?? word;
      queries.push({ kind: 'exact', query: word, truth: (t) => wordsOf(t).some((w) => stemOf(w) === stem) });
      queries.push({ kind: 'other form', query: other, truth: (t) => wordsOf(t).some((w) => stemOf(w) === stem) });
      queries.push({ kind: 'typo', query: typo(word, random), truth: (t) => wordsOf(t).some((w) => stemOf(w) === stem) });
    } else {
      queries.push({ kind: 'word', query: word, truth: (t) => t.includes(word) });
    }
  }
  if (language === 'zh') {
    for (let i = 0; i < 6; i++) {
      const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(corpus.texts[Math.floor(random() * corpus.texts.length)])].filter((s) => s.isWordLike && s.segment.length >= 2).map((s) => s.segment);
      const chosen = [words[0], words[words.length - 1]];
      queries.push({ kind: 'two words', query: chosen.join(' '), truth: (t) => chosen.every((w) => t.includes(w)) });
    }
  }
  const samples: number[] = [];
  const perQuery: LanguageBenchRow['perQuery'] = [];
  for (const q of queries) index.search(q.query, { limit: 50 });
  for (const q of queries) {
    const times: number[] = [];
    for (let r = 0; r < 5; r++) {
      t0 = nowMs();
      index.search(q.query, { limit: 50 });
      times.push(nowMs() - t0);
    }
    samples.push(...times);
    const found = new Set(index.search(q.query, { limit: Number.MAX_SAFE_INTEGER }).results.map((h) => `${h.file}:${h.line}`));
    const truth: string[] = [];
    corpus.documents.forEach((d) => d.paragraphs.forEach((p) => q.truth(p.text) && truth.push(`${d.file}:${p.line}`)));
    const recall = truth.length === 0 ? 1 : truth.filter((k) => found.has(k)).length / truth.length;
    perQuery.push({ kind: q.kind, query: q.query, truth: truth.length, recall, ms: summarize(times).median });
  }
  const s = summarize(samples);
  return { language, paragraphs, vocabulary: index.vocabularySize, buildMs, median: s.median, p95: s.p95, perQuery };
}
