/**
 * Mermaid in a real browser: one headless Chromium page with mermaid.min.js loaded once, rendering
 * diagrams one after another. Mermaid needs a browser to measure text; everything else about the
 * diagrams (reading, caching, embedding) works without one.
 */
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';
import type { MermaidError } from './errors.ts';
import { findChromium, flags as chromiumFlags } from '../tooling/chromium.ts';

export { findChromium };

export type RenderResult = { svg: string } | { error: MermaidError };

export interface MermaidPage {
  /** Render `text` with Mermaid configured by `options`; the root `<svg>` gets the id `renderId`. */
  render(text: string, options: object, renderId: string): Promise<RenderResult>;
  close(): Promise<void>;
}

/**
 * Launch Chromium and load Mermaid into one blank page (about 1.3 s), then reuse that page for every
 * diagram. (Two pages on two cores were slower here: the second Mermaid load costs more than it saves.)
 */
export async function openMermaidPage(executablePath: string): Promise<MermaidPage> {
  const browser: Browser = await chromium.launch({ executablePath, args: chromiumFlags });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js') });
    return {
      render: (text, options, renderId) =>
        page.evaluate(
          async ({ text, options, renderId }) => {
            const mermaid = (
              globalThis as unknown as {
                mermaid: { initialize(o: object): void; render(id: string, t: string): Promise<{ svg: string }> };
              }
            ).mermaid;
            try {
              mermaid.initialize(options);
              return { svg: (await mermaid.render(renderId, text)).svg };
            } catch (error) {
              const e = error as { message?: string; hash?: MermaidError['hash'] };
              return {
                error: {
                  message: String(e.message ?? error),
                  hash: e.hash ? { line: e.hash.line, loc: e.hash.loc } : null,
                },
              };
            }
          },
          { text, options, renderId },
        ),
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
