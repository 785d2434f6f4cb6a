/**
 * The only search code every page loads (keep it tiny). It turns the header's Search link (which
 * leads to /all-topics/ without JavaScript) into a button that opens the search dialog, adds the
 * `/` and Ctrl+K / Cmd+K shortcuts, and starts the highlighter when a search result led here.
 *
 * The dialog's code is not imported from here: a dynamic import() would pull Vite's preload helper
 * (~0.8 KB gzip) into this file. Astro bundles it as a component script parked in an inert
 * <template data-deferred-script>; `activate` copies that <script> into the page on first use.
 * The two sides talk through events on the <dialog>: `search:ready` once its code runs, then
 * `search:open` (detail: the element to return focus to) each time it should open.
 */
const link = document.querySelector<HTMLAnchorElement>('a[data-search-button]');
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');

/** Run a script parked in `<template data-deferred-script="name">`; undefined when there is none. */
function activate(name: string): HTMLScriptElement | undefined {
  const parked = document
    .querySelector<HTMLTemplateElement>(`template[data-deferred-script="${name}"]`)
    ?.content.querySelector('script');
  if (!parked) return undefined;
  const script = document.createElement('script');
  for (const { name: attribute, value } of parked.attributes) script.setAttribute(attribute, value);
  script.textContent = parked.textContent;
  document.body.append(script);
  return script;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

if (link && dialog) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = link.className;
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  button.append(...link.childNodes);
  link.replaceWith(button);

  let ready = false;
  let loading = false;
  let returnTo: Element | null = null;
  const request = () => dialog.dispatchEvent(new CustomEvent('search:open', { detail: returnTo }));
  dialog.addEventListener('search:ready', () => ((ready = true), request()), { once: true });
  const open = () => {
    returnTo = document.activeElement;
    if (ready) request();
    else if (!loading) {
      loading = true;
      const script = activate('search-dialog');
      if (!script) location.assign(link.href);
      // Offline or blocked: fall back to where the link led, the list of all topics.
      script?.addEventListener('error', () => location.assign(link.href));
    }
  };
  button.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || dialog.open || isTyping(event.target)) return;
    const key = event.key.toLowerCase();
    const command = event.ctrlKey || event.metaKey;
    if ((key === '/' && !command) || (key === 'k' && command && !event.shiftKey)) {
      event.preventDefault();
      // On the /search/ page, the shortcut goes to the page's own search field.
      const pageField = document.querySelector<HTMLInputElement>('[data-search-page] [data-search-input]');
      if (pageField?.offsetParent) pageField.focus();
      else open();
    }
  });
}

if (new URLSearchParams(location.search).has('highlight')) activate('search-highlight');
