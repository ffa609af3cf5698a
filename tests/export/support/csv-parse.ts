// A small RFC 4180 reader for the CSV tests (quoted fields, doubled quotes, line breaks inside
// quotes). Returns each field with whether it was quoted, as neo4j-admin tells "" from empty.
export interface Field {
  text: string;
  quoted: boolean;
}

export function parseCsv(text: string): Field[][] {
  const rows: Field[][] = [];
  let row: Field[] = [];
  let i = 0;
  while (i < text.length) {
    let field: Field;
    if (text[i] === '"') {
      let out = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          out += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else out += text[i++];
      }
      field = { text: out, quoted: true };
    } else {
      const end = text.slice(i).search(/[,\n]/);
      const stop = end < 0 ? text.length : i + end;
      field = { text: text.slice(i, stop), quoted: false };
      i = stop;
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text[i] === '\n' || i >= text.length) {
      rows.push(row);
      row = [];
      i++;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} after a field at ${i}`);
  }
  return rows;
}
