// The page of the study panels (concordance, trends, collocates, keywords). It draws what the
// extension computed: a virtualised concordance, a uPlot chart with its table, sortable tables.
// It loads nothing remote; colours and fonts are the theme's (--vscode-*).
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './study.css';
import type { ConcordanceLine, TrendSeries } from '../core/study/corpusStudy';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const kind = document.body.dataset.kind as 'concordance' | 'trends' | 'collocates' | 'keywords';
const app = document.getElementById('app')!;

type Params = Record<string, unknown>;
interface State {
  params: Params;
  result?: unknown;
}

let state: State = (vscode.getState() as State | undefined) ?? { params: {} };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function save(result?: unknown): void {
  // A very long concordance is not kept in the page's state: it is computed again when shown.
  const keep = result !== undefined && !(kind === 'concordance' && ((result as { lines: unknown[] }).lines?.length ?? 0) > 5000);
  state = { params: state.params, ...(keep ? { result } : {}) };
  vscode.setState(state);
}

// ---------------------------------------------------------------------------------------------
// The form at the top of each panel

interface Field {
  name: string;
  label: string;
  type: 'text' | 'number' | 'select' | 'checkbox';
  options?: [string, string][];
  placeholder?: string;
  wide?: boolean;
}

const FIELDS: Record<typeof kind, Field[]> = {
  concordance: [
    { name: 'query', label: 'Query', type: 'text', placeholder: 'word, "a phrase", a | b, !not, @sco, speaker:lavrov', wide: true },
    {
      name: 'sort',
      label: 'Sort by',
      type: 'select',
      options: [
        ['corpus', 'transcript order'],
        ['left1', '1st word left'],
        ['left2', '2nd word left'],
        ['left3', '3rd word left'],
        ['right1', '1st word right'],
        ['right2', '2nd word right'],
        ['right3', '3rd word right'],
        ['date', 'date'],
        ['speaker', 'speaker'],
        ['transcript', 'transcript title'],
      ],
    },
    { name: 'from', label: 'From', type: 'text', placeholder: '2019' },
    { name: 'to', label: 'To', type: 'text', placeholder: '2024-06' },
    { name: 'publisher', label: 'Publisher', type: 'text', placeholder: 'state.gov' },
    { name: 'stem', label: 'Stems', type: 'checkbox' },
  ],
  trends: [
    { name: 'terms', label: 'Terms', type: 'text', placeholder: 'sanctions, "multipolar world", @sco', wide: true },
    {
      name: 'by',
      label: 'Per',
      type: 'select',
      options: [
        ['year', 'year'],
        ['month', 'month'],
      ],
    },
    {
      name: 'split',
      label: 'Split by',
      type: 'select',
      options: [
        ['', 'nothing'],
        ['speaker', 'speaker'],
        ['publisher', 'publisher'],
      ],
    },
    { name: 'stem', label: 'Stems', type: 'checkbox' },
  ],
  collocates: [
    { name: 'term', label: 'Term', type: 'text', placeholder: 'sanctions', wide: true },
    { name: 'window', label: 'Window ±', type: 'number' },
    { name: 'min', label: 'At least', type: 'number' },
    { name: 'stem', label: 'Stems', type: 'checkbox' },
  ],
  keywords: [
    {
      name: 'by',
      label: 'Part',
      type: 'select',
      options: [
        ['speaker', 'speaker'],
        ['period', 'year or month'],
        ['publisher', 'publisher'],
        ['folder', 'folder'],
      ],
    },
    { name: 'value', label: 'Which', type: 'text', wide: true },
    { name: 'min', label: 'At least', type: 'number' },
    { name: 'stem', label: 'Stems', type: 'checkbox' },
  ],
};

const form = el('form', { class: 'form', 'aria-label': `${kind} settings` });
const status = el('p', { class: 'status', role: 'status' });
const exportBar = el('div', { class: 'exports', role: 'toolbar', 'aria-label': 'Export' });
const body = el('div', { class: 'body' });

function paramsFromForm(): Params {
  const params: Params = {};
  for (const f of FIELDS[kind]) {
    const input = form.elements.namedItem(f.name) as HTMLInputElement | HTMLSelectElement | null;
    if (!input) continue;
    if (f.type === 'checkbox') params[f.name] = (input as HTMLInputElement).checked;
    else if (f.name === 'terms')
      params.terms = input.value
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
    else if (input.value !== '') params[f.name] = f.type === 'number' ? Number(input.value) : input.value;
  }
  return params;
}

