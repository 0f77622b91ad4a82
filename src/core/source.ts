// Turning a file's bytes into transcript text, with a clear word for what cannot be read.

export type DecodeResult =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false });

/** How many leading bytes are looked at to tell a binary file from text. */
const SNIFF_BYTES = 8192;

export function decodeTranscript(bytes: Uint8Array): DecodeResult {
  // Word and Windows Notepad save "Unicode" text as UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes), warnings: [] };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    return { ok: false, reason: 'is a binary file (it contains NUL bytes), not a text transcript' };
  }
  try {
    return { ok: true, text: utf8.decode(bytes), warnings: [] };
  } catch {
    return {
      ok: true,
      text: lenientUtf8.decode(bytes),
      warnings: ['is not valid UTF-8; the bytes that could not be decoded are shown as �'],
    };
  }
}
