// The five languages of the corpus: telling them apart, folding and stemming their words.
// Stemming is the Snowball algorithms as @orama/stemmers packages them (a few KB each).
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemFrench } from '@orama/stemmers/french';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { stemmer as stemSpanish } from '@orama/stemmers/spanish';

export const LANGUAGES = ['en', 'ru', 'zh', 'es', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Russian', zh: 'Chinese', es: 'Spanish', fr: 'French' };

const HAN = /\p{Script=Han}/u;
const CYRILLIC_FROM = 0x400;
const CYRILLIC_TO = 0x52f;

export function isHan(ch: string): boolean {
  return ch.charCodeAt(0) >= 0x2e80 && HAN.test(ch);
}

export function isCyrillicCode(code: number): boolean {
  return code >= CYRILLIC_FROM && code <= CYRILLIC_TO;
}

export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x2e80 && HAN.test(text[i])) return true;
  return false;
}

/** "ru", "ru-RU", "rus", "Russian", "русский" → "ru"; anything else → null. */
export function languageOf(value: unknown): Language | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  const table: Record<string, Language> = {
    en: 'en', eng: 'en', english: 'en',
    ru: 'ru', rus: 'ru', russian: 'ru', русский: 'ru',
    zh: 'zh', zho: 'zh', chi: 'zh', chinese: 'zh', 中文: 'zh', 汉语: 'zh',
    es: 'es', spa: 'es', spanish: 'es', español: 'es', espanol: 'es',
    fr: 'fr', fra: 'fr', fre: 'fr', french: 'fr', français: 'fr', francais: 'fr',
  };
  return table[v] ?? table[v.split(/[-_]/)[0]] ?? null;
}

// Words that are frequent in one Latin-script language and rare in the other two.
export const MARKERS: Readonly<Record<'en' | 'es' | 'fr', ReadonlySet<string>>> = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'we', 'with', 'this', 'have', 'are', 'it', 'for', 'our', 'was', 'will']),
  es: new Set(['el', 'los', 'las', 'del', 'y', 'que', 'por', 'con', 'una', 'es', 'para', 'lo', 'su', 'se', 'como', 'pero', 'muy']),
  fr: new Set(['le', 'les', 'des', 'et', 'est', 'du', 'une', 'nous', 'dans', 'pour', 'pas', 'au', 'sur', 'qui', 'avec', 'ce', 'vous']),
};
const CYRILLIC_OR_HAN = /[\u0400-\u052f]|\p{Script=Han}/u;
/** A code unit in Cyrillic's block or at or above U+2E80, where Han begins (beyond the BMP: a surrogate): a quicker test than `CYRILLIC_OR_HAN`'s, before it. */
const MAY_BE_CYRILLIC_OR_HAN = /[\u0400-\u052f\u2e80-\uffff]/;
const MARKER_LENGTH = Math.max(...Object.values(MARKERS).flatMap((set) => [...set].map((w) => w.length)));

/** What `detectLanguage` reads of a text unless told otherwise. */
export const LANGUAGE_SAMPLE = 6000;

/**
 * The language a text is written in, from a sample of it: Chinese and Russian by their scripts,
 * English, Spanish and French by their commonest words. English when nothing tells.
 */
export function detectLanguage(text: string, sample = LANGUAGE_SAMPLE): Language {
  const part = text.length > sample ? text.slice(0, sample) : text;
  let han = 0;
  let cyrillic = 0;
  let latin = 0;
  // Letters are only counted to weigh Cyrillic and Chinese against them: a text with neither
  // (one search of the sample, not a loop over it) goes straight to its words.
  const otherScript = MAY_BE_CYRILLIC_OR_HAN.test(part) && CYRILLIC_OR_HAN.test(part);
  for (let i = 0; otherScript && i < part.length; i++) {
    const code = part.charCodeAt(i);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) latin++;
    } else if (isCyrillicCode(code)) cyrillic++;
    else if (code >= 0x2e80 && HAN.test(part[i])) han += 2; // A Han character carries a word's worth of meaning.
    else if (code >= 0xc0 && code <= 0x24f) latin++;
  }
  if (han > 0 && han >= (cyrillic + latin) * 0.3) return 'zh';
  if (cyrillic > latin) return 'ru';
  // The commonest words decide within a couple of thousand characters. Words are runs of [a-zà-ÿ]
  // once lowered; each short ASCII one is looked up by a number made of its letters, so no word
  // becomes a string of its own (this runs once per transcript of a corpus).
  const end = Math.min(part.length, 3000);
  let en = 0;
  let es = 0;
  let fr = 0;
  let key = 0;
  let length = 0;
  let ascii = true;
  for (let i = 0; i <= end; i++) {
    const unit = i < end ? part.charCodeAt(i) : 0;
    const code = lowerLetter(unit);
    if (code !== 0) {
      if (code > 122) ascii = false;
      else if (length < MARKER_LENGTH) key = key * 32 + (code - 96);
      length++;
      // "İ" lowers to "i" and a combining dot, which ends the word.
      if (unit !== 0x130) continue;
    }
    if (length > 0 && length <= MARKER_LENGTH && ascii) {
      const found = markerBits(key);
      en += found & 1;
      es += (found >> 1) & 1;
      fr += (found >> 2) & 1;
    }
    key = 0;
    length = 0;
    ascii = true;
  }
  if (es > en && es > fr) return 'es';
  if (fr > en && fr >= es) return 'fr';
  return 'en';
}

