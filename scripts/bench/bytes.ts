/** Sizes as served and after gzip (scripts/lib/project.ts `gzipSize`: level 9). */
import { gzipSize } from '../lib/project.ts';
import type { Bytes } from './report-types.ts';

export function bytesOf(content: Buffer | string): Bytes {
  return { raw: Buffer.byteLength(content), gzip: gzipSize(content) };
}

export function addBytes(...parts: Bytes[]): Bytes {
  return parts.reduce((sum, b) => ({ raw: sum.raw + b.raw, gzip: sum.gzip + b.gzip }), { raw: 0, gzip: 0 });
}
