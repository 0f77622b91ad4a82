// A saved web page read as its main text: one block (paragraph, heading, list item, a run of text
// between <br>s) a line, each line mapped back to the lines of the page, so that the tree and
// search open the right place in the HTML file.

import { Parser } from 'htmlparser2';
import { collapseSpaces, isCollapsedSpace } from '../text';
import { findDate } from './dates';
import { lineAt, lineStarts } from './lines';

export interface HtmlLines {
  /** The page's main text, one block a line. */
  lines: string[];
  /** For each of those lines, the 0-based line of the page where its text starts and ends. */
  startLine: number[];
  endLine: number[];
  sourceLineCount: number;
  meta: { title: string | null; date: string | null; sourceUrl: string | null };
}

const DOCUMENT_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<!--[\s\S]*?-->\s*<(?:!doctype|html|head|body|div|p|article|main|section|h[1-6])[\s>])/i;
const BLOCK_TAG = /<\/?(?:p|div|br|h[1-6]|article|section|main|li|ul|ol|table|tr|td|blockquote|span|strong|b|em|i|a)\b[^>]*>/gi;

/** How much of a text `looksLikeHtml` reads. */
export const HTML_SAMPLE_CHARS = 65536;

/** A page or a page fragment, whatever the file is called: tags on enough of its lines. */
export function looksLikeHtml(text: string): boolean {
  const sample = text.slice(0, HTML_SAMPLE_CHARS);
  // Every test below needs a tag.
  if (!sample.includes('<')) return false;
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  if (DOCUMENT_START.test(head)) return true;
  const tags = sample.match(BLOCK_TAG)?.length ?? 0;
  if (tags < 4) return false;
  const lines = sample.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const tagged = lines.filter((l) => /<\/?(?:p|div|br|h[1-6]|li|td|article|section|blockquote)\b[^>]*>/i.test(l)).length;
  return tagged / Math.max(1, lines.length) >= 0.3;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'option', 'input', 'textarea', 'head', 'menu', 'object', 'embed', 'canvas', 'video', 'audio', 'figure', 'picture', 'img']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'tr', 'td', 'th', 'table', 'section', 'article', 'main', 'header', 'dd', 'dt', 'dl', 'pre', 'center', 'address', 'hr', 'br', 'body', 'tbody', 'thead', 'caption', 'figcaption']);
const FURNITURE = /^(?:nav|navbar|navigation|menu|menubar|footer|sidebar|side-bar|breadcrumbs?|crumbs|share|sharing|social|cookies?|banner|related|comments?|advert|ads|promo|subscribe|newsletter|skip|lang|langs|language|languages|search|pagination|pager|toolbar|print|modal|popup|tags|widget|masthead|topbar|topline|site-header|tooltip|small_tooltip|hidden|visually-hidden|sr-only|screen-reader-text)(?:$|[_-])/i;

// An editor's summary above the text (Kremlin's "read__lead", a news site's standfirst) is not the transcript.
const LEAD = /(?:^|\s)(?:[\w-]*__)?(?:lead|standfirst|entry-summary|summary|dek|subtitle|teaser)(?:$|\s)/i;

/** The page as a light tree with each node's offsets in the source: all that reading it needs. */
interface Element {
  type: 'tag';
  name: string;
  attribs: Record<string, string>;
  children: AnyNode[];
  parent: Element | null;
}

interface TextNode {
  type: 'text';
  data: string;
  startIndex: number;
  endIndex: number;
  parent: Element | null;
}

type AnyNode = Element | TextNode;

/** Parses with htmlparser2's tokenizer-driven parser, which closes tags as browsers do. */
function parseTree(html: string): Element {
  const root: Element = { type: 'tag', name: 'root', attribs: {}, children: [], parent: null };
  let current = root;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const el: Element = { type: 'tag', name, attribs, children: [], parent: current };
        current.children.push(el);
        current = el;
      },
      onclosetag() {
        current = current.parent ?? root;
      },
      ontext(data) {
        const last = current.children[current.children.length - 1];
        // Text arrives in pieces (around entities): one node, from the first piece's start to the last's end.
        if (last?.type === 'text') {
          last.data += data;
          last.endIndex = parser.endIndex;
        } else current.children.push({ type: 'text', data, startIndex: parser.startIndex, endIndex: parser.endIndex, parent: current });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return root;
}

