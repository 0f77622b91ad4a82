// `npm run bench`: prints the numbers the issues ask for. Not a test: nothing here fails on speed.
import { join } from 'node:path';
import { runHoverBench } from './hover.bench';

const root = join(__dirname, '..', '..', '..');
const only = process.argv[2];

if (!only || only === 'hover') {
  const r = runHoverBench(root);
  console.log(`hover: ${r.calls} calls on a ${r.lines}-line document (${r.hits} on a mention); matcher compiled in ${r.compileMs.toFixed(2)} ms`);
  console.log(`hover: per call median ${(r.median * 1000).toFixed(1)} µs, p95 ${(r.p95 * 1000).toFixed(1)} µs, p99 ${(r.p99 * 1000).toFixed(1)} µs (${r.p99.toFixed(4)} ms), max ${(r.max * 1000).toFixed(1)} µs`);
}
