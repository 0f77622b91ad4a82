// Coded segments as a table, for spreadsheets and R or Python: one row a coded passage.

/** One row of the CSV export of coded segments. */
export interface CodedSegmentRow {
  code: string;
  file: string;
  speaker: string | null;
  date: string | null;
  text: string;
  memo?: string;
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Coded segments as CSV (RFC 4180): code, file, speaker, date, text, memo. */
export function codedSegmentsCsv(rows: readonly CodedSegmentRow[]): string {
  const lines = [['code', 'file', 'speaker', 'date', 'text', 'memo'].join(',')];
  for (const r of rows) lines.push([r.code, r.file, r.speaker ?? '', r.date ?? '', r.text, r.memo ?? ''].map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
