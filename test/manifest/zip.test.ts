import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zip } from '../../manifest/zip.js';
import { readZip } from './readers.js';

describe('the ZIP writer', () => {
  it('round-trips every file with its CRC-32', () => {
    const files = [
      { name: 'manifest.json', data: Buffer.from(JSON.stringify({ hello: 'world'.repeat(50) })) },
      { name: 'empty.txt', data: Buffer.alloc(0) },
      { name: 'random.bin', data: Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7919) % 251)) },
    ];
    const entries = readZip(zip(files));
    expect(entries.map((e) => e.name)).toEqual(files.map((f) => f.name));
    entries.forEach((entry, i) => {
      expect(entry.data.equals(files[i]!.data)).toBe(true);
      expect(entry.crc).toBe(crc32(files[i]!.data));
    });
  });

  it('deflates what compresses and stores what does not', () => {
    const [text, noise] = readZip(
      zip([
        { name: 'a.txt', data: Buffer.alloc(1000, 'a') },
        { name: 'b.bin', data: Buffer.from([1, 2, 3]) },
      ]),
    );
    expect(text?.method).toBe(8);
    expect(noise?.method).toBe(0);
  });

  it('gives the same bytes for the same files', () => {
    const files = [{ name: 'x.json', data: Buffer.from('{}') }];
    expect(zip(files).equals(zip(files))).toBe(true);
  });

  it('refuses names outside printable ASCII', () => {
    expect(() => zip([{ name: 'città.json', data: Buffer.from('{}') }])).toThrow(/ASCII/);
  });
});
