/**
 * The decision guide's enhancement: as the reader answers, say which recommendation the answers
 * lead to (or which are still possible), show only those, mark the rule that decided, and keep the
 * answers in the URL so the result can be shared. Without this script the page lists everything.
 */
import { answersFromParams, answersToQuery, evaluate, type Answers, type RuleTable } from '../model/decide/rules.ts';

const form = document.querySelector<HTMLElement>('[data-decide]');
const tableData = document.getElementById('decide-rules')?.textContent;
const result = document.getElementById('decide-result');
const note = document.getElementById('recommendations-note');

if (form && tableData && result && note) {
  const table = JSON.parse(tableData) as RuleTable;
  const sections = [...document.querySelectorAll<HTMLElement>('[data-recommendation]')];
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-rule]')];
  const titleOf = (id: string) => document.getElementById(`rec-${id}-title`)?.textContent ?? id;

  const readForm = (): Answers => {
    const answers: Record<string, string> = {};
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked'))
      answers[input.name] = input.value;
    return answers;
  };

  const link = (id: string) => {
    const a = document.createElement('a');
    a.href = `#rec-${id}`;
    a.textContent = titleOf(id);
    return a;
  };

  const render = (answers: Answers) => {
    const outcome = evaluate(table, answers);
    const answered = Object.keys(answers).length;
    for (const section of sections) section.hidden = !outcome.possible.includes(section.dataset.recommendation!);
    rows.forEach((row, i) => {
      const applies = outcome.decided?.rule === i;
      row.classList.toggle('matched', applies);
      row.querySelector('th')!.textContent = applies ? `${i + 1} (applies)` : String(i + 1);
    });
    const p = document.createElement('p');
    if (outcome.decided) {
      const rule =
        outcome.decided.rule === undefined ? '' : ` Rule ${outcome.decided.rule + 1} of the table below decided it.`;
      p.append(
        'Recommendation: ',
        link(outcome.decided.recommend),
        `.${rule} Its reasons, trade-offs and sources follow.`,
      );
      note.textContent = 'The recommendation for your answers:';
    } else {
      p.append(`${outcome.possible.length} options are still possible: `);
      outcome.possible.forEach((id, i) => p.append(i > 0 ? ', ' : '', link(id)));
      p.append('. Answer more questions to narrow them down.');
      note.textContent =
        answered === 0
          ? 'Without answers, every recommendation is listed here.'
          : 'The recommendations still possible:';
    }
    if (answered === 0) result.replaceChildren();
    else result.replaceChildren(p);
  };

  const update = () => {
    const answers = readForm();
    const query = answersToQuery(table, answers);
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    render(answers);
  };

  const initial = answersFromParams(table, new URLSearchParams(location.search));
  for (const [name, value] of Object.entries(initial)) {
    const input = form.querySelector<HTMLInputElement>(
      `input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`,
    );
    if (input) input.checked = true;
  }
  form.hidden = false;
  render(initial);
  form.addEventListener('change', update);
  form.querySelector('[data-clear]')?.addEventListener('click', () => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = false;
    update();
  });
}
