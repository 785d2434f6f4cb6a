import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Content files as the checks expect them, whatever editor or Git settings wrote them: a UTF-8
 * byte-order mark is dropped and CRLF or CR line breaks become LF. Lines and columns stay the same
 * (a line break is never counted as a column, and editors do not show the mark as one).
 */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Read a project file (path relative to `root`) as normalized text. */
export function readContentText(root: string, file: string): string {
  return normalizeText(readFileSync(join(root, file), 'utf8'));
}
