// Corpus studies at scale: a concordance of a frequent word (over 100,000 hits), trends, collocates
// and keywords over 100,000 paragraphs, timed in one process as the index worker runs them.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusIndex } from '../../src/core/corpusIndex';
import { nodeFileAccess } from '../../src/core/nodeFiles';
import { collocates, concordance, keywords, trends } from '../../src/core/study/corpusStudy';
import { transcriptFolder } from './cache.bench';

export interface StudyBenchRow {
  study: string;
  ms: number;
  size: string;
}

export function runStudyBench(paragraphs = 100_000, files = 2_000): { paragraphs: number; rows: StudyBenchRow[] } {
  const root = mkdtempSync(join(tmpdir(), 'ds-study-bench-'));
  try {
    const dir = transcriptFolder(root, files, paragraphs);
    const corpus = new CorpusIndex({ display: false, mentions: false });
    corpus.loadFiles(readdirSync(dir).map((name) => ({ file: join(dir, name), path: join(dir, name), fileName: name })), nodeFileAccess);
    const source = corpus.studySource(nodeFileAccess);
    const rows: StudyBenchRow[] = [];
    const time = <T>(study: string, run: () => T, size: (r: T) => string) => {
      const started = performance.now();
      const result = run();
      rows.push({ study, ms: performance.now() - started, size: size(result) });
    };
    // The first study counts the corpus's words once; later ones reuse the counts.
    time('trends of 3 terms per year (first study: counts the corpus)', () => trends(source, ['sanctions', '"security architecture"', 'asean']), (r) => `${r.series.reduce((n, s) => n + s.hits, 0).toLocaleString('en')} hits`);
    time('trends of 3 terms per year, again', () => trends(source, ['sanctions', '"security architecture"', 'asean']), (r) => `${r.series.reduce((n, s) => n + s.hits, 0).toLocaleString('en')} hits`);
    time('concordance of "asean", sorted by the word to the right', () => concordance(source, 'asean', { sort: 'right1' }), (r) => `${r.total.toLocaleString('en')} hits`);
    time('concordance of "the" (every hit listed)', () => concordance(source, 'the'), (r) => `${r.total.toLocaleString('en')} hits`);
    time('collocates of "asean" (±5 words)', () => collocates(source, 'asean'), (r) => `${r.collocates.length.toLocaleString('en')} collocates`);
    const half = join(dir, 't01000');
    time('keywords of half the files against the rest', () => keywords(source, { target: (p) => p.file < half }), (r) => `${r.keywords.length.toLocaleString('en')} keywords`);
    return { paragraphs: corpus.searchIndex().paragraphCount, rows };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
