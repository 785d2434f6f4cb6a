(() => {
  const root = document.documentElement;
  const media = matchMedia('(prefers-color-scheme: dark)');
  const read = () => { try { return localStorage.getItem('theme') || 'system'; } catch { return 'system'; } };
  const apply = (pref) => { root.dataset.theme = pref === 'system' ? (media.matches ? 'dark' : 'light') : pref; };
  apply(read());
  media.addEventListener('change', () => { if (read() === 'system') apply('system'); });
  addEventListener('DOMContentLoaded', () => {
    const select = document.getElementById('theme-select');
    if (!select) return;
    select.value = read();
    select.closest('[hidden]')?.removeAttribute('hidden');
    select.addEventListener('change', () => {
      try { localStorage.setItem('theme', select.value); } catch {}
      apply(select.value);
    });
  });
})();
