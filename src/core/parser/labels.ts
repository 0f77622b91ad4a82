import { collapseSpaces, hasMoreWordsThan, keptByText, ownCopy } from '../text';

export type LabelKind = 'question' | 'answer' | 'moderator' | 'outlet' | 'remark' | 'named';

export interface SpeakerLabel {
  /** As printed, without Markdown and colon: "Question (translated from Chinese)". */
  label: string;
  /** Without the parenthetical: "Sergey Lavrov", "Question", "MR. SULLIVAN". */
  name: string;
  kind: LabelKind;
  /** What follows the label on the same line. */
  rest: string;
  /** The outlet a questioner gave ("Reuters" in "Jane Doe (Reuters):"), when there is one. */
  outlet?: string;
}

// Question, answer and moderator labels in the five languages of the corpus.
const QUESTION = /^(?:q\d*|question\d*|questions|quest|journalist|journaliste|reporter|correspondent|audience(?: member)?|participant|follow[- ]?up(?: question)?|media|press|(?:the )?floor|question from .*|вопрос|вопросы|журналист|журналистка|корреспондент|корреспондентка|представитель сми|сми|记者|问|提问|pregunta|preguntas|interlocutor|interlocutora|interlocutor\(a\)|periodista|reportero|reportera|asistente|q\s*-|p|pr|intervenant|intervenante)$/iu;
const ANSWER = /^(?:a\d*|answer|ответ|答|respuesta|r|réponse|reponse|r\s*-)$/iu;
const MODERATOR = /^(?:(?:the )?moderator|host|operator|chair(?:man|woman|person)?|presenter|facilitator|mc|master of ceremonies|interpreter|translator|ведущий|ведущая|модератор|председательствующий|переводчик|主持人|翻译|moderador|moderadora|presentador|presentadora|maestro de ceremonias|modérateur|modératrice|moderateur|moderatrice|animateur|animatrice|opérateur|operateur|opératrice|interprète|intérprete)$/iu;
// A comment from the floor that asks nothing: it stays in the exchange it interrupts.
const REMARK = /^(?:remark|comment|реплика|реплика из зала|комментарий|评论|comentario|remarque|commentaire)$/iu;

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
  // Metadata fields and sentence openers in the other languages of the corpus.
  'fecha', 'título', 'titulo', 'titre', 'fuente', 'lugar', 'lieu', 'dirección', 'nota', 'resumen', 'tema', 'temas',
  'дата', 'место', 'тема', 'заголовок', 'источник', 'примечание', '日期', '时间', '标题', '地点', '来源', '注',
  'así', 'pues', 'entonces', 'primero', 'segundo', 'también', 'además', 'donc', 'ainsi', 'alors', 'puis', 'enfin',
  'итак', 'во-первых', 'во-вторых', 'кроме', 'также', 'однако',
]);
const CONNECTORS = new Set(['of', 'the', 'de', 'da', 'del', 'der', 'van', 'von', 'bin', 'bint', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'di', 'y', 'and', 'for', 'on']);
const NAME_TOKEN = /^(?:[\p{Lu}\p{Lt}\d][\p{L}\p{M}'’.\-\d]*|\p{Lo}[\p{L}\p{M}]*|(?:al|el|bin|ibn|de|da|van|von|du|le|la)[-’'][\p{L}\p{M}'’.-]+)$/u;

const HAN = /^\p{Script=Han}+$/u;
// Chinese labels: a person's name (2–4 characters), or a role or outlet ending in one of these words.
const HAN_ROLE = /(?:记者|发言人|主持人|翻译|部长|外长|大使|主席|总理|总统|秘书长|司长|副部长)$/u;

export function isLabelText(name: string): boolean {
  if (name.length === 0 || name.length > 60 || /https?:|\d{1,2}:\d{2}|[.!?;,。，！？；、]$/u.test(name)) return false;
  // "《中国日报》记者": a newspaper's name in title marks, then the reporter.
  if (HAN.test(name.replace(/[\s《》「」“”]+/gu, ''))) {
    const plain = name.replace(/[\s《》「」“”]+/gu, '');
    return (plain.length >= 2 && plain.length <= 4) || (plain.length <= 14 && HAN_ROLE.test(plain)) || QUESTION.test(plain) || ANSWER.test(plain);
  }
  const words = name.split(' ');
  // "President of the Republic of Turkey Recep Tayyip Erdogan": an office before the name makes it longer.
  if (words.length > (/ (?:of|de|del|du|des) /i.test(name) ? 11 : 7)) return false;
  if (NOT_FIRST.has(words[0].toLowerCase())) return false;
  if (!NAME_TOKEN.test(words[0]) || /^\d+$/.test(words[0])) return false;
  if (CONNECTORS.has(words[words.length - 1].toLowerCase()) && words.length > 1) return false;
  return words.every((w) => NAME_TOKEN.test(w) || CONNECTORS.has(w.toLowerCase()));
}

/** "Reuters", "NBC News", "Al Jazeera": the name of a news outlet. */
export function isOutlet(text: string): boolean {
  const plain = collapseSpaces(text.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')).replace(/\.$/, '');
  return OUTLETS.has(plain.toLowerCase()) || OUTLET_SUFFIX.test(plain) || /(?:社|台|报|网|电视|通讯社|日报|新闻)$/u.test(plain);
}

export function classifyLabel(name: string): LabelKind {
  const plain = name.replace(/\.$/, '').replace(/\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+|[《》「」]/gu, '');
  if (QUESTION.test(plain)) return 'question';
  if (ANSWER.test(plain)) return 'answer';
  if (MODERATOR.test(plain)) return 'moderator';
  if (REMARK.test(plain)) return 'remark';
  if (isOutlet(plain)) return 'outlet';
  // "路透社记者", "总台央视记者": a journalist of an outlet.
  if (/记者$/u.test(plain)) return 'outlet';
  return 'named';
}

/**
 * "Name: text" at the start of a line: what is before its first colon (at most 100 characters, spaces
 * before the colon aside) and the text after it; null when the colon comes before a digit ("10:30").
 * This is `/^([^:：]{1,100}?)\s*[:：](?!\d)\s*(.*)$/u` read by hand: the pattern ran over the whole
 * of every line with a colon, and was the largest cost of reading labels.
 */
function colonLabel(content: string): { label: string; rest: string } | null {
  const ascii = content.indexOf(':');
  const wide = content.indexOf('：');
  const colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
  if (colon < 1) return null;
  const next = content.charCodeAt(colon + 1);
  if (next >= 48 && next <= 57) return null;
  let end = colon;
  while (end > 1 && WHITESPACE.test(content[end - 1])) end--;
  if (end > 100) return null;
  const rest = content.slice(colon + 1).trimStart();
  // `.` stops at a line break, so the pattern could not reach the end past one.
  if (LINE_BREAK.test(rest)) return null;
  return { label: content.slice(0, end), rest };
}

const WHITESPACE = /^\s$/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

function splitLabel(content: string): { label: string; rest: string } | null {
  const first = content.charCodeAt(0);
  // Markdown: "**Sergey Lavrov:** text", "**Question**: text", "*Q:* text".
  const emphasis = first === 42 || first === 95 ? /^(\*\*|__|\*|_)(.+?)\1\s*(.*)$/.exec(content) : null;
  if (emphasis) {
    const inner = emphasis[2].trim();
    if (/[:：]$/.test(inner)) return { label: inner.slice(0, -1), rest: emphasis[3] };
    if (/^[:：]/.test(emphasis[3])) return { label: inner, rest: emphasis[3].slice(1) };
  }
  // White House style: "Q" followed by (non-breaking) spaces, no colon.
  const bareQ = first === 81 ? /^(Q\d*)[.)]?\s+(?=\S)(.*)$/.exec(content) : null;
  if (bareQ && !/^Q[.)]?\s+[a-z]/.test(content)) return { label: bareQ[1], rest: bareQ[2] };
  // French ministries: "Q - …" and "R - …".
  const dash = first === 81 || first === 82 || first === 80 ? /^([QRP])\s*[-–—]\s+(.*)$/u.exec(content) : null;
  if (dash) return { label: dash[1], rest: dash[2] };
  const colon = colonLabel(content);
  return colon && { label: colon.label.replace(/[*_]+/g, ''), rest: colon.rest };
}

// Words that open an office rather than a name, in the five languages.
const OFFICE = /^(?:the\s+)?(?:president|presidenta?|président|présidente|secretary|secretari[oa]|secrétaire|minister|ministr[oa]|ministre|prime minister|premier ministre|spokes(?:man|person|woman)|vocer[oa]|portavoz|porte-parole|ambassador|embajador[a]?|ambassadeur|director[a]?|directeur|directrice|chancellor|canciller|governor|gobernador[a]?|subsecretari[oa]|coordinador[a]?|general|jef[ea]|titular|представитель|министр|президент|пресс-секретарь|директор|посол)\b/iu;

// Labels standing alone on a line without a colon: only the unmistakable words.
const BARE_LABEL_WORDS = ['question', 'questions', 'вопрос', 'pregunta', 'interlocutor', 'interlocutora', 'réponse', 'answer', 'ответ', 'moderator', 'ведущий', 'реплика'];
const BARE_LABEL = new RegExp(`^(?:${BARE_LABEL_WORDS.join('|')})$`, 'iu');
const BARE_LABEL_LONGEST = Math.max(...BARE_LABEL_WORDS.map((w) => w.length));

/** At most as many characters, emphasis markers and spaces aside, as the longest bare label. */
function mayBeBareLabel(content: string): boolean {
  let letters = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && /\s/.test(content[i]));
    if (c !== 42 && c !== 95 && !space && ++letters > BARE_LABEL_LONGEST) return false;
  }
  return true;
}

