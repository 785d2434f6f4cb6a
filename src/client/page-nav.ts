/**
 * Two small aids for long pages, on every page with a sidebar (the page works the same without them):
 * - the table of contents marks the entry of the section being read (aria-current) and keeps that
 *   entry inside its own scroll area;
 * - the sidebar scrolls its current page into view when the page loads;
 * - "Copy page as Markdown" (hidden without JavaScript) copies the page's .md version.
 */
function keepInView(box: Element, item: Element, offset: number): void {
  const b = box.getBoundingClientRect();
  const r = item.getBoundingClientRect();
  if (box.scrollHeight > box.clientHeight && (r.top < b.top || r.bottom > b.bottom))
    box.scrollTop += r.top - b.top - offset * b.height;
}

const nav = document.getElementById('site-nav');
const currentPage = nav?.querySelector('[aria-current="page"]');
if (nav && currentPage) keepInView(nav, currentPage, 1 / 3);

const toc = document.querySelector('.toc');
const links = toc ? [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')] : [];
const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
let current: HTMLAnchorElement | undefined;
let queued = false;

function markSection(): void {
  queued = false;
  // The section being read is the last one whose heading has passed a line just below the sticky header;
  // at the bottom of the page it is the last one, however short.
  let index = 0;
  targets.forEach((t, i) => {
    if (t && t.getBoundingClientRect().top < 100) index = i;
  });
  const root = document.documentElement;
  if (root.scrollTop + root.clientHeight >= root.scrollHeight - 2) index = links.length - 1;
  const link = links[index];
  if (!link || link === current) return;
  current?.removeAttribute('aria-current');
  link.setAttribute('aria-current', 'true');
  current = link;
  keepInView(toc!, link, 1 / 2);
}

if (links.length > 0) {
  addEventListener(
    'scroll',
    () => {
      if (!queued) requestAnimationFrame(markSection);
      queued = true;
    },
    { passive: true },
  );
  markSection();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-markdown]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(await (await fetch(button.dataset['copyMarkdown']!)).text());
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Copy failed: use View as Markdown';
    }
  });
}
