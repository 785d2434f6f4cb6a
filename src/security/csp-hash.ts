import { createHash } from 'node:crypto';

/** The CSP source expression (`sha256-...`) that allows an inline script or style with exactly this text. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
