// The Reader's rendering and the exports (issue 18), on the seed: expectations read from the text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TranscriptParser } from '../../src/core/parser/transcriptParser';
import { standaloneHtml, transcriptHtml, transcriptMarkdown } from '../../src/core/render/transcriptDocument';
import { readRepoFile, SEED } from './helpers';

describe('a transcript as a document', () => {
  const transcript = new TranscriptParser().parse(readRepoFile(SEED), { fileName: '2025-07-11-lavrov-kuala-lumpur.txt' });

  it('renders the title, place and date, a table of contents, the opening remarks and six exchanges', () => {
    const html = transcriptHtml(transcript, { mentionsIn: (text) => (text.includes('ASEAN Regional Forum') ? [{ start: text.indexOf('ASEAN Regional Forum'), end: text.indexOf('ASEAN Regional Forum') + 20, entryId: 'arf', card: 'ASEAN Regional Forum (ARF) — forum, 1994' }] : []) });
    assert.match(html, /<h1>Foreign Minister Sergey Lavrov’s remarks and answers to questions/);
    assert.match(html, /<p class="meta">Kuala Lumpur · 11 July 2025<\/p>/);
    assert.equal((html.match(/<section id="q\d+" class="exchange"/g) ?? []).length, 6);
    assert.equal((html.match(/<section id="opening-1" class="opening"/g) ?? []).length, 1);
    assert.equal((html.match(/<nav aria-label="Contents">.*?<\/nav>/s)?.[0].match(/<li>/g) ?? []).length, 7);
    // The question set apart, the answerer named once per turn.
    const q1 = html.slice(html.indexOf('<section id="q1"'), html.indexOf('<section id="q2"'));
    assert.match(q1, /<div class="turn question" data-line="26"><p class="speaker" data-line="26">Question<\/p><blockquote><p data-line="26"/);
    assert.equal((q1.match(/<p class="speaker"[^>]*>Sergey Lavrov<\/p>/g) ?? []).length, 1);
    // Paragraph numbers run through the document; the mention carries its card.
    assert.match(html, /<button type="button" class="pnum" aria-label="Paragraph 1: show it in the editor">1<\/button> Good afternoon\./);
    assert.match(html, /<span class="mention" tabindex="0" data-entry="arf"[^>]*>ASEAN Regional Forum<span class="card" role="tooltip"[^>]*>ASEAN Regional Forum \(ARF\) — forum, 1994<\/span><\/span>/);
  });

  it('exports clean Markdown: front matter, ## Q headings, **Speaker:** labels', () => {
    const md = transcriptMarkdown(transcript);
    assert.match(md, /^---\ntitle: "Foreign Minister Sergey Lavrov’s remarks/);
    assert.match(md, /\ndate: 2025-07-11\nplace: "Kuala Lumpur"\n/);
    assert.match(md, /\n## Opening remarks\n\n\*\*Sergey Lavrov:\*\* Good afternoon\.\n/);
    assert.match(md, /\n## Q4: Yesterday, after a meeting with you, US State Secretary Marco Rubio/);
    assert.equal((md.match(/^## Q\d+: /gm) ?? []).length, 6);
    assert.match(md, /\n\*\*Question:\*\* Yesterday, after a meeting with you/);
  });

  it('exports a standalone HTML page with the same body', () => {
    const page = standaloneHtml(transcript);
    assert.match(page, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(page.includes(transcriptHtml(transcript)));
    assert.ok(!/<script|https?:\/\/(?!www\.mid\.ru|mid\.ru)/.test(page.replace(/href="[^"]*"/g, '')), 'the page loads nothing and runs nothing');
  });
});
