import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, projectRoot } from '../../scripts/lib/project.ts';
import { copyProject, type TempProject } from '../../scripts/bench/temp-project.ts';

/**
 * Images in a topic page, built under a base path in a copy of the project (the site itself has no
 * images): one next to the page goes through Astro's image pipeline, one from public/ gets the base
 * path like a link, a web address stays as written.
 */
describe('images in a topic page, under BASE_PATH=/guide/', () => {
  let copy: TempProject;
  let html: string;
  beforeAll(() => {
    copy = copyProject(projectRoot, 'images');
    writeFileSync(
      join(copy.root, 'content/topics/layers.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#888"/></svg>\n',
    );
    appendFileSync(
      join(copy.root, 'content/topics/containers.mdx'),
      '\n![The layers of an image](./layers.svg) ![The site icon](/favicon.svg) ![A remote figure](https://example.com/figure.png)\n',
    );
    const build = astroBuild({ root: copy.root, args: ['--silent'], env: { OUT_DIR: 'dist', BASE_PATH: '/guide/' } });
    // Vitest puts import.meta.env's names (BASE_URL, MODE ...) into this worker's environment; a build
    // started from here would take them for the site's own.
    const env = Object.fromEntries(
      Object.entries(build.options.env).filter(([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name)),
    );
    execFileSync(build.command, build.args, { ...build.options, env, stdio: ['ignore', 'inherit', 'inherit'] });
    html = readFileSync(join(copy.root, 'dist/containers/index.html'), 'utf8');
  });
  afterAll(() => copy?.remove());

  const img = (alt: string) => html.match(new RegExp(`<img [^>]*alt="${alt}"[^>]*>`))?.[0] ?? '';

  it('bundles an image next to the page with the site assets, with its size, under the base path', () => {
    const tag = img('The layers of an image');
    const src = /src="([^"]+)"/.exec(tag)?.[1] ?? '';
    expect(src).toMatch(/^\/guide\/_astro\/layers\.[\w-]+\.svg$/);
    expect(existsSync(join(copy.root, 'dist', src.replace(/^\/guide\//, '')))).toBe(true);
    expect(tag).toMatch(/ width="120"/);
    expect(tag).toMatch(/ height="40"/);
  });

  it('adds the base path to an image from public/, and leaves a web address as written', () => {
    expect(img('The site icon')).toMatch(/ src="\/guide\/favicon\.svg"/);
    expect(img('A remote figure')).toMatch(/ src="https:\/\/example\.com\/figure\.png"/);
  });
});
