/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF line ends, an optional leading
 * byte-order mark) into rows of fields. A line end after the last record adds no empty row.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  // Whether the current record has begun, so a final record without a line end is kept.
  let begun = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source.charAt(index);
    if (quoted) {
      if (char !== '"') field += char;
      else if (source.charAt(index + 1) === '"') {
        field += '"';
        index += 1;
      } else quoted = false;
      continue;
    }
    if (char === '\r' || char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      begun = false;
      if (char === '\r' && source.charAt(index + 1) === '\n') index += 1;
      continue;
    }
    begun = true;
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else field += char;
  }
  if (begun) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
