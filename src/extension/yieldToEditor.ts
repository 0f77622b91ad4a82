/**
 * Lets the editor handle what is waiting before work goes on: `setImmediate` in Node (no clamping),
 * a zero timeout in a browser's web worker, which has no `setImmediate`.
 */
export function yieldToEditor(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
