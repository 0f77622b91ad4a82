// Dates as transcripts print them: "July 11, 2025", "11 July 2025", "2025-07-11", "11.07.2025",
// and dates glued to a clock time ("15 May 201921:30").

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
// A year may be glued to a clock time ("201921:30"), so it ends at a non-digit or at "HH:MM".
const YEAR = '(\\d{4})(?=\\d{1,2}:\\d{2}|\\D|$)';

const PATTERNS: { regex: RegExp; order: 'dmy' | 'mdy' | 'ymd' | 'dmy-num' }[] = [
  { regex: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`, 'i'), order: 'mdy' },
  { regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, 'i'), order: 'dmy' },
  { regex: /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/, order: 'ymd' },
  { regex: /\b(\d{4})年(\d{1,2})月(\d{1,2})日/, order: 'ymd' },
  { regex: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/, order: 'dmy-num' },
];

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The earliest date written in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { regex, order } of PATTERNS) {
    const m = regex.exec(text);
    if (!m) continue;
    let value: string | null = null;
    if (order === 'mdy') value = iso(Number(m[3]), MONTHS[m[1].toLowerCase()], Number(m[2]));
    else if (order === 'dmy') value = iso(Number(m[3]), MONTHS[m[2].toLowerCase()], Number(m[1]));
    else if (order === 'ymd') value = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    else value = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (value && (!best || m.index < best.index)) best = { iso: value, index: m.index, length: m[0].length };
  }
  return best;
}

/** Normalises a front-matter date (a string in any form above, or a YAML timestamp). */
export function dateFromValue(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return findDate(value)?.iso ?? null;
  return null;
}
