/** Sizes as served and after gzip level 9 (what a static host with compression would send). */
import { gzipSync } from 'node:zlib';
import type { Bytes } from './report-types.ts';

export function bytesOf(content: Buffer | string): Bytes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: buffer.length ? gzipSync(buffer, { level: 9 }).length : 0 };
}

export function addBytes(...parts: Bytes[]): Bytes {
  return parts.reduce((sum, b) => ({ raw: sum.raw + b.raw, gzip: sum.gzip + b.gzip }), { raw: 0, gzip: 0 });
}
