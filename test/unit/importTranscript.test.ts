import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { fetchPage, freeName, importTranscript, slugify } from '../../src/core/import/importTranscript';
import { htmlToLines, looksLikeHtml } from '../../src/core/parser/html';
import { TranscriptParser } from '../../src/core/parser/transcriptParser';

const PAGE = [
  '<!doctype html>',
  '<html><head><title>Remarks • Ministry</title><script>var menu = "Question: not text";</script></head>',
  '<body>',
  '<nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>',
  '<article>',
  '<h1>Foreign Minister Sergey Lavrov’s remarks and answers to media questions</h1>',
  '<p class="date">12 March 2024</p>',
  '<p>Moscow</p>',
  '<p><strong>Sergey Lavrov:</strong> Good afternoon. We have held talks on the full range of issues.</p>',
  '<p><strong>Question</strong>: What about',
  'the grain deal?</p>',
  '<p><b>Sergey Lavrov</b>: It is over.<br>We said so.</p>',
  '</article>',
  '<footer>© Ministry. All rights reserved.</footer>',
  '</body></html>',
].join('\n');

describe('saved web pages', () => {
  it('are recognised by their content, pages and fragments alike, whatever the file is called', () => {
    assert.ok(looksLikeHtml(PAGE));
    assert.ok(looksLikeHtml('<p>Question: Why?</p>\n<p>Answer: Because.</p>\n<p>Question: When?</p>\n<p>Answer: Now.</p>'));
    assert.ok(!looksLikeHtml('Question: Why <b>now</b>?\nAnswer: Because.\n'));
  });

  it('read as the main text, without scripts, menus or footers, every block mapped to its lines', () => {
    const page = htmlToLines(PAGE);
    assert.ok(!page.lines.some((l) => /Home|not text|rights reserved/.test(l)), page.lines.join('\n'));
    const t = new TranscriptParser().parse(PAGE, { fileName: 'page.html' });
    assert.equal(t.title, 'Foreign Minister Sergey Lavrov’s remarks and answers to media questions');
    assert.equal(t.date, '2024-03-12');
    assert.equal(t.place, 'Moscow');
    assert.deepEqual(t.speakers, ['Sergey Lavrov']);
    assert.equal(t.lineCount, PAGE.split('\n').length);
    const [opening, exchange] = t.sections;
    assert.deepEqual(opening.range, { start: 8, end: 8 });
    assert.deepEqual(exchange.turns.map((u) => [u.role, u.label, u.range.start, u.range.end]), [
      ['question', 'Question', 9, 10],
      ['answer', 'Sergey Lavrov', 11, 11],
    ]);
    assert.equal(exchange.turns[0].paragraphs[0].text, 'What about the grain deal?');
    assert.deepEqual(exchange.turns[1].paragraphs.map((p) => p.text), ['It is over.', 'We said so.']);
  });
});

describe('labels across tags, and pages without a document around them', () => {
  it('reads a label split over several tags, and a fragment saved as .txt', () => {
    const fragment = [
      '<p><b>Sergey</b> <b>Lavrov</b><b>:</b> Good afternoon. We have held talks.</p>',
      '<p><strong>Question</strong><strong>:</strong> What next?</p>',
      '<p><span class="speaker">Sergey Lavrov</span>: We will see.</p>',
      '<p><strong>Question:</strong> And the sanctions?</p>',
      '<p><b>Sergey Lavrov:</b> They are unlawful.</p>',
    ].join('\n');
    const t = new TranscriptParser().parse(fragment, { fileName: 'fragment.txt' });
    assert.deepEqual(t.speakers, ['Sergey Lavrov']);
    assert.deepEqual(t.sections.map((s) => s.turns.map((u) => `${u.role}:${u.speaker ?? '-'}@${u.range.start}`)), [
      ['remarks:Sergey Lavrov@0'],
      ['question:-@1', 'answer:Sergey Lavrov@2'],
      ['question:-@3', 'answer:Sergey Lavrov@4'],
    ]);
  });
});

describe('import', () => {
  it('writes front matter and one paragraph a block with normalised labels, and reads back the same', () => {
    const imported = importTranscript(PAGE, { sourceUrl: 'https://example.org/remarks', retrieved: '2026-11-27' });
    assert.equal(imported.fileName, '2024-03-12-foreign-minister-sergey-lavrovs-remarks-and-answers-to.md');
    assert.match(imported.markdown, /^---\ntitle: Foreign Minister Sergey Lavrov’s remarks and answers to media questions\ndate: '2024-03-12'\nplace: Moscow\nspeakers:\n {2}- Sergey Lavrov\nsource_url: https:\/\/example\.org\/remarks\nretrieved: '2026-11-27'\n/);
    assert.match(imported.markdown, /\n\*\*Question:\*\* What about the grain deal\?\n\n\*\*Sergey Lavrov:\*\* It is over\.\n\nWe said so\.\n/);
    const back = new TranscriptParser().parse(imported.markdown);
    assert.equal(back.title, imported.transcript.title);
    assert.deepEqual(back.speakers, imported.transcript.speakers);
    assert.deepEqual(back.sections.map((s) => s.turns.map((u) => `${u.role}:${u.speaker}`)), imported.transcript.sections.map((s) => s.turns.map((u) => `${u.role}:${u.speaker}`)));
  });

  it('names files by date and slug, and never reuses a taken name', () => {
    assert.equal(slugify('Лавров: ответы на вопросы СМИ'), 'лавров-ответы-на-вопросы-сми');
    assert.equal(slugify('Élysée — conférence de presse'), 'elysee-conference-de-presse');
    const taken = new Set(['a.md', 'a-2.md']);
    assert.equal(freeName('a.md', (n) => taken.has(n)), 'a-3.md');
    assert.equal(freeName('b.md', (n) => taken.has(n)), 'b.md');
  });

  it('fetches a page from a local server, and refuses what is not a page', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      else if (req.url === '/pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF');
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const page = await fetchPage(`${base}/page`);
      assert.ok(page.ok && page.text === PAGE);
      const pdf = await fetchPage(`${base}/pdf`);
      assert.ok(!pdf.ok && /is not a web page \(application\/pdf\)/.test(pdf.reason));
      const missing = await fetchPage(`${base}/missing`);
      assert.ok(!missing.ok && /answered 404/.test(missing.reason));
      const notUrl = await fetchPage('file:///etc/passwd');
      assert.ok(!notUrl.ok && /not a web address/.test(notUrl.reason));
    } finally {
      server.close();
    }
  });
});
