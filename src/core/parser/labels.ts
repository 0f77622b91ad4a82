import { collapseSpaces } from '../text';

export type LabelKind = 'question' | 'answer' | 'moderator' | 'outlet' | 'named';

export interface SpeakerLabel {
  /** As printed, without Markdown and colon: "Question (translated from Chinese)". */
  label: string;
  /** Without the parenthetical: "Sergey Lavrov", "Question", "MR. SULLIVAN". */
  name: string;
  kind: LabelKind;
  /** What follows the label on the same line. */
  rest: string;
}

const QUESTION = /^(?:q\d*|question\d*|questions|quest|journalist|reporter|correspondent|audience(?: member)?|participant|follow[- ]?up(?: question)?|media|press|(?:the )?floor|question from .*)$/i;
const ANSWER = /^(?:a\d*|answer)$/i;
const MODERATOR = /^(?:(?:the )?moderator|host|operator|chair(?:man|woman|person)?|presenter|facilitator|mc|master of ceremonies|interpreter|translator)$/i;

// News outlets ask the questions at Chinese and other foreign-ministry briefings ("AFP:", "CCTV:").
const OUTLETS = new Set([
  'afp', 'ap', 'associated press', 'reuters', 'bloomberg', 'cctv', 'cgtn', 'xinhua', 'china daily', 'global times',
  "people's daily", 'phoenix tv', 'hubei media group', 'nhk', 'kyodo', 'jiji', 'tass', 'ria novosti', 'interfax',
  'sputnik', 'rt', 'efe', 'ansa', 'dpa', 'bbc', 'cnn', 'al jazeera', 'yonhap', 'prensa latina', 'bernama', 'antara',
  'the paper', 'anadolu', 'tbs', 'nikkei', 'asahi', 'yomiuri', 'mainichi', 'abc', 'cbs', 'nbc', 'fox', 'npr', 'pti',
  'ani', 'wion', 'dawn', 'sana', 'irna', 'kyodo news', 'xinhua news agency', 'china news service', 'shenzhen tv',
  'dragon tv', 'beijing youth daily', 'ta kung pao', 'wen wei po', 'china review news', 'macau monthly', 'izvestia',
  'kommersant', 'rossiya segodnya', 'channel one', 'rossiya 1', 'ntv', 'zvezda', 'euronews', 'politico', 'axios',
]);
const OUTLET_SUFFIX = /\s(?:news|tv|television|agency|daily|times|post|journal|herald|media|radio|broadcasting|network|channel|newspaper|magazine|gazette|press|tribune|telegraph|today|wire|report|monthly|weekly)$/i;

