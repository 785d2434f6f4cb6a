/**
 * DOM for the search panel: result options of the listbox and the filter checkboxes.
 * Text always goes in through textContent; Pagefind's excerpts are split into parts first.
 */
import type { ExcerptPart } from '../../model/search/excerpt.ts';
import { orderFilterValues, type ResultView } from '../../model/search/results.ts';
import type { FilterName } from '../../model/search/query-state.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptNode(parts: readonly ExcerptPart[], id: string): HTMLElement {
  const node = el('span', 'search-result-excerpt');
  node.id = id;
  for (const part of parts) node.append(part.marked ? el('mark', undefined, part.text) : part.text);
  return node;
}

function option(id: string, href: string, className: string): HTMLLIElement {
  const li = el('li', className);
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset['href'] = href;
  return li;
}

/**
 * One option per page, followed by one option per matching heading of that page. Each option is
 * named by its title (and, for a heading, the page it is on) and described by its excerpt.
 */
export function resultOptions(views: readonly ResultView[], idPrefix: string, firstIndex = 0): HTMLLIElement[] {
  return views.flatMap((view, i) => {
    const id = `${idPrefix}-result-${firstIndex + i}`;
    const page = option(id, view.url, 'search-result');
    const title = el('span', 'search-result-title', view.title);
    title.id = `${id}-title`;
    const meta = el('span', 'search-result-meta', [view.section, view.kind].filter(Boolean).join(' · '));
    meta.id = `${id}-meta`;
    page.setAttribute('aria-labelledby', meta.textContent ? `${title.id} ${meta.id}` : title.id);
    page.setAttribute('aria-describedby', `${id}-excerpt`);
    page.append(title, meta, excerptNode(view.excerpt, `${id}-excerpt`));

    const subs = view.subResults.map((sub, j) => {
      const subId = `${id}-${j}`;
      const item = option(subId, sub.url, 'search-result search-sub-result');
      const subTitle = el('span', 'search-result-title', sub.title);
      subTitle.id = `${subId}-title`;
      subTitle.append(el('span', 'visually-hidden', ` (in ${view.title})`));
      item.setAttribute('aria-labelledby', subTitle.id);
      item.setAttribute('aria-describedby', `${subId}-excerpt`);
      item.append(subTitle, excerptNode(sub.excerpt, `${subId}-excerpt`));
      return item;
    });
    return [page, ...subs];
  });
}

export interface FilterGroupSpec {
  name: FilterName;
  legend: string;
  counts: Record<string, number>;
  /** Values shown first, in this order (the sidebar order for sections). */
  preferred: readonly string[];
  chosen: readonly string[];
}

/** A fieldset of checkboxes, one per value; named like the URL parameter so the form submits them. */
export function filterGroup(spec: FilterGroupSpec, idPrefix: string): HTMLFieldSetElement {
  const fieldset = el('fieldset', 'search-filter-group');
  fieldset.dataset['filter'] = spec.name;
  fieldset.append(el('legend', undefined, spec.legend));
  orderFilterValues(spec.counts, spec.preferred, spec.chosen).forEach(([value, count], i) => {
    const label = el('label', 'search-filter');
    const box = el('input');
    box.type = 'checkbox';
    box.name = spec.name;
    box.value = value;
    box.id = `${idPrefix}-${spec.name}-${i}`;
    box.checked = spec.chosen.includes(value);
    const countNode = el('span', 'search-filter-count', `(${count})`);
    countNode.dataset['countFor'] = value;
    label.append(box, ` ${value} `, countNode);
    fieldset.append(label);
  });
  return fieldset;
}

/**
 * Update the numbers beside each value of a rendered filter group. A value with no results is hidden
 * (unless it is chosen, so a checkbox never disappears under the reader), and so is a group left empty.
 */
export function updateFilterCounts(fieldset: HTMLFieldSetElement, counts: Record<string, number>): void {
  let shown = 0;
  for (const node of fieldset.querySelectorAll<HTMLElement>('[data-count-for]')) {
    const count = counts[node.dataset['countFor']!] ?? 0;
    node.textContent = `(${count})`;
    const label = node.closest('label')!;
    label.hidden = count === 0 && !label.querySelector('input')!.checked;
    if (!label.hidden) shown++;
  }
  fieldset.hidden = shown === 0;
}