/** Reads a speaker label at the start of a line's content, or null when the line has none. */
export function readSpeakerLabel(content: string): SpeakerLabel | null {
  const parts = splitLabel(content) ?? (mayBeBareLabel(content) && BARE_LABEL.test(content.replace(/[*_]/g, '').trim()) ? { label: content.replace(/[*_]/g, '').trim(), rest: '' } : null);
  if (!parts) return null;
  const reading = labelReading(parts.label);
  if (!reading) return null;
  const { label, name, kind, outlet } = reading;
  return { label, name, kind, rest: parts.rest.replace(/^(\*\*|__)\s*/, '').trim(), ...(outlet ? { outlet } : {}) };
}

/**
 * What a label says, by its text: a transcript repeats its few labels ("Question", "Sergey Lavrov")
 * hundreds of times, and reading one is a dozen patterns.
 */
const labelReading = keptByText(
  (printed) => readLabel(printed),
  (read) => read && { label: ownCopy(read.label), name: ownCopy(read.name), kind: read.kind, ...(read.outlet ? { outlet: ownCopy(read.outlet) } : {}) },
);

function readLabel(printed: string): Omit<SpeakerLabel, 'rest'> | null {
  const label = collapseSpaces(printed);
  const parenthetical = /[([]([^)\]]*)[)\]]/.exec(label)?.[1]?.trim();
  // "Andrea Mitchell, NBC News": a journalist and the outlet. "PRESIDENTA DE MÉXICO, CLAUDIA SHEINBAUM
  // PARDO" and "ALFONSO DURAZO, SECRETARIO DE SEGURIDAD": an office and a name, in either order.
  const comma = /^([^,]+),\s*(.+)$/.exec(label.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' ').trim());
  const officeFirst = comma && OFFICE.test(comma[1]) && !OFFICE.test(comma[2]);
  const name = collapseSpaces(comma && isOutlet(comma[2]) ? comma[1] : comma && officeFirst ? comma[2] : comma && OFFICE.test(comma[2]) ? comma[1] : label.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' '));
  if (!isLabelText(name)) return null;
  let kind = classifyLabel(name);
  let outlet: string | undefined;
  const outletText = comma && isOutlet(comma[2]) ? comma[2] : parenthetical && isOutlet(parenthetical) ? parenthetical : undefined;
  if (outletText && (kind === 'named' || kind === 'question')) {
    kind = 'outlet';
    outlet = collapseSpaces(outletText);
  }
  return { label, name, kind, ...(outlet ? { outlet } : {}) };
}

