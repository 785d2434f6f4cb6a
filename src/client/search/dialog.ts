/**
 * The search dialog, fetched the first time search is opened (see entry.ts). A modal <dialog> (showModal) keeps
 * focus inside and makes the rest of the page inert; Escape, the Close button or a click on the
 * backdrop closes it, and focus returns to where it was before it opened.
 */
import { createSearchPanel, type SearchPanel } from './panel.ts';

let panel: SearchPanel | undefined;
let returnFocusTo: Element | null = null;

function setUp(dialog: HTMLDialogElement): SearchPanel {
  dialog.addEventListener('close', () => {
    if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
    returnFocusTo = null;
  });
  // A click on the backdrop targets the dialog itself; its content fills the whole box.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // Escape in a search field may first clear the field; in the dialog it always closes.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      dialog.close();
    }
  });
  return createSearchPanel(dialog.querySelector<HTMLElement>('[data-search-panel]')!, { maxResults: 8 });
}

function open(dialog: HTMLDialogElement, from: Element | null): void {
  if (dialog.open) return;
  panel ??= setUp(dialog);
  returnFocusTo = from;
  dialog.showModal();
  panel.focusInput();
  void panel.start();
}

// The page's entry script (entry.ts) asks for the dialog with `search:open` once we say we are ready.
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
if (dialog) {
  dialog.addEventListener('search:open', (event) => open(dialog, (event as CustomEvent<Element | null>).detail));
  dialog.dispatchEvent(new Event('search:ready'));
}
