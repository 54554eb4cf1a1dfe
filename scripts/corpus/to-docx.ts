import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/**
 * A corpus text as a reviewer would receive it in Word: lines holding `|` become the rows of a Word table
 * (cells split at `|`, consecutive rows one table), other lines paragraphs. Lines of nothing but `|`
 * (the cell boundaries of a table flattened one cell per line) carry no text and are left out. The text
 * goes in exactly as retrieved, not normalised: reading it back is the audit's job.
 */
export function corpusTextBlocks(
  text: string,
): Array<{ kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] }> {
  const out: Array<{ kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] }> = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length > 0) out.push({ kind: 'table', rows });
    rows = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.includes('|')) {
      const cells = line
        .trim()
        .replace(/^\|/, '')
        .split('|')
        .map((c) => c.trim());
      while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
      if (cells.some((c) => c !== '')) rows.push(cells);
      continue;
    }
    flush();
    if (line.trim() !== '') out.push({ kind: 'paragraph', text: line.trim() });
  }
  flush();
  return out;
}

const FONT = 'Noto Sans CJK SC';
const run = (text: string) => new Paragraph({ children: [new TextRun({ text, font: FONT })] });

export async function corpusTextToDocx(text: string): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  for (const b of corpusTextBlocks(text)) {
    if (b.kind === 'paragraph') {
      children.push(run(b.text));
      continue;
    }
    const cols = Math.max(...b.rows.map((r) => r.length));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: b.rows.map(
          (r) =>
            new TableRow({
              children: Array.from(
                { length: cols },
                (_, i) =>
                  new TableCell({
                    width: { size: Math.floor(100 / cols), type: WidthType.PERCENTAGE },
                    children: [run(r[i] ?? '')],
                  }),
              ),
            }),
        ),
      }),
      new Paragraph({ children: [] }),
    );
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
