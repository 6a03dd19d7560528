import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../exports/table';
import { detectFileKind } from './file-types';

describe('file types by content', () => {
  it('knows PDF, PNG, JPEG and XLSX by their bytes', async () => {
    expect(detectFileKind(Buffer.from('%PDF-1.7\n…'))).toBe('pdf');
    expect(detectFileKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(detectFileKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(detectFileKind(await writeXlsx('Ark', { headers: ['a'], rows: [] }))).toBe('xlsx');
  });

  it('refuses anything else, whatever its name would say', () => {
    expect(detectFileKind(Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(detectFileKind(Buffer.from('MZ\x90\x00'))).toBeNull();
  });
});
