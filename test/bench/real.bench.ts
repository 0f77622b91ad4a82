// Real transcripts as their publishers wrote them (the fixtures' saved pages, Markdown and text, and
// the bundled corpus): how fast they are parsed, and read into the index as the editor reads them.
// The synthetic folders of the other benches repeat the seed's long, well-punctuated paragraphs;
// real pages are saved HTML, hard-wrapped text and short lines, and parse several times slower.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusIndex, type FileAccess } from '../../src/core/corpusIndex';
import { EntityMatcher } from '../../src/core/entityMatcher';
import { Glossary } from '../../src/core/glossary';
import { TranscriptParser } from '../../src/core/parser/transcriptParser';
import { decodeTranscript } from '../../src/core/source';
import { bestMs } from './stats';

export interface RealBenchRow {
  group: string;
  files: number;
  megabytes: number;
  /** The transcript parser alone, the texts already decoded (best of five passes). */
  parseMbPerS: number;
  /** Read (from memory) as the index worker reads files: decoded, parsed, matched against the bundled glossary, indexed and encoded for the views, the index merged as for a search (best of three). */
  indexMbPerS: number;
}

interface RealFile {
  name: string;
  bytes: Uint8Array;
  text: string;
  language: string;
}

function realFiles(root: string): RealFile[] {
  const dirs = [join(root, 'test', 'fixtures', 'real'), join(root, 'corpus', 'transcripts')];
  const files: RealFile[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((n) => /\.(txt|md|html?)$/.test(n)).sort()) {
      const bytes = readFileSync(join(dir, name));
      const decoded = decodeTranscript(bytes);
      if (!decoded.ok) continue;
      files.push({ name, bytes, text: decoded.text, language: new TranscriptParser().parse(decoded.text, { fileName: name }).language ?? 'en' });
    }
  }
  return files;
}

export function runRealBench(root: string): RealBenchRow[] {
  const all = realFiles(root);
  const entries = Glossary.fromData(JSON.parse(readFileSync(join(root, 'corpus', 'glossary.json'), 'utf8'))).glossary.entries;
  // Built once, as the worker builds it once per glossary: a pass reads files, it does not load the glossary.
  const matcher = new EntityMatcher(entries);
  const groups: [string, RealFile[]][] = [
    ['all', all],
    ['saved pages (HTML)', all.filter((f) => /\.html?$/.test(f.name))],
    ['text and Markdown', all.filter((f) => !/\.html?$/.test(f.name))],
    ...[...new Set(all.map((f) => f.language))].sort().map((language): [string, RealFile[]] => [`in ${language}`, all.filter((f) => f.language === language)]),
  ];
  const parser = new TranscriptParser();
  // The parser's code warmed up once on everything, as a worker that has read a folder has it.
  for (const f of all) parser.parse(f.text, { fileName: f.name });
  return groups.map(([group, files]) => {
    const size = files.reduce((n, f) => n + f.bytes.byteLength, 0) / 1024 / 1024;
    // Several rounds a pass, so that a small group's pass is not a few milliseconds long.
    const rounds = Math.max(1, Math.ceil(8 / size));
    const parseMs = bestMs(5, () => {
      for (let r = 0; r < rounds; r++) for (const f of files) parser.parse(f.text, { fileName: f.name });
    });
    const byName = new Map(files.map((f) => [f.name, f.bytes]));
    // The files as the worker's `loadFiles` reads them from disk, from memory: what is timed is the index's work.
    const inMemory: FileAccess = {
      stat: (path) => ({ size: byName.get(path)!.byteLength, mtimeMs: 1 }),
      read: (path) => byName.get(path)!.slice(),
      readEnds: (path, bytes) => [byName.get(path)!.slice(0, bytes), byName.get(path)!.slice(-bytes)],
    };
    // One index a pass, holding each file `rounds` times under names of its own, as a folder of as many would.
    const indexMs = bestMs(3, () => {
      const index = new CorpusIndex({ build: 'bench' });
      index.setGlossary(entries, undefined, matcher);
      for (let r = 0; r < rounds; r++) index.loadFiles(files.map((f) => ({ file: `${r}/${f.name}`, path: f.name, fileName: f.name })), inMemory);
      index.searchIndex();
    });
    return { group, files: files.length, megabytes: size, parseMbPerS: (size * rounds) / (parseMs / 1000), indexMbPerS: (size * rounds) / (indexMs / 1000) };
  });
}
