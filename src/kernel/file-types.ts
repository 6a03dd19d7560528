/** The file types attachments may have, recognised by content — a name or a claimed type proves nothing. */
export type FileKind = 'pdf' | 'docx' | 'xlsx' | 'png' | 'jpeg';

export const CONTENT_TYPE: Record<FileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

const starts = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** An Office file is a zip whose entries name its kind: word/document.xml or xl/workbook.xml. */
function zipHas(bytes: Uint8Array, entry: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(entry, 0, 'latin1');
}

export function detectFileKind(bytes: Uint8Array): FileKind | null {
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (zipHas(bytes, 'word/document.xml')) return 'docx';
    if (zipHas(bytes, 'xl/workbook.xml')) return 'xlsx';
  }
  return null;
}
