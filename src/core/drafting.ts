// Drafting aids that need no editor: the first-use check for acronyms, what completion inserts,
// and quotations with their attribution.
import type { EntityMatcher, Mention } from './entityMatcher';
import { acronymIn, acronymOf, nameIn, type Glossary, type GlossaryEntry } from './glossary';
import type { Language } from './language';

export interface FirstUseProblem {
  entryId: string;
  line: number;
  start: number;
  end: number;
  acronym: string;
  /** What the acronym should read on first use: "Shanghai Cooperation Organisation (SCO)". */
  expansion: string;
  message: string;
}

/** An alias written as an acronym ("SCO", "OPEC+", "G7"): capitals and digits, no lower case. */
function isAcronym(text: string): boolean {
  return /^[\p{Lu}\d][\p{Lu}\d+&\-./]*$/u.test(text) && /\p{Lu}/u.test(text);
}

/** "Shanghai Cooperation Organisation (SCO)"; in a Russian text "Шанхайская организация сотрудничества (ШОС)". */
export function spelledOut(entry: GlossaryEntry, language: Language = 'en'): string {
  const name = nameIn(entry, language);
  const acronym = name === entry.name ? acronymOf(entry) : acronymIn(entry, language);
  return acronym && acronym !== name ? `${name} (${acronym})` : name;
}

/** Acronyms used before the document has spelled out what they stand for; the expansion is in the document's language when the glossary has it. */
export function firstUseProblems(text: string, matcher: EntityMatcher, glossary: Glossary, language: Language = 'en'): FirstUseProblem[] {
  const spelled = new Set<string>();
  const problems: FirstUseProblem[] = [];
  for (const m of matcher.matchText(text)) {
    const entry = glossary.get(m.entryId);
    if (!entry) continue;
    if (!isAcronym(m.text) || m.text === entry.name) {
      spelled.add(entry.id);
      continue;
    }
    if (spelled.has(entry.id)) continue;
    const expansion = `${nameIn(entry, language)} (${m.text})`;
    problems.push({ entryId: entry.id, line: m.line, start: m.start, end: m.end, acronym: m.text, expansion, message: `Spell out ${m.text} on first use: ${expansion}` });
    // One reminder per acronym: the fix spells it out, and later uses are then fine.
    spelled.add(entry.id);
  }
  return problems;
}

/** What accepting a completion inserts, in the document's language: the full form the first time, the short form afterwards. */
export function completionText(entry: GlossaryEntry, mentionsBefore: Mention[], language: Language = 'en'): string {
  const name = nameIn(entry, language);
  const acronym = name === entry.name ? acronymOf(entry) : acronymIn(entry, language);
  if (!acronym || acronym === name) return name;
  return mentionsBefore.some((m) => m.entryId === entry.id) ? acronym : `${name} (${acronym})`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-07-11" → "11 July 2025". */
export function longDate(iso: string | null): string | null {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : null;
}

export interface QuoteSource {
  speaker: string | null;
  place: string | null;
  date: string | null;
  title: string;
  sourceUrl: string | null;
}

/** "— Sergey Lavrov, Kuala Lumpur, 11 July 2025". */
export function attribution(source: QuoteSource): string {
  const parts = [source.speaker ?? `Unnamed speaker, ${source.title}`, source.place, longDate(source.date)].filter(Boolean);
  return `— ${parts.join(', ')}`;
}

/** A Markdown blockquote of the passage (paragraphs kept apart), then its attribution and source. */
export function quoteMarkdown(paragraphs: string[], source: QuoteSource): string {
  const body = paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `> ${p}`)
    .join('\n>\n');
  const lines = [body, '', attribution(source)];
  if (source.sourceUrl) lines.push(`Source: <${source.sourceUrl}>`);
  return lines.join('\n') + '\n';
}