function attr(el: Element, name: string): string {
  return el.attribs?.[name] ?? '';
}

function isElement(node: AnyNode | null | undefined): node is Element {
  return node?.type === 'tag';
}

/** Text in each element's paragraphs: a "complementary" overlay that holds the article is no sidebar. */
let paragraphText = new WeakMap<Element, number>();
let totalParagraphText = 0;

/**
 * A text as `collapseSpaces` would leave it, without the text: its length with each run of spaces one
 * space (not yet trimmed), and whether it starts and ends with such a space. An element's is its
 * children's joined, so each element's text length is known from one pass over the page's text,
 * where choosing the main element made and collapsed every ancestor's whole text again.
 */
interface TextShape {
  length: number;
  startsSpaced: boolean;
  endsSpaced: boolean;
}

const NO_TEXT: TextShape = { length: 0, startsSpaced: false, endsSpaced: false };
const ONE_SPACE: TextShape = { length: 1, startsSpaced: true, endsSpaced: true };

function shapeOfText(text: string): TextShape {
  let length = 0;
  let spaced = false;
  for (let i = 0; i < text.length; i++) {
    if (!isCollapsedSpace(text.charCodeAt(i))) {
      length++;
      spaced = false;
    } else if (!spaced) {
      length++;
      spaced = true;
    }
  }
  return length === 0 ? NO_TEXT : { length, startsSpaced: isCollapsedSpace(text.charCodeAt(0)), endsSpaced: spaced };
}

function joinShapes(a: TextShape, b: TextShape): TextShape {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return { length: a.length + b.length - (a.endsSpaced && b.startsSpaced ? 1 : 0), startsSpaced: a.startsSpaced, endsSpaced: b.endsSpaced };
}

/** Per element of the page being read, the shape of `textOf` it. */
let shapes = new WeakMap<Element, TextShape>();

function shapeOf(node: AnyNode): TextShape {
  if (node.type === 'text') return shapeOfText(node.data);
  if (!isElement(node) || SKIP.has(node.name)) return NO_TEXT;
  let shape = shapes.get(node);
  if (shape === undefined) {
    shape = NO_TEXT;
    node.children.forEach((child, i) => {
      if (i > 0 && node.name === 'br') shape = joinShapes(shape!, ONE_SPACE);
      shape = joinShapes(shape!, shapeOf(child));
    });
    shapes.set(node, shape);
  }
  return shape;
}

/** `collapseSpaces(textOf(el)).length`, from the element's shape. */
function textLength(el: Element): number {
  const { length, startsSpaced, endsSpaced } = shapeOf(el);
  return Math.max(0, length - (startsSpaced ? 1 : 0) - (endsSpaced ? 1 : 0));
}

function measureParagraphs(root: Element): void {
  paragraphText = new WeakMap();
  shapes = new WeakMap();
  const measure = (el: Element): number => {
    let sum = 0;
    for (const child of el.children) {
      if (!isElement(child) || child.name === 'script' || child.name === 'style') continue;
      sum += child.name === 'p' ? textLength(child) : measure(child);
    }
    paragraphText.set(el, sum);
    return sum;
  };
  totalParagraphText = measure(root);
}

function isFurniture(el: Element): boolean {
  if (SKIP.has(el.name)) return true;
  const text = paragraphText.get(el) ?? 0;
  if (text > 1500 && text >= totalParagraphText * 0.5) return false;
  const role = attr(el, 'role');
  if (/^(?:navigation|banner|contentinfo|search|complementary|menu|menubar)$/i.test(role)) return true;
  if ('hidden' in (el.attribs ?? {}) || /display\s*:\s*none/i.test(attr(el, 'style')) || attr(el, 'aria-hidden') === 'true') return true;
  // Class names as BEM writes them ("footer_list", "nav__item"); a wrapper's "hidden-print" is not furniture.
  return `${attr(el, 'class')} ${attr(el, 'id')}`.split(/\s+/).some((token) => FURNITURE.test(token) && !/print$/i.test(token));
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (isElement(node) && !SKIP.has(node.name)) return node.children.map(textOf).join(node.name === 'br' ? ' ' : '');
  return '';
}