function fillForm(params: Params): void {
  for (const f of FIELDS[kind]) {
    const input = form.elements.namedItem(f.name) as HTMLInputElement | HTMLSelectElement | null;
    if (!input) continue;
    const value = params[f.name];
    if (f.type === 'checkbox') (input as HTMLInputElement).checked = value === true;
    else if (f.type === 'select') (input as HTMLSelectElement).value = f.options?.some(([v]) => v === value) ? String(value) : (f.options?.[0]?.[0] ?? '');
    else input.value = Array.isArray(value) ? value.join(', ') : value === undefined || value === null ? '' : String(value);
  }
}

function buildForm(): void {
  for (const f of FIELDS[kind]) {
    const id = `field-${f.name}`;
    let input: HTMLInputElement | HTMLSelectElement;
    if (f.type === 'select') {
      input = el('select', { id, name: f.name });
      for (const [value, label] of f.options ?? []) input.append(el('option', { value }, label));
    } else input = el('input', { id, name: f.name, type: f.type, ...(f.placeholder ? { placeholder: f.placeholder } : {}), ...(f.type === 'number' ? { min: '0' } : {}) });
    form.append(el('label', { for: id, class: f.wide ? 'wide' : '' }, f.label, input));
  }
  form.append(el('button', { type: 'submit' }, 'Run'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state.params = paramsFromForm();
    vscode.setState(state);
    vscode.postMessage({ type: 'run', params: state.params });
  });
}

