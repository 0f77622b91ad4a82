// The extension's client of the index worker, with hosts that stand in for a Node worker thread or a
// Web Worker: the same protocol, and the in-process fallback when no worker can run.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as vscode from 'vscode';
import { CorpusIndex, answer, type IndexRequest } from '../../src/core/corpusIndex';
import { IndexClient, type IndexHost, type IndexWorkerHandle, type LocalCorpus } from '../../src/extension/indexClient';
import { serveIndex, type IncomingMessage } from '../../src/extension/indexWorkerLoop';
import type { WorkerMessage } from '../../src/extension/indexTransfer';
import { readRepoFile, SEED } from './helpers';

const log = { info() {}, warn() {}, error() {}, debug() {}, trace() {} } as unknown as vscode.LogOutputChannel;

/** A corpus index answering requests, as the worker's and the in-process one do. */
function corpus(): LocalCorpus {
  const index = new CorpusIndex({ settleLater: true });
  return { answer: (request) => answer(index, request as IndexRequest), settle: () => index.settle() };
}

/** A worker in this thread: the real message loop, messages crossing asynchronously as they would. */
function inThreadWorker(): IndexWorkerHandle {
  const toWorker: ((message: IncomingMessage) => void)[] = [];
  const toClient: ((message: WorkerMessage) => void)[] = [];
  serveIndex(corpus(), { post: (message) => setTimeout(() => toClient.forEach((l) => l(message)), 0), onMessage: (l) => toWorker.push(l) });
  return {
    postMessage: (message) => setTimeout(() => toWorker.forEach((l) => l(message as IncomingMessage)), 0),
    onMessage: (l) => toClient.push(l),
    onError: () => {},
    onExit: () => {},
    terminate: () => {},
  };
}

/** A worker whose script cannot load: it never answers, and stops. */
function brokenWorker(): IndexWorkerHandle {
  const exits: ((code: number) => void)[] = [];
  setTimeout(() => exits.forEach((l) => l(1)), 5);
  return { postMessage: () => {}, onMessage: () => {}, onError: () => {}, onExit: (l) => exits.push(l), terminate: () => {} };
}

function host(startWorker: () => IndexWorkerHandle): IndexHost & { locals: number } {
  const h = { workerName: 'test worker', readsDisk: false, locals: 0, startWorker, loadLocal: () => (h.locals++, corpus()) };
  return h;
}

describe('the index client', () => {
  const seed = readRepoFile(SEED);

  it('parses and searches through a worker', async () => {
    const client = new IndexClient(host(inThreadWorker), log);
    await client.upsert('seed.txt', seed, 'seed.txt');
    const transcript = await client.parse(seed, 'seed.txt');
    assert.equal(transcript.sections.filter((s) => s.kind === 'exchange').length, 6);
    const found = await client.search('Myanmr', { limit: 3 });
    assert.equal(found.results[0]?.line, 21);
    assert.equal(client.mode, 'worker');
  });

  it('answers in-process when no worker can start', async () => {
    const h = host(() => {
      throw new Error('no Worker here');
    });
    const client = new IndexClient(h, log);
    await client.upsert('seed.txt', seed, 'seed.txt');
    assert.equal((await client.search('Myanmr', { limit: 3 })).results[0]?.line, 21);
    assert.equal(client.mode, 'local');
    assert.equal(h.locals, 1);
  });

  it('answers in-process, in order and losing nothing, what it asked of a worker that stopped before it ever answered', async () => {
    const h = host(brokenWorker);
    const client = new IndexClient(h, log);
    let lost = 0;
    client.onWorkerLost = () => lost++;
    const upserted = client.upsert('seed.txt', seed, 'seed.txt');
    const searched = client.search('Myanmr', { limit: 3 });
    await upserted;
    assert.equal((await searched).results[0]?.line, 21);
    assert.equal(client.mode, 'local');
    assert.equal(lost, 0, 'nothing was lost, so the corpus need not be read again');
  });
});

describe('the index worker while no request waits', () => {
  it('prepares the next search once the requests pause for 100 ms, and not while they keep coming', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    let prepared = 0;
    const listeners: ((message: IncomingMessage) => void)[] = [];
    const fake = { answer: () => ({ ok: true }), settle: () => {}, prepareSearch: () => void prepared++ };
    serveIndex(fake, { post: () => {}, onMessage: (l) => listeners.push(l) });
    const send = (message: object) => listeners.forEach((l) => l(message as IncomingMessage));
    send({ id: 1, request: { type: 'search', query: 'x', options: {} } });
    t.mock.timers.tick(60);
    // Another request, then the host asking for the next part of a large answer: each puts it off.
    send({ id: 2, request: { type: 'search', query: 'y', options: {} } });
    t.mock.timers.tick(60);
    send({ id: 2, next: true });
    t.mock.timers.tick(99);
    assert.equal(prepared, 0, 'prepared while the requests kept coming');
    t.mock.timers.tick(1);
    assert.equal(prepared, 1);
    t.mock.timers.tick(1000);
    assert.equal(prepared, 1, 'prepared again without a request');
  });

  it('merges a large read into the search index ahead of the search, which answers as it would have', () => {
    // 60,000 paragraphs: past the point from which the worker merges while it waits.
    const lines = Array.from({ length: 60_000 }, (_, i) => `Paragraph number ${i} on the Shanghai Cooperation Organisation and word${i % 997}.`);
    const big = `Remarks by the Minister\n\n${lines.join('\n\n')}\n`;
    const small = 'Remarks\n\nA word996 of its own.';
    const prepared = new CorpusIndex();
    let merges = 0;
    const merge = prepared.searchIndex.bind(prepared);
    prepared.searchIndex = () => (merges++, merge());
    prepared.upsert('big.txt', big, 'big.txt');
    prepared.prepareSearch();
    assert.equal(merges, 1, 'the large read was not merged');
    prepared.upsert('small.txt', small, 'small.txt');
    prepared.prepareSearch();
    assert.equal(merges, 1, 'a small change is left for the search to merge');
    const reference = new CorpusIndex();
    reference.upsert('big.txt', big, 'big.txt');
    reference.upsert('small.txt', small, 'small.txt');
    for (const query of ['word996', 'Shanghai Cooperation', 'paragraph number 59999', 'wrod13']) {
      const wanted = reference.search(query, { limit: 50 });
      assert.ok(wanted.total > 0, query);
      assert.deepEqual(prepared.search(query, { limit: 50 }), wanted, query);
    }
  });
});