function walk(node: AnyNode, visit: (el: Element) => boolean | void): void {
  if (!isElement(node)) return;
  if (visit(node) === false) return;
  for (const child of node.children) walk(child, visit);
}

/**
 * The element that holds the page's text: an <article> or <main> when there is one, else the
 * element whose paragraphs hold the most text (as Firefox's Reader View scores them).
 */
function mainElement(root: Element): Element {
  const articles: Element[] = [];
  walk(root, (el) => {
    if (isFurniture(el)) return false;
    if (el.name === 'article' || el.name === 'main' || attr(el, 'role') === 'main' || attr(el, 'itemprop') === 'articleBody') articles.push(el);
    return undefined;
  });
  const scores = new Map<Element, number>();
  walk(root, (el) => {
    if (isFurniture(el)) return false;
    if (el.name === 'p' || el.name === 'br' || el.name === 'pre' || el.name === 'td' || (el.name === 'div' && el.children.every((c) => !isElement(c) || !BLOCK.has(c.name) || c.name === 'br'))) {
      const length = el.name === 'br' ? 40 : textLength(el);
      if (length < 20) return undefined;
      const parent = el.parent;
      if (parent) scores.set(parent, (scores.get(parent) ?? 0) + length);
      const grand = parent?.parent;
      if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 3);
    }
    return undefined;
  });
  const best = [...scores.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const article = articles.sort((a, b) => textLength(b) - textLength(a))[0];
  let main = article && (!best || textLength(article) >= textLength(best) * 0.8) ? article : (best ?? root);
  // Text just around the chosen element (a title line above the first <p>) still belongs to it.
  for (;;) {
    const parent = main.parent;
    if (!parent || parent === main || textLength(parent) > textLength(main) * 1.15 + 300) break;
    main = parent;
    if (main === root) break;
  }
  return main;
}

interface Block {
  text: string[];
  start: number;
  end: number;
  heading: number;
  /** Characters of the block inside links: a block of links only is navigation. */
  linked: number;
}

/** Blocks of text under an element, broken at block-level tags and <br>. */
function blocksOf(root: Element, into: Block[]): void {
  let current: Block | null = null;
  const flush = () => {
    const text = current ? collapseSpaces(current.text.join('')) : '';
    // A block that is all links (a menu, a list of other briefings) is the site's, not the text's.
    if (current && text !== '' && !(current.linked > 0 && current.linked >= text.replace(/\s/g, '').length * 0.8 && current.heading === 0)) {
      // Its text as collapsed, which reads the same collapsed again.
      current.text = [text];
      into.push(current);
    }
    current = null;
  };
  let inLink = 0;
  const visit = (node: AnyNode, heading: number) => {
    if (node.type === 'text') {
      const data = node.data;
      if (data.trim() === '' && !current) return;
      current ??= { text: [], start: node.startIndex, end: node.endIndex, heading, linked: 0 };
      current.text.push(data);
      if (inLink > 0) current.linked += data.replace(/\s/g, '').length;
      current.end = node.endIndex;
      return;
    }
    if (!isElement(node) || isFurniture(node) || LEAD.test(`${attr(node, 'class')} ${attr(node, 'id')}`)) return;
    const block = BLOCK.has(node.name);
    const level = /^h([1-6])$/.exec(node.name);
    if (block) flush();
    if (node.name === 'a') inLink++;
    for (const child of node.children) visit(child, level ? Number(level[1]) : heading);
    if (node.name === 'a') inLink--;
    if (block) flush();
  };
  visit(root, 0);
  flush();
}

