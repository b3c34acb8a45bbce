/** RFC 4180 CSV: CRLF line ends, fields with a comma, quote, CR or LF quoted, quotes doubled. */
export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading =, +, - or @ would make spreadsheets run the field as a formula (CSV
  // injection, OWASP); page titles and URLs come from arbitrary web pages.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
