import { crc32, inflateRawSync, inflateSync } from 'node:zlib';

/** A ZIP reader written from the APPNOTE independently of manifest/zip.ts, to check it. */
export interface ReadEntry {
  name: string;
  method: number;
  crc: number;
  data: Buffer;
}

export function readZip(bytes: Buffer): ReadEntry[] {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('no end of central directory record');
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const entries: ReadEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory header ${i}`);
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    const compressed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('latin1', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra + comment;

    if (bytes.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    if (bytes.readUInt32LE(local + 14) !== crc || bytes.readUInt16LE(local + 8) !== method)
      throw new Error(`local header of ${name} disagrees with the directory`);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const body = bytes.subarray(start, start + compressed);
    const data = method === 0 ? Buffer.from(body) : method === 8 ? inflateRawSync(body) : undefined;
    if (!data) throw new Error(`unsupported method ${method} for ${name}`);
    if (data.length !== size) throw new Error(`${name}: size ${data.length}, directory says ${size}`);
    entries.push({ name, method, crc, data });
  }
  return entries;
}

export interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** Only for 8-bit RGBA images whose rows all use filter 0 (what manifest/png.ts writes). */
  rgba: Buffer;
  /** Every chunk's CRC matched. */
  crcOk: boolean;
}

export function decodePng(bytes: Buffer): DecodedPng {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    throw new Error('not a PNG');
  let at = 8;
  let crcOk = true;
  let header: Buffer | undefined;
  const idat: Buffer[] = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length)) crcOk = false;
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
    if (type === 'IEND') break;
  }
  if (!header) throw new Error('no IHDR');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const bitDepth = header[8]!;
  const colorType = header[9]!;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = Buffer.alloc(stride * height);
  if (bitDepth === 8 && colorType === 6) {
    for (let y = 0; y < height; y++) {
      if (raw[y * (stride + 1)] !== 0) throw new Error(`row ${y} uses a filter this reader does not undo`);
      raw.copy(rgba, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
    }
  }
  return { width, height, bitDepth, colorType, rgba, crcOk };
}
