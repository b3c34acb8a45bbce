/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`; throws when the markers are missing. */
export function fillBlock(doc: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`no ${name} block`);
  return `${doc.slice(0, a + start.length)}\n${body}\n${doc.slice(b)}`;
}
