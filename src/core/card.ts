import { acronymOf, yearOf, type GlossaryEntry } from './glossary';

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
};

/** How many members a card lists before it says "and N more". */
export const MEMBERS_SHOWN = 12;

export interface CardOptions {
  /** Mentions of the entry in the corpus, when known. */
  mentionCount?: number;
  /** A link that lists those mentions (a command URI the host trusts). */
  mentionsLink?: string;
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

/** The hover card of an entry, as Markdown: facts, neutral wording, a source and the date they hold. */
export function renderCard(entry: GlossaryEntry, options: CardOptions = {}): string {
  const acronym = acronymOf(entry);
  const heading = `**${escapeMarkdown(entry.name)}**${acronym && acronym !== entry.name ? ` (${escapeMarkdown(acronym)})` : ''}`;
  const year = yearOf(entry);
  const lines = [heading, `*${KIND_LABEL[entry.kind]}${year ? ` · ${year}` : ''}*`, '', escapeMarkdown(entry.summary), ''];
  const facts = [
    ...dateLine(entry),
    ...listLine('Members', entry.members, entry.memberCount),
    ...listLine('Observers', entry.observers),
    ...listLine('Partners', entry.partners),
    ...(entry.headquarters ? [`**Headquarters:** ${escapeMarkdown(entry.headquarters)}`] : []),
  ];
  if (facts.length) lines.push(facts.join('  \n'), '');
  if (entry.note) lines.push(`*Note:* ${escapeMarkdown(entry.note)}`, '');
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
    const key = `${entry.id}\u0000${options.mentionCount ?? ''}\u0000${options.mentionsLink ?? ''}`;
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
