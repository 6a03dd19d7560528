import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, encode } from './encoding';

describe('content encoding of kept pages', () => {
  it('prefers brotli, then gzip, and respects a refusal with q=0', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip, br;q=0')).toBe('gzip');
    expect(chooseEncoding('br;q=0.0, gzip;q=0')).toBe('identity');
    expect(chooseEncoding('*')).toBe('gzip');
    expect(chooseEncoding(undefined)).toBe('identity');
  });

  it('compresses so that the bytes come back the same', async () => {
    const page = new TextEncoder().encode('<p>Møte i styret 17. september 2019 – sak 39/19</p>'.repeat(50));
    expect(new Uint8Array(gunzipSync(await encode(page, 'gzip')))).toEqual(page);
    expect(await encode(page, 'identity')).toBe(page);
  });
});
