/**
 * The compare tool's enhancement: show the picker, keep only the chosen columns (two to four), and
 * keep the choice in the URL (`?t=gvisor&t=firecracker`). Without this script the whole table shows.
 */
import { chosenTechnologies } from '../model/decide/compare.ts';

const form = document.querySelector<HTMLElement>('[data-compare]');
const status = form?.querySelector<HTMLElement>('.picker-status');

if (form && status) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="t"]')];
  const known = boxes.map((b) => b.value);
  const table = document.getElementById('compare');
  const cells = [...document.querySelectorAll<HTMLElement>('#compare [data-tech]')];

  const show = (chosen: readonly string[]) => {
    for (const cell of cells) cell.hidden = chosen.length > 0 && !chosen.includes(cell.dataset.tech!);
    table?.style.setProperty('--cols', String(chosen.length || known.length));
    for (const box of boxes) box.checked = chosen.includes(box.value);
    status.textContent =
      chosen.length === 0
        ? `Showing all ${known.length}. Pick two to four.`
        : chosen.length === 1
          ? 'Showing one. Pick at least one more.'
          : `Showing ${chosen.length} side by side.`;
  };

  form.hidden = false;
  show(chosenTechnologies(new URLSearchParams(location.search), known));

  form.addEventListener('change', (event) => {
    const changed = event.target as HTMLInputElement;
    let chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    if (chosen.length > 4) {
      changed.checked = false;
      chosen = chosen.filter((id) => id !== changed.value);
      show(chosen);
      status.textContent = 'At most four at a time: clear one first.';
      return;
    }
    const params = new URLSearchParams(chosen.map((id) => ['t', id]));
    history.replaceState(null, '', `${location.pathname}${chosen.length ? `?${params}` : ''}${location.hash}`);
    show(chosen);
  });
}
