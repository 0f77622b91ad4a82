// A transcript as a document to read, print or share: the Reader's page, the standalone HTML export
// and the clean Markdown export come from this one rendering. Title, place and date; the opening
// remarks; each exchange with its question set apart; each turn's speaker named once; paragraph
// numbers; organisation mentions marked, with a short card for hover and focus; a table of contents.
import { sectionLabel, type Section, type Transcript, type Turn } from '../model';

/** A glossary mention inside a paragraph's text, and what its card says in a line. */
export interface RenderMention {
  start: number;
  end: number;
  entryId: string;
  card: string;
}

export interface RenderOptions {
  /** The mentions in a paragraph's text (offsets into it). */
  mentionsIn?: (text: string) => RenderMention[];
}

export function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** "11 July 2025" from "2025-07-11". */
export function longDate(iso: string | null): string | null {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}

function sectionId(section: Section): string {
  return section.kind === 'exchange' ? `q${section.number}` : `opening-${section.number}`;
}

/** How a turn's speaker is named: the name, or the role when the text gives none. */
function speakerName(turn: Turn, section: Section): string {
  if (turn.speaker) return turn.speaker;
  if (turn.role === 'question') return turn.label && !/^q(uestion)?$/i.test(turn.label) ? turn.label : 'Question';
  return section.speaker ?? (turn.role === 'answer' ? 'Answer' : 'Remarks');
}

function paragraphHtml(text: string, options: RenderOptions): string {
  const mentions = (options.mentionsIn?.(text) ?? []).filter((m) => m.end > m.start).sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const m of mentions) {
    if (m.start < at) continue;
    out += escapeHtml(text.slice(at, m.start));
    out += `<span class="mention" tabindex="0" data-entry="${escapeHtml(m.entryId)}" aria-describedby="card-${escapeHtml(m.entryId)}-${m.start}">${escapeHtml(text.slice(m.start, m.end))}<span class="card" role="tooltip" id="card-${escapeHtml(m.entryId)}-${m.start}">${escapeHtml(m.card)}</span></span>`;
    at = m.end;
  }
  return out + escapeHtml(text.slice(at));
}

/**
 * The transcript's body as HTML: a table of contents, then the sections. Every paragraph carries the
 * editor line it starts on (`data-line`), for scrolling in step and for copying with attribution.
 */
export function transcriptHtml(transcript: Transcript, options: RenderOptions = {}): string {
  const meta = [transcript.place, longDate(transcript.date)].filter(Boolean).map((s) => escapeHtml(s!)).join(' · ');
  const toc = transcript.sections.map((s) => `<li><a href="#${sectionId(s)}" data-line="${s.range.start}">${escapeHtml(sectionLabel(s))}</a></li>`).join('');
  let number = 0;
  const sections = transcript.sections
    .map((section) => {
      const heading = section.kind === 'exchange' ? `<h2 id="${sectionId(section)}-title"><span class="qnum">Q${section.number}</span> ${escapeHtml(section.label)}</h2>` : `<h2 id="${sectionId(section)}-title">${escapeHtml(section.label)}</h2>`;
      const turns = section.turns
        .map((turn) => {
          const paragraphs = turn.paragraphs.map((p) => `<p data-line="${p.range.start}" data-end="${p.range.end}"><button type="button" class="pnum" aria-label="Paragraph ${++number}: show it in the editor">${number}</button> ${paragraphHtml(p.text, options)}</p>`).join('');
          const role = turn.role === 'question' ? 'question' : 'answer';
          return `<div class="turn ${role}" data-line="${turn.range.start}"><p class="speaker" data-line="${turn.range.start}">${escapeHtml(speakerName(turn, section))}</p>${turn.role === 'question' ? `<blockquote>${paragraphs}</blockquote>` : paragraphs}</div>`;
        })
        .join('');
      return `<section id="${sectionId(section)}" class="${section.kind}" aria-labelledby="${sectionId(section)}-title" data-line="${section.range.start}">${heading}${turns}</section>`;
    })
    .join('\n');
  return (
    `<header data-line="0"><h1>${escapeHtml(transcript.title)}</h1>${meta ? `<p class="meta">${meta}</p>` : ''}${transcript.sourceUrl ? `<p class="source"><a href="${escapeHtml(transcript.sourceUrl)}">${escapeHtml(transcript.sourceUrl)}</a></p>` : ''}</header>\n` +
    `<nav aria-label="Contents"><h2>Contents</h2><ol>${toc}</ol></nav>\n<main>\n${sections}\n</main>`
  );
}

const STANDALONE_CSS = `body{font:16px/1.6 Georgia,'Times New Roman',serif;max-width:46em;margin:2em auto;padding:0 1em;color:#1b1b1b}
h1{font-size:1.6em;line-height:1.25}h2{font-size:1.2em;margin-top:2em}.meta{color:#555}.qnum{color:#555;margin-right:.3em}
.speaker{font-weight:bold;margin:1.2em 0 .2em}blockquote{margin:0;padding:.2em 1em;border-left:4px solid #bbb;background:#f6f6f6}
.pnum{color:#888;font-size:.75em;margin-right:.4em;font-family:sans-serif;border:none;background:none;padding:0}.mention{text-decoration:underline dotted}.card{display:none}
nav ol{padding-left:1.4em}@media print{nav{display:none}}`;

/** A page that stands alone (printing, sharing): the same rendering, with its own plain style. */
export function standaloneHtml(transcript: Transcript, options: RenderOptions = {}): string {
  return `<!DOCTYPE html>\n<html lang="${transcript.language}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(transcript.title)}</title>\n<style>${STANDALONE_CSS}</style>\n</head>\n<body>\n${transcriptHtml(transcript, options)}\n</body>\n</html>\n`;
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** Clean Markdown: front matter, `## Q4: …` headings, `**Speaker:**` at each turn. */
export function transcriptMarkdown(transcript: Transcript): string {
  const front = ['---', `title: ${yamlString(transcript.title)}`];
  if (transcript.date) front.push(`date: ${transcript.date}`);
  if (transcript.place) front.push(`place: ${yamlString(transcript.place)}`);
  if (transcript.speakers.length) front.push(`speakers: [${transcript.speakers.map(yamlString).join(', ')}]`);
  if (transcript.sourceUrl) front.push(`source_url: ${yamlString(transcript.sourceUrl)}`);
  front.push(`lang: ${transcript.language}`, '---', '');
  const out = [...front, `# ${transcript.title}`, ''];
  const meta = [transcript.place, longDate(transcript.date)].filter(Boolean).join(', ');
  if (meta) out.push(`*${meta}*`, '');
  for (const section of transcript.sections) {
    out.push(section.kind === 'exchange' ? `## Q${section.number}: ${section.label}` : `## ${section.label}`, '');
    for (const turn of section.turns) {
      turn.paragraphs.forEach((p, i) => {
        const text = p.text.replace(/^([#>*+-]|\d+\.)(\s)/, '\\$1$2');
        out.push(i === 0 ? `**${speakerName(turn, section)}:** ${text}` : text, '');
      });
    }
  }
  return out.join('\n');
}
