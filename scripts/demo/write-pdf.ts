// A minimal one-page PDF showing a JPEG (DCTDecode needs no re-encoding), for the demo of
// classifying what the browser's PDF viewer shows. Just enough of PDF 1.4: catalog,
// pages, page, image XObject, content stream, cross-reference table.
export function jpegToPdf(jpeg: Buffer, width: number, height: number, caption: string): Buffer {
  const margin = 36;
  const pageW = width * 0.5 + 2 * margin; // shown at half size: 1 image pixel = 0.5 pt
  const pageH = height * 0.5 + 2 * margin + 24;
  const text = caption.replace(/[()\\]/g, '\\$&');
  const content = `q ${width * 0.5} 0 0 ${height * 0.5} ${margin} ${margin} cm /Im1 Do Q\nBT /F1 11 Tf ${margin} ${pageH - margin + 4} Td (${text}) Tj ET\n`;
  const objects: (string | Buffer)[][] = [
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    [`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageW} ${pageH}] /Resources << /XObject << /Im1 4 0 R >> /Font << /F1 6 0 R >> >> /Contents 5 0 R >>`],
    [`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`, jpeg, '\nendstream'],
    [`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}endstream`],
    ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'],
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((obj, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), ...obj.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)), Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}