/** What may make a line's name shorter than its words (see `standaloneLabel`). */
const NAME_CUTS = /[,([*_]/;

/**
 * A label that stands alone on its line without a colon, as some publishers print them:
 * "CAROLINE ROUX", "ALFONSO DURAZO MONTAÑO, SECRETARIO DE SEGURIDAD", "Emmanuel MACRON".
 */
export function standaloneLabel(content: string): SpeakerLabel | null {
  // Most short lines are pieces of sentences (a hard-wrapped text's): more than six words, and nothing
  // that could cut the name shorter (a comma, brackets, emphasis marks), is no label.
  if (!NAME_CUTS.test(content) && hasMoreWordsThan(content, 6)) return null;
  const text = collapseSpaces(content.replace(/[*_]/g, ''));
  if (text === '' || /[:：.!?…;,]$/u.test(text) || /[:：]/u.test(text)) return null;
  const name = collapseSpaces(text.split(',')[0].replace(/\s*[([][^)\]]*[)\]]\s*/g, ' '));
  if (name.split(' ').length > 6 || !isLabelText(name)) return null;
  return { label: text, name, kind: classifyLabel(name), rest: '' };
}

/** Mostly capital letters: "CAROLINE ROUX", "ALFONSO DURAZO MONTAÑO, SECRETARIO DE SEGURIDAD". */
export function isAllCaps(text: string): boolean {
  // Nine letters in ten must be capitals: a text with more lower-case a–z than a tenth of its length
  // fails, which most sentences show within their first words.
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122 && ++lower > text.length * 0.1) return false;
  }
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length >= 4 && upper / letters.length >= 0.9 && text.split(/\s+/).length >= 2 && text.split(/\s+/).length <= 14;
}