/**
 * A code unit as `toLowerCase` lowers it, when that is a letter of `detectLanguage`'s words (a–z,
 * à–ÿ); 0 for any other. Read a character at a time, the sample needs no lower-case copy.
 */
function lowerLetter(code: number): number {
  if (code >= 97 && code <= 122) return code;
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 0xe0 && code <= 0xff) return code;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 32;
  // The only other characters that lower into those letters: İ, Ÿ, the Kelvin and Ångström signs.
  if (code < 0x130) return 0;
  if (code === 0x130) return 105;
  if (code === 0x178) return 0xff;
  if (code === 0x212a) return 107;
  if (code === 0x212b) return 0xe5;
  return 0;
}

/** The number `detectLanguage` makes of a short word of a-z (five bits a letter). */
function markerKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 32 + (word.charCodeAt(i) - 96);
  return key;
}

/**
 * Marker words by their number, in an open-addressing table (a lookup per short word of every
 * transcript: a `Map` was most of the time): the numbers, and per number bit 0 English, 1 Spanish, 2 French.
 */
const MARKER_SLOTS = 256;
const markerNumbers = new Int32Array(MARKER_SLOTS);
const markerLanguages = new Uint8Array(MARKER_SLOTS);
(['en', 'es', 'fr'] as const).forEach((language, bit) => {
  for (const word of MARKERS[language]) {
    if (!/^[a-z]+$/.test(word) || word.length > MARKER_LENGTH) throw new Error(`marker "${word}" is not a short a-z word`);
    const key = markerKey(word);
    let slot = markerSlot(key);
    while (markerNumbers[slot] !== 0 && markerNumbers[slot] !== key) slot = (slot + 1) & (MARKER_SLOTS - 1);
    markerNumbers[slot] = key;
    markerLanguages[slot] |= 1 << bit;
  }
});

function markerSlot(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 24;
}

/** The languages a short word of a-z is a marker of (by its number; 0 for none). */
function markerBits(key: number): number {
  for (let slot = markerSlot(key); markerNumbers[slot] !== 0; slot = (slot + 1) & (MARKER_SLOTS - 1)) {
    if (markerNumbers[slot] === key) return markerLanguages[slot];
  }
  return 0;
}

const MARKS = /\p{M}/gu;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/** Lower case without accents ("Élysée" → "elysee"); Cyrillic keeps й and reads ё as е, as Russian writers do. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
   
  if (!NON_ASCII.test(lower)) return lower;
  let out = lower.replace(/ё/g, 'е');
  if (/[\u00c0-\u024f\u1e00-\u1eff]/.test(out)) out = out.normalize('NFD').replace(MARKS, '').normalize('NFC');
  return out;
}

/** Lower case as written, accents kept ("Élysée" → "élysée"), ё read as е. */
export function lowerWord(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(lower)) return lower;
  const e = lower.indexOf('ё') >= 0 ? lower.replace(/ё/g, 'е') : lower;
  // Composing is only needed where a combining mark is written apart ("и" + breve for "й").
  return /[\u0300-\u036f]/.test(e) ? e.normalize('NFC') : e;
}

const STEMMERS: Record<Exclude<Language, 'zh'>, (word: string) => string> = { en: stemEnglish, ru: stemRussian, es: stemSpanish, fr: stemFrench };
const stemCaches = new Map<Language, Map<string, string>>();

/**
 * The stem of a lower-case word in a language, accents then folded: "шанхайской" and
 * "шанхайская" → "шанхайск"; "naciones" → "nacion". Chinese words are their own stems.
 */
export function stemWord(word: string, language: Language): string {
  if (language === 'zh') return word;
  let cache = stemCaches.get(language);
  if (!cache) stemCaches.set(language, (cache = new Map()));
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = foldWord(STEMMERS[language](word));
    // The cache only saves time; a huge vocabulary must not hold on to memory through it.
    if (cache.size > 200_000) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}

/** Which languages' stemmers apply to a word, by its script. */
export function languagesOfWord(word: string): Language[] {
  const code = word.charCodeAt(0);
  if (isCyrillicCode(code)) return ['ru'];
  if (code >= 0x2e80 && HAN.test(word[0])) return ['zh'];
  if (/^[\p{Script=Latin}\p{M}]+$/u.test(word)) return ['en', 'es', 'fr'];
  return [];
}

let segmenter: Intl.Segmenter | undefined;

/** Chinese words of a run of text, by the platform's dictionary (`Intl.Segmenter`), with their offsets in the run. */
export function segmentChinese(text: string): { segment: string; index: number }[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: { segment: string; index: number }[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push({ segment: s.segment, index: s.index });
  return out;
}

/** Offsets in `text` where a Chinese word starts or ends. */
export function chineseWordBoundaries(text: string): Set<number> {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out = new Set<number>([0, text.length]);
  for (const s of segmenter.segment(text)) {
    out.add(s.index);
    out.add(s.index + s.segment.length);
  }
  return out;
}
