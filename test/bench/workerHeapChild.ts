// Run by `workerPeakHeapMb` (cache.bench.ts) in a process of its own under `--trace-gc`: the
// extension's index worker (dist/indexWorker.js, started as the extension starts it) reads a folder
// cold in the extension's batches (the next asked for before the last is answered), with the bundled
// glossary, answers one search and writes its cache. The parent reads the worker's heap from V8's
// collection log; this process's peak resident memory is printed last, on stderr.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { Glossary } from '../../src/core/glossary';
import { IndexClient } from '../../src/extension/indexClient';
import { nodeIndexHost } from '../../src/extension/nodeIndexHost';

/** As many files a request as the extension's load asks for (`LOAD_BATCH` in corpusService.ts). */
const BATCH = 100;

async function main(): Promise<void> {
  const [dir, root] = process.argv.slice(2);
  // The client's log, on stderr: what the worker reports is not part of the measurement.
  const say = (message: string) => process.stderr.write(`${message}\n`);
  const log = { trace: say, debug: say, info: say, warn: say, error: say } as unknown as vscode.LogOutputChannel;
  const client = new IndexClient(nodeIndexHost({ fsPath: root } as vscode.Uri), log);
  await client.setGlossary(Glossary.fromData(JSON.parse(readFileSync(join(root, 'corpus', 'glossary.json'), 'utf8'))).glossary.entries);
  const cacheDir = mkdtempSync(join(tmpdir(), 'ds-worker-heap-'));
  try {
    await client.openCache(join(cacheDir, 'corpus.bin'));
    const files = readdirSync(dir).map((name) => ({ file: join(dir, name), path: join(dir, name), fileName: name }));
    let pending = client.loadFiles(files.slice(0, BATCH));
    for (let i = BATCH; i < files.length; i += BATCH) {
      const next = client.loadFiles(files.slice(i, i + BATCH));
      await pending;
      pending = next;
    }
    await pending;
    const hits = await client.search('Aftonbladt', { limit: 20 });
    // The extension writes the cache once the load is done and the index idle.
    const saved = await client.saveCache();
    process.stderr.write(`worker heap bench: ${files.length} files, ${hits.total} hits, cache written: ${saved.written}\n`);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  process.stderr.write(`peak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
  process.exit(0);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