// Words that open a sentence or a page section, never a speaker label ("In Gaza:", "Note:", "Photo:").
const NOT_FIRST = new Set([
  'in', 'on', 'at', 'for', 'from', 'to', 'with', 'by', 'as', 'if', 'when', 'while', 'and', 'but', 'so', 'then', 'this',
  'that', 'these', 'those', 'it', 'we', 'i', 'you', 'they', 'he', 'she', 'our', 'my', 'your', 'their', 'his', 'her',
  'its', 'here', 'there', 'now', 'today', 'yesterday', 'tomorrow', 'first', 'second', 'third', 'fourth', 'fifth',
  'finally', 'also', 'yes', 'no', 'well', 'note', 'notes', 'please', 'let', 'regarding', 'concerning', 'quote',
  'example', 'photo', 'photos', 'source', 'sources', 'tags', 'tag', 'read', 'update', 'updated', 'location', 'date',
  'time', 'subject', 'title', 'posted', 'published', 'editor', "editor's", 'editor’s', 'translation', 'see', 'video',
  'audio', 'watch', 'listen', 'share', 'print', 'topic', 'topics', 'keywords', 'category', 'categories', 'url', 'link',
  'links', 'email', 'e-mail', 'tel', 'phone', 'fax', 'address', 'venue', 'place', 'speakers', 'attendees',
  'participants', 'agenda', 'background', 'summary', 'context', 'conclusion', 'introduction', 'overview', 'highlights',
  'key', 'transcript', 'excerpt', 'excerpts', 'full', 'text', 'contents', 'attachments', 'documents', 'references',
  'contact', 'contacts', 'remarks', 'statement', 'important', 'warning', 'disclaimer', 'last', 'next', 'previous',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'what', 'why', 'how',
  'who', 'where', 'which', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should',
  'all', 'some', 'many', 'most', 'one', 'two', 'three', 'however', 'moreover', 'thus', 'hence', 'meanwhile', 'besides',
  'again', 'indeed', 'result', 'results', 'live', 'breaking', 'related',
  'draft', 'memo', 'step', 'part', 'chapter', 'article', 'section', 'item', 'point', 'paragraph', 'annex', 're', 'fwd',
]);
const CONNECTORS = new Set(['of', 'the', 'de', 'da', 'del', 'der', 'van', 'von', 'bin', 'bint', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'di', 'y', 'and', 'for', 'on']);
const NAME_TOKEN = /^(?:[\p{Lu}\p{Lt}\d][\p{L}\p{M}'’.\-\d]*|\p{Lo}[\p{L}\p{M}]*|(?:al|el|bin|ibn|de|da|van|von|du|le|la)[-’'][\p{L}\p{M}'’.-]+)$/u;

function isLabelText(name: string): boolean {
  if (name.length === 0 || name.length > 60 || /https?:|\d{1,2}:\d{2}|[.!?;,]$/.test(name)) return false;
  const words = name.split(' ');
  if (words.length > 7) return false;
  if (NOT_FIRST.has(words[0].toLowerCase())) return false;
  if (!NAME_TOKEN.test(words[0]) || /^\d+$/.test(words[0])) return false;
  if (CONNECTORS.has(words[words.length - 1].toLowerCase()) && words.length > 1) return false;
  return words.every((w) => NAME_TOKEN.test(w) || CONNECTORS.has(w.toLowerCase()));
}

export function classifyLabel(name: string): LabelKind {
  const plain = name.replace(/\.$/, '');
  if (QUESTION.test(plain)) return 'question';
  if (ANSWER.test(plain)) return 'answer';
  if (MODERATOR.test(plain)) return 'moderator';
  if (OUTLETS.has(plain.toLowerCase()) || OUTLET_SUFFIX.test(plain)) return 'outlet';
  return 'named';
}

function splitLabel(content: string): { label: string; rest: string } | null {
  // Markdown: "**Sergey Lavrov:** text", "**Question**: text", "*Q:* text".
  const emphasis = /^(\*\*|__|\*|_)(.+?)\1\s*(.*)$/.exec(content);
  if (emphasis) {
    const inner = emphasis[2].trim();
    if (/[:：]$/.test(inner)) return { label: inner.slice(0, -1), rest: emphasis[3] };
    if (/^[:：]/.test(emphasis[3])) return { label: inner, rest: emphasis[3].slice(1) };
  }
  // White House style: "Q" followed by (non-breaking) spaces, no colon.
  const bareQ = /^(Q\d*)[.)]?\s+(?=\S)(.*)$/.exec(content);
  if (bareQ && !/^Q[.)]?\s+[a-z]/.test(content)) return { label: bareQ[1], rest: bareQ[2] };
  const colon = /^([^:：]{1,100}?)\s*[:：](?!\d)\s*(.*)$/u.exec(content);
  if (colon) return { label: colon[1].replace(/[*_]+/g, ''), rest: colon[2] };
  return null;
}

/** Reads a speaker label at the start of a line's content, or null when the line has none. */
export function readSpeakerLabel(content: string): SpeakerLabel | null {
  const parts = splitLabel(content);
  if (!parts) return null;
  const label = collapseSpaces(parts.label);
  const name = collapseSpaces(label.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' '));
  if (!isLabelText(name)) return null;
  return { label, name, kind: classifyLabel(name), rest: parts.rest.replace(/^(\*\*|__)\s*/, '').trim() };
}
