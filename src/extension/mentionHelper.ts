// The index worker's helper thread for a very large transcript: a second worker thread, running the
// worker's own script, reads the glossary mentions of the transcript's first lines while the
// index worker parses it (see src/core/mentionFinder.ts). A 50 MB transcript was parsed, then
// matched, one after the other, on one of the machine's cores.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { MentionHelper, MentionSource, StartMentionHelper } from '../core/corpusIndex';
import { EntityMatcher } from '../core/entityMatcher';
import type { GlossaryEntry } from '../core/glossary';
import { mentionColumns, mentionsFrom, type MentionColumns } from '../core/display';
import { addContexts, helperFinished, helperPart, mentionChunks, mentionClaims, sameChunks } from '../core/mentionFinder';
import { splitLines } from '../core/parser/lines';
import { decodeTranscript } from '../core/source';

/** What the helper thread is started with, as its `workerData.mentionHelper`. */
export interface MentionHelperData {
  source: MentionSource;
  /** How the index worker cut the text's lines (`mentionChunks`): the helper's own cut must be the same. */
  chunks: Int32Array;
  entries: GlossaryEntry[];
  claims: Int32Array;
  port: MessagePort;
}

/** Helpers run `script` (the index worker's bundle), which serves them with `serveMentionHelper`. */
export function mentionHelpers(script: string): StartMentionHelper {
  return (source, chunks, entries): MentionHelper | undefined => {
    const claims = mentionClaims(chunks);
    const { port1, port2 } = new MessageChannel();
    let worker: Worker;
    try {
      // Bytes move to the helper; a view on a larger buffer is cut out first (a view would take its whole buffer along).
      const bytes = 'bytes' in source ? (source.bytes.byteOffset === 0 && source.bytes.byteLength === source.bytes.buffer.byteLength && source.bytes.buffer instanceof ArrayBuffer ? source.bytes : source.bytes.slice()) : undefined;
      const data: MentionHelperData = { source: bytes ? { bytes } : source, chunks, entries: [...entries], claims, port: port2 };
      const moved = bytes ? [bytes.buffer as ArrayBuffer] : [];
      // The same young generation as the index worker: matching makes many short-lived strings.
      worker = new Worker(script, { workerData: { mentionHelper: data }, transferList: [port2, ...moved], resourceLimits: { maxYoungGenerationSizeMb: 96 } });
    } catch {
      port1.close();
      return undefined;
    }
    // A helper that fails says so, or stops making progress; either way its lines are read by the index worker.
    worker.on('error', () => undefined);
    worker.unref();
    return {
      claims,
      result() {
        const received = receiveMessageOnPort(port1)?.message as MentionColumns | undefined;
        return received && Array.isArray(received.numbers) && received.numbers.length % 5 === 0 ? mentionsFrom(received) : undefined;
      },
      stop() {
        port1.close();
        void worker.terminate();
      },
    };
  };
}

/** The helper thread's work: its chunks of the text's lines, posted back as columns (as the display writes mentions). */
export function serveMentionHelper(data: MentionHelperData): void {
  let ok = false;
  try {
    const { source } = data;
    const decoded = 'bytes' in source ? decodeTranscript(source.bytes) : { ok: true as const, text: source.text };
    const lines = decoded.ok ? splitLines(decoded.text) : [];
    const chunks = mentionChunks(lines);
    // Lines that are not cut as the index worker cut its own would be numbered wrong: it reads them itself instead.
    if (!decoded.ok || !sameChunks(chunks, data.chunks)) return;
    // The words around its mentions too: its lines come first, so the first of each entry are among
    // them, and the index worker, which waits for them, need not cut them (0.1-0.2 s for 50 MB).
    data.port.postMessage(mentionColumns(addContexts(helperPart(new EntityMatcher(data.entries), lines, chunks, data.claims), lines)));
    ok = true;
  } finally {
    helperFinished(data.claims, ok);
    data.port.close();
  }
}
