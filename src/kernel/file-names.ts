/** A plain file name from a title: "Handlingsprogram 2020" → "handlingsprogram-2020", æ ø å spelt out. */
export function fileSlug(title: string): string {
  return title
    .toLocaleLowerCase('nb')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