function metaContent(root: Element, ...names: string[]): string | null {
  let found: string | null = null;
  walk(root, (el) => {
    if (found) return false;
    if (el.name === 'meta' && names.includes((attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop')).toLowerCase())) found = attr(el, 'content') || null;
    return undefined;
  });
  return found;
}

/** Reads a saved page (or a fragment of one) as its main text, keeping where each block stands. */
export function htmlToLines(html: string): HtmlLines {
  const root = parseTree(html);
  measureParagraphs(root);

  // Where each line of the page starts, to turn offsets into lines.
  const starts = lineStarts(html);
  const lineOf = (offset: number) => lineAt(starts, offset);

  let pageTitle: string | null = null;
  let h1: Block | null = null;
  let dateBlock: Block | null = null;
  let timeDate: string | null = null;
  walk(root, (el) => {
    if (el.name === 'title' && pageTitle === null) pageTitle = collapseSpaces(textOf(el)) || null;
    if (el.name === 'time' && timeDate === null) timeDate = findDate(attr(el, 'datetime'))?.iso ?? findDate(collapseSpaces(textOf(el)))?.iso ?? null;
    if (isFurniture(el) && el.name !== 'head') return false;
    if (el.name === 'h1' && !h1) {
      const blocks: Block[] = [];
      blocksOf(el, blocks);
      if (blocks[0]) h1 = { ...blocks[0], text: [blocks.map((b) => collapseSpaces(b.text.join(''))).join(' ')], heading: 1, linked: 0 };
    }
    // A page's date element: <span class="date">2024-03-12</span>, <div class="time">…
    if (!dateBlock && /(?:^|[\s_-])(?:date|time|pubdate|published|datetime|data)(?:$|[\s_-])/i.test(`${attr(el, 'class')} ${attr(el, 'id')}`)) {
      const text = collapseSpaces(textOf(el));
      if (text.length <= 80 && findDate(text)) {
        const blocks: Block[] = [];
        blocksOf(el, blocks);
        if (blocks[0]) dateBlock = { ...blocks[0], text: [text], heading: 0, linked: 0 };
      }
    }
    return undefined;
  });

  const main = mainElement(root);
  const blocks: Block[] = [];
  blocksOf(main, blocks);
  // The title and date often stand above the text's container: put them first, where they stand.
  const first = blocks[0]?.start ?? Number.MAX_SAFE_INTEGER;
  const titleBlock = h1 as Block | null;
  const date = dateBlock as Block | null;
  if (date && !blocks.some((b) => b.start === date.start) && date.start < first) blocks.unshift(date);
  if (titleBlock && !blocks.some((b) => b.start === titleBlock.start) && titleBlock.start < (blocks[0]?.start ?? first)) blocks.unshift(titleBlock);

  const sourceComment = /<!--\s*source(?:_url|url|)\s*:\s*(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1] ?? null;
  const sourceUrl = sourceComment ?? metaContent(root, 'og:url') ?? null;
  const metaDate = metaContent(root, 'article:published_time', 'date', 'dc.date', 'datepublished', 'pubdate', 'publishdate');
  const lines: string[] = [];
  const startLine: number[] = [];
  const endLine: number[] = [];
  for (const block of blocks) {
    const text = collapseSpaces(block.text.join(''));
    // The parser reads headings as headings, and nothing else as Markdown syntax.
    lines.push(block.heading > 0 ? `${'#'.repeat(block.heading)} ${text}` : text.replace(/^([#>])/, '\\$1'));
    startLine.push(lineOf(block.start));
    endLine.push(lineOf(Math.max(block.start, block.end)));
  }
  return {
    lines,
    startLine,
    endLine,
    sourceLineCount: starts.length,
    meta: {
      title: titleBlock ? null : pageTitle,
      date: (metaDate ? findDate(metaDate)?.iso : null) ?? timeDate,
      sourceUrl: sourceUrl && /^https?:\/\//i.test(sourceUrl) ? sourceUrl : null,
    },
  };
}
