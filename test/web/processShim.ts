// The npm `util` package (under `assert`) reads `process` as a global; the web worker host has none.
export const process = { env: {}, browser: true, version: '', versions: {}, nextTick: (fn: () => void) => queueMicrotask(fn), cwd: () => '/' };