function exportButton(label: string, format: 'csv' | 'png' | 'svg', content: () => string): void {
  const button = el('button', { type: 'button' }, label);
  button.addEventListener('click', () => vscode.postMessage({ type: 'export', format, content: content() }));
  exportBar.append(button);
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows: unknown[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

// ---------------------------------------------------------------------------------------------
// Concordance: a virtualised list, one row per hit, the match in a column of its own

const ROW_HEIGHT = 24;

function renderConcordance(result: { total: number; lines: ConcordanceLine[] }): void {
  const lines = result.lines;
  status.textContent = `${result.total.toLocaleString('en')} hit${result.total === 1 ? '' : 's'}${lines.length < result.total ? `; the first ${lines.length.toLocaleString('en')} are listed` : ''}. Enter or a click opens the transcript there.`;
  exportButton('Export CSV', 'csv', () => csv([['file', 'line', 'character', 'left', 'match', 'right', 'speaker', 'role', 'date', 'publisher', 'title'], ...lines.map((l) => [l.file, l.line + 1, l.character + 1, l.left, l.match, l.right, l.speaker, l.role, l.date, l.publisher, l.title])]));
  const viewport = el('div', { class: 'kwic', role: 'listbox', tabindex: '0', 'aria-label': `Concordance: ${result.total} hits` });
  const spacer = el('div', { class: 'spacer' });
  spacer.style.height = `${lines.length * ROW_HEIGHT}px`;
  viewport.append(spacer);
  body.append(viewport);
  let active = 0;
  const open = (i: number) => {
    const l = lines[i];
    if (l) vscode.postMessage({ type: 'open', file: l.file, line: l.line, character: l.character, length: l.length });
  };
  const draw = () => {
    const first = Math.max(0, Math.floor(viewport.scrollTop / ROW_HEIGHT) - 5);
    const last = Math.min(lines.length, first + Math.ceil(viewport.clientHeight / ROW_HEIGHT) + 10);
    spacer.replaceChildren();
    for (let i = first; i < last; i++) {
      const l = lines[i];
      const row = el(
        'div',
        { class: `row${i === active ? ' active' : ''}`, role: 'option', id: `hit-${i}`, 'aria-selected': String(i === active), 'aria-label': `${l.left} ${l.match} ${l.right} — ${l.speaker ?? 'unknown speaker'}, ${l.date ?? 'undated'}` },
        el('span', { class: 'left' }, el('bdi', {}, l.left)),
        el('span', { class: 'match' }, l.match),
        el('span', { class: 'right' }, l.right),
        el('span', { class: 'meta' }, [l.speaker ?? '—', l.date ?? 'undated'].join(' · ')),
      );
      row.style.top = `${i * ROW_HEIGHT}px`;
      row.title = `${l.title} — line ${l.line + 1}`;
      row.addEventListener('click', () => {
        active = i;
        open(i);
        draw();
      });
      spacer.append(row);
    }
    viewport.setAttribute('aria-activedescendant', `hit-${active}`);
  };
  viewport.addEventListener('scroll', () => requestAnimationFrame(draw));
  viewport.addEventListener('keydown', (e) => {
    const page = Math.max(1, Math.floor(viewport.clientHeight / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -lines.length, End: lines.length };
    if (e.key === 'Enter') {
      open(active);
      e.preventDefault();
      return;
    }
    if (!(e.key in moves)) return;
    e.preventDefault();
    active = Math.max(0, Math.min(lines.length - 1, active + moves[e.key]));
    const top = active * ROW_HEIGHT;
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (top + ROW_HEIGHT > viewport.scrollTop + viewport.clientHeight) viewport.scrollTop = top + ROW_HEIGHT - viewport.clientHeight;
    draw();
  });
  new ResizeObserver(draw).observe(viewport);
  draw();
}

// ---------------------------------------------------------------------------------------------
// Trends: a line chart of hits per million words, with the raw counts on hover and in a table

const PALETTE = ['--vscode-charts-blue', '--vscode-charts-orange', '--vscode-charts-green', '--vscode-charts-red', '--vscode-charts-purple', '--vscode-charts-yellow', '--vscode-charts-foreground'];
const cssVar = (name: string, fallback: string) => getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
const seriesName = (s: TrendSeries) => (s.group ? `${s.term} (${s.group})` : s.term);

function renderTrends(result: { series: TrendSeries[]; periods: string[] }): void {
  const { series, periods } = result;
  const undated = series.reduce((n, s) => n + s.undated.hits, 0);
  status.textContent = periods.length ? `Hits per million words said, per ${String(state.params.by ?? 'year')}${undated ? `; ${undated} hits in undated transcripts are not shown` : ''}.` : 'No dated transcript in the corpus.';
  const colours = series.map((_, i) => cssVar(PALETTE[i % PALETTE.length], '#3794ff'));
  const chartBox = el('figure', { class: 'chart', role: 'img', 'aria-label': `Line chart: ${series.map((s) => `${seriesName(s)}, ${s.buckets.map((b) => `${b.period} ${b.perMillion} per million`).join(', ')}`).join('; ')}` });
  body.append(chartBox);
  const foreground = cssVar('--vscode-editor-foreground', '#ccc');
  const grid = cssVar('--vscode-editorWidget-border', '#555');
  const data: uPlot.AlignedData = [periods.map((_, i) => i), ...series.map((s) => s.buckets.map((b) => b.perMillion))];
  let plot: uPlot | undefined;
  if (periods.length) {
    plot = new uPlot(
      {
        width: Math.max(320, body.clientWidth - 8),
        height: 280,
        scales: { x: { time: false } },
        axes: [
          { stroke: foreground, grid: { stroke: grid, width: 0.5 }, ticks: { stroke: grid }, values: (_u, ticks) => ticks.map((t) => periods[t] ?? ''), incrs: [1, 2, 3, 6, 12, 24] },
          { stroke: foreground, grid: { stroke: grid, width: 0.5 }, ticks: { stroke: grid }, size: 60 },
        ],
        series: [
          { label: 'period', value: (_u, v) => (v === null ? '' : (periods[v] ?? '')) },
          ...series.map((s, i) => ({
            label: seriesName(s),
            stroke: colours[i],
            width: 2,
            points: { show: true, size: 6 },
            // The raw counts beside the rate, as the legend shows them on hover.
            value: (_u: uPlot, v: number | null, _si: number, idx: number | null) => (idx === null || v === null ? '' : `${v} per million (${s.buckets[idx].hits} in ${s.buckets[idx].words.toLocaleString('en')} words)`),
          })),
        ],
        legend: { live: true },
        cursor: { drag: { x: false, y: false } },
      },
      data,
      chartBox,
    );
    new ResizeObserver(() => plot?.setSize({ width: Math.max(320, body.clientWidth - 8), height: 280 })).observe(body);
  }
  const table = el('table', { class: 'data' }, el('caption', {}, 'Hits, words and hits per million words, by period'));
  const head = el('tr', {}, el('th', { scope: 'col' }, 'Period'));
  for (const s of series) head.append(el('th', { scope: 'col' }, seriesName(s)));
  table.append(el('thead', {}, head));
  const tbody = el('tbody');
  periods.forEach((period, i) => {
    const row = el('tr', {}, el('th', { scope: 'row' }, period));
    for (const s of series) {
      const b = s.buckets[i];
      row.append(el('td', { title: `${b.hits} hits in ${b.words.toLocaleString('en')} words` }, `${b.perMillion.toLocaleString('en')} (${b.hits}/${b.words.toLocaleString('en')})`));
    }
    tbody.append(row);
  });
  table.append(tbody);
  body.append(table);
  exportButton('Export CSV', 'csv', () => csv([['term', 'group', 'period', 'hits', 'words', 'per_million'], ...series.flatMap((s) => s.buckets.map((b) => [s.term, s.group ?? '', b.period, b.hits, b.words, b.perMillion]))]));
  if (plot) {
    const chart = plot;
    exportButton('Export PNG', 'png', () => {
      // The plot's canvas with a background, so that the image reads outside the editor's theme too.
      const canvas = document.createElement('canvas');
      canvas.width = chart.ctx.canvas.width;
      canvas.height = chart.ctx.canvas.height;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = cssVar('--vscode-editor-background', '#1e1e1e');
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(chart.ctx.canvas, 0, 0);
      return canvas.toDataURL('image/png');
    });
    exportButton('Export SVG', 'svg', () => trendsSvg(series, periods, colours, foreground));
  }
}

/** The chart as an SVG document of its own: lines, points, axes, labels and a legend. */
function trendsSvg(series: TrendSeries[], periods: string[], colours: string[], foreground: string): string {
  const w = 800;
  const h = 400;
  const m = { left: 70, right: 20, top: 20, bottom: 60 };
  const max = Math.max(1, ...series.flatMap((s) => s.buckets.map((b) => b.perMillion)));
  const x = (i: number) => m.left + (periods.length <= 1 ? 0 : (i * (w - m.left - m.right)) / (periods.length - 1));
  const y = (v: number) => h - m.bottom - (v / max) * (h - m.top - m.bottom);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="sans-serif" font-size="12">`, `<title>${esc(series.map(seriesName).join(', '))}: hits per million words</title>`];
  parts.push(`<line x1="${m.left}" y1="${h - m.bottom}" x2="${w - m.right}" y2="${h - m.bottom}" stroke="${foreground}"/>`, `<line x1="${m.left}" y1="${m.top}" x2="${m.left}" y2="${h - m.bottom}" stroke="${foreground}"/>`);
  for (let k = 0; k <= 4; k++) {
    const v = (max * k) / 4;
    parts.push(`<text x="${m.left - 6}" y="${y(v) + 4}" text-anchor="end" fill="${foreground}">${Math.round(v).toLocaleString('en')}</text>`);
  }
  const step = Math.max(1, Math.ceil(periods.length / 12));
  periods.forEach((p, i) => {
    if (i % step === 0) parts.push(`<text x="${x(i)}" y="${h - m.bottom + 18}" text-anchor="middle" fill="${foreground}">${esc(p)}</text>`);
  });
  series.forEach((s, si) => {
    const points = s.buckets.map((b, i) => `${x(i).toFixed(1)},${y(b.perMillion).toFixed(1)}`).join(' ');
    parts.push(`<polyline fill="none" stroke="${colours[si]}" stroke-width="2" points="${points}"/>`);
    s.buckets.forEach((b, i) => parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(b.perMillion).toFixed(1)}" r="3" fill="${colours[si]}"><title>${esc(`${seriesName(s)} ${b.period}: ${b.perMillion} per million (${b.hits} in ${b.words} words)`)}</title></circle>`));
    parts.push(`<rect x="${m.left + si * 160}" y="${h - 24}" width="12" height="12" fill="${colours[si]}"/><text x="${m.left + si * 160 + 18}" y="${h - 14}" fill="${foreground}">${esc(seriesName(s))}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Collocates and keywords: sortable tables whose rows open a concordance

interface Column<T> {
  key: keyof T & string;
  label: string;
  numeric?: boolean;
}

function sortableTable<T extends Record<string, unknown>>(caption: string, rows: T[], columns: Column<T>[], initial: keyof T & string, concordanceOf: (row: T) => string): void {
  let sortKey = initial;
  let descending = true;
  const table = el('table', { class: 'data sortable' });
  table.append(el('caption', {}, caption));
  const tbody = el('tbody');
  const headRow = el('tr');
  const draw = () => {
    const sorted = [...rows].sort((a, b) => {
      const x = a[sortKey];
      const y = b[sortKey];
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return descending ? -c : c;
    });
    tbody.replaceChildren(
      ...sorted.map((row) => {
        const tr = el('tr', { tabindex: '0', title: `Concordance of ${concordanceOf(row)}` });
        for (const c of columns) tr.append(el(c.key === columns[0].key ? 'th' : 'td', c.key === columns[0].key ? { scope: 'row' } : { class: 'num' }, typeof row[c.key] === 'number' ? (row[c.key] as number).toLocaleString('en', { maximumFractionDigits: 2 }) : String(row[c.key])));
        const open = () => vscode.postMessage({ type: 'concordance', query: concordanceOf(row) });
        tr.addEventListener('click', open);
        tr.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            open();
          } else if (e.key === 'ArrowDown') (tr.nextElementSibling as HTMLElement | null)?.focus();
          else if (e.key === 'ArrowUp') (tr.previousElementSibling as HTMLElement | null)?.focus();
        });
        return tr;
      }),
    );
    for (const th of headRow.children) {
      const key = (th as HTMLElement).dataset.key;
      th.setAttribute('aria-sort', key === sortKey ? (descending ? 'descending' : 'ascending') : 'none');
    }
  };
  for (const c of columns) {
    const button = el('button', { type: 'button' }, c.label);
    button.addEventListener('click', () => {
      descending = sortKey === c.key ? !descending : c.numeric !== false;
      sortKey = c.key;
      draw();
    });
    const th = el('th', { scope: 'col', 'data-key': c.key }, button);
    headRow.append(th);
  }
  table.append(el('thead', {}, headRow), tbody);
  body.append(table);
  draw();
  exportButton('Export CSV', 'csv', () => csv([columns.map((c) => c.key), ...rows.map((r) => columns.map((c) => r[c.key]))]));
}

function renderCollocates(result: { node: string; nodeFrequency: number; corpusWords: number; collocates: { word: string; together: number; frequency: number; llr: number; mi: number; tscore: number }[] }): void {
  status.textContent = `"${result.node}": ${result.nodeFrequency} hits in ${result.corpusWords.toLocaleString('en')} words; ${result.collocates.length} collocates. A row opens their concordance.`;
  const node = result.node;
  sortableTable(
    `Collocates of ${node}`,
    result.collocates,
    [
      { key: 'word', label: 'Word', numeric: false },
      { key: 'together', label: 'Together' },
      { key: 'frequency', label: 'In corpus' },
      { key: 'llr', label: 'Log-likelihood' },
      { key: 'mi', label: 'MI' },
      { key: 'tscore', label: 't-score' },
    ],
    'llr',
    (row) => `${node} ${row.word}`,
  );
}

function renderKeywords(result: { targetWords: number; referenceWords: number; keywords: { word: string; target: number; reference: number; llr: number; logRatio: number }[] }): void {
  status.textContent = `${result.keywords.length} keywords: ${result.targetWords.toLocaleString('en')} words against ${result.referenceWords.toLocaleString('en')} in the rest of the corpus. A row opens its concordance.`;
  sortableTable(
    'Keywords',
    result.keywords,
    [
      { key: 'word', label: 'Word', numeric: false },
      { key: 'target', label: 'In the part' },
      { key: 'reference', label: 'In the rest' },
      { key: 'llr', label: 'Log-likelihood' },
      { key: 'logRatio', label: 'Log ratio' },
    ],
    'llr',
    (row) => `'${row.word}`,
  );
}

// ---------------------------------------------------------------------------------------------

function render(result: unknown): void {
  body.replaceChildren();
  exportBar.replaceChildren();
  switch (kind) {
    case 'concordance':
      return renderConcordance(result as Parameters<typeof renderConcordance>[0]);
    case 'trends':
      return renderTrends(result as Parameters<typeof renderTrends>[0]);
    case 'collocates':
      return renderCollocates(result as Parameters<typeof renderCollocates>[0]);
    case 'keywords':
      return renderKeywords(result as Parameters<typeof renderKeywords>[0]);
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = event.data as { type: string; params?: Params; result?: unknown; message?: string };
  if (message.type === 'busy') {
    status.textContent = 'Working…';
    document.body.setAttribute('aria-busy', 'true');
  } else if (message.type === 'result') {
    document.body.removeAttribute('aria-busy');
    state.params = message.params ?? state.params;
    fillForm(state.params);
    save(message.result);
    render(message.result);
  } else if (message.type === 'error') {
    document.body.removeAttribute('aria-busy');
    status.textContent = message.message ?? 'The study could not be run.';
  }
});

buildForm();
app.append(form, status, exportBar, body);
fillForm(state.params);
if (state.result !== undefined) render(state.result);
else if (Object.keys(state.params).length) vscode.postMessage({ type: 'run', params: state.params });
vscode.postMessage({ type: 'ready' });
