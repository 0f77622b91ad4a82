// Files on a local disk for the CLI and the index worker (Node only: the browser build reads
// through `vscode.workspace.fs` instead).
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { dirname, join } from 'node:path';
import type { TextsAccess } from './corpusCache';
import type { FileAccess } from './corpusIndex';

export const nodeFileAccess: FileAccess = {
  stat(path) {
    try {
      const s = statSync(path);
      return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
    } catch {
      return undefined;
    }
  },
  read(path) {
    return plainBytes(readFileSync(path));
  },
  readEnds(path, bytes) {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      const head = new Uint8Array(Math.min(bytes, size));
      readSync(fd, head, 0, head.length, 0);
      if (size <= bytes) return [head, head];
      const tail = new Uint8Array(bytes);
      readSync(fd, tail, 0, bytes, size - bytes);
      return [head, tail];
    } finally {
      closeSync(fd);
    }
  },
};

/** Where this operating system keeps caches: ~/.cache (or $XDG_CACHE_HOME), ~/Library/Caches, %LOCALAPPDATA%. */
export function osCacheFolder(): string {
  const env = process.env;
  const base = platform() === 'win32' ? (env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local')) : platform() === 'darwin' ? join(homedir(), 'Library', 'Caches') : (env.XDG_CACHE_HOME || join(homedir(), '.cache'));
  return join(base, 'diplomatic-study');
}

/** An open cache: its main file's bytes and its texts file, read as needed until `close`. */
export interface OpenCache {
  main: Uint8Array | undefined;
  texts: TextsAccess | undefined;
  close(): void;
}

/**
 * A Buffer as a plain Uint8Array over the same memory: a Buffer's `slice` is a view, not a copy,
 * and a view posted to another thread takes its whole buffer with it (a 20 MB cache file per
 * transcript, measured: 5.5 s for 10,000 files).
 */
function plainBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Opens the cache at `file` (and `file`.texts); files that are missing or unreadable are left out. */
export function openCacheFiles(file: string): OpenCache {
  let main: Uint8Array | undefined;
  try {
    main = plainBytes(readFileSync(file));
  } catch {
    return { main: undefined, texts: undefined, close: () => undefined };
  }
  let fd: number | undefined;
  try {
    fd = openSync(`${file}.texts`, 'r');
  } catch {
    return { main, texts: undefined, close: () => undefined };
  }
  const handle = fd;
  const texts: TextsAccess = {
    length: fstatSync(handle).size,
    read(start, end) {
      const out = new Uint8Array(Math.max(0, end - start));
      let at = 0;
      while (at < out.length) {
        const n = readSync(handle, out, at, out.length - at, start + at);
        if (n === 0) break;
        at += n;
      }
      return at === out.length ? out : out.subarray(0, at);
    },
  };
  let open = true;
  return {
    main,
    texts,
    close: () => {
      if (open) closeSync(handle);
      open = false;
    },
  };
}

/** Writes a cache: its texts file first, then its main file, each whole or not at all. */
export function writeCacheFiles(file: string, bytes: { main: Uint8Array; texts: Uint8Array }): void {
  writeWhole(`${file}.texts`, bytes.texts);
  writeWhole(file, bytes.main);
}

/**
 * Writes a cache file whole or not at all: to a temporary file beside it, then renamed over it,
 * so that a reader never sees half of one and two writers never mix.
 */
function writeWhole(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      let at = 0;
      while (at < bytes.byteLength) at += writeSync(fd, bytes, at, bytes.byteLength - at);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
