/** Spreadsheet addresses: column 0 → A, 26 → AA; so a message can say "D12" for CSV and Excel alike. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellRef(columnIndex: number, row: number): string {
  return `${columnLetter(columnIndex)}${row}`;
}
