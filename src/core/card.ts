import { acronymIn, acronymOf, namesIn, yearOf, type GlossaryEntry } from './glossary';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from './language';

/** Escapes glossary text so that Markdown never reads it as formatting, links or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

function link(url: string): string {
  return encodeURI(decodeURI(url)).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

const KIND_LABEL: Record<GlossaryEntry['kind'], string> = {
  organisation: 'Organisation',
  forum: 'Forum',
  treaty: 'Treaty',
  agreement: 'Agreement',
  initiative: 'Initiative',
  principle: 'Principle',
  body: 'Body',
  resolution: 'Security Council resolution',
};

/** How many members a card lists before it says "and N more". */
export const MEMBERS_SHOWN = 12;

export interface CardOptions {
  /** Mentions of the entry in the corpus, when known. */
  mentionCount?: number;
  /** A link that lists those mentions (a command URI the host trusts). */
  mentionsLink?: string;
  /** The reader's language (the document's): its name for the entry comes first, when the glossary has one. */
  language?: Language;
  /** The words the text used ("резолюции 2202", "Resolution 999"): the card of a resolution without an entry names its number. */
  mentionText?: string;
}

function dateLine(entry: GlossaryEntry): string[] {
  const parts: string[] = [];
  if (entry.established) parts.push(`${entry.kind === 'treaty' || entry.kind === 'agreement' ? 'Signed' : 'Established'} ${entry.established}`);
  if (entry.inForce) parts.push(`in force ${entry.inForce}`);
  if (entry.expires) parts.push(`expires ${entry.expires}`);
  if (entry.ended) parts.push(`ended ${entry.ended}`);
  return parts.length ? [escapeMarkdown(parts.join(' · '))] : [];
}

function listLine(title: string, list: string[] | undefined, count?: number): string[] {
  if (!list?.length) return count ? [`**${title}:** ${count}`] : [];
  const total = count ?? list.length;
  const shown = list.length > MEMBERS_SHOWN + 1 ? list.slice(0, MEMBERS_SHOWN) : list;
  const more = total - shown.length;
  return [`**${title} (${total}):** ${escapeMarkdown(shown.join(', '))}${more > 0 ? ` and ${more} more` : ''}`];
}

/** "2231" from "resolution 2231 (2015)", "第2231号决议". */
function resolutionNumber(text: string | undefined): string | null {
  return text ? (/\d{1,4}/.exec(text.replace(/[(（](?:19|20)\d\d[)）]/u, ''))?.[0] ?? null) : null;
}

/**
 * The hover card of an entry, as Markdown: facts, neutral wording, a source and the date they
 * hold. In a Russian, Chinese, Spanish or French text its name in that language comes first,
 * as the glossary gives it (a card never translates); the summary stays in English.
 */
export function renderCard(entry: GlossaryEntry, options: CardOptions = {}): string {
  const language = options.language ?? 'en';
  const own = language !== 'en' ? namesIn(entry, language) : [];
  const acronym = acronymOf(entry);
  const inBrackets = (name: string, short: string | null) => (short && short !== name ? ` (${escapeMarkdown(short)})` : '');
  let heading = `**${escapeMarkdown(entry.name)}**${inBrackets(entry.name, acronym)}`;
  // The reader's own name for it first, the English one under it.
  if (own.length > 0) heading = `**${escapeMarkdown(own[0])}**${inBrackets(own[0], acronymIn(entry, language))}  \n${escapeMarkdown(entry.name)}${inBrackets(entry.name, acronym)}`;
  const year = yearOf(entry);
  const lines = [heading, `*${KIND_LABEL[entry.kind]}${year ? ` · ${year}` : ''}*`, ''];
  const number = entry.kind === 'resolution' && entry.number === undefined ? resolutionNumber(options.mentionText) : null;
  if (number) lines.push(`**Resolution ${number}**: this glossary has no card of its own for it; its text is in the [UN Digital Library](${link(`https://digitallibrary.un.org/search?ln=en&p=S/RES/${number}`)}).`, '');
  lines.push(escapeMarkdown(entry.summary), '');
  const facts = [
    ...dateLine(entry),
    ...listLine('Members', entry.members, entry.memberCount),
    ...listLine('Observers', entry.observers),
    ...listLine('Partners', entry.partners),
    ...(entry.headquarters ? [`**Headquarters:** ${escapeMarkdown(entry.headquarters)}`] : []),
  ];
  if (facts.length) lines.push(facts.join('  \n'), '');
  if (entry.note) lines.push(`*Note:* ${escapeMarkdown(entry.note)}`, '');
  const others = LANGUAGES.filter((l) => l !== 'en' && l !== language && (entry.names?.[l]?.length ?? 0) > 0);
  if (others.length) lines.push(`*Also:* ${others.map((l) => `${LANGUAGE_NAMES[l]} ${escapeMarkdown(entry.names![l]!.slice(0, 2).join(', '))}`).join(' · ')}`, '');
  const footer = [`[Source](${link(entry.url)})`, `facts as of ${escapeMarkdown(entry.asOf)}`];
  if (options.mentionCount !== undefined) {
    const count = `${options.mentionCount} mention${options.mentionCount === 1 ? '' : 's'} in the corpus`;
    footer.push(options.mentionsLink && options.mentionCount > 0 ? `[${count}](${options.mentionsLink})` : count);
  }
  lines.push(footer.join(' · '));
  return lines.join('\n');
}

/** Renders each card once per entry and mention count: a hover asks for the same cards again and again. */
export class CardCache {
  private readonly cards = new Map<string, string>();

  render(entry: GlossaryEntry, options: CardOptions = {}): string {
    const number = entry.kind === 'resolution' && entry.number === undefined ? resolutionNumber(options.mentionText) : '';
    const key = `${entry.id}\u0000${options.mentionCount ?? ''}\u0000${options.mentionsLink ?? ''}\u0000${options.language ?? ''}\u0000${number}`;
    let card = this.cards.get(key);
    if (card === undefined) {
      card = renderCard(entry, options);
      if (this.cards.size > 5000) this.cards.clear();
      this.cards.set(key, card);
    }
    return card;
  }

  clear(): void {
    this.cards.clear();
  }
}
