/**
 * Pagefind returns excerpts as a string of HTML: the page's text with `<` and `>` escaped and every
 * matching word wrapped in `<mark>`. We split it into plain-text parts and build the DOM with
 * `textContent`, so no page text is ever parsed as HTML (and no Trusted Types policy is needed).
 */
export interface ExcerptPart {
  text: string;
  /** A word that matched the query, shown in a <mark>. */
  marked: boolean;
}

/** Undo exactly the escaping Pagefind applies to page text (it escapes `<` and `>` only). */
function unescapePagefind(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let marked = false;
  for (const token of html.split(/(<mark>|<\/mark>)/)) {
    if (token === '<mark>') marked = true;
    else if (token === '</mark>') marked = false;
    else push(unescapePagefind(token), marked);
  }
  return peelPunctuation(mergeMarkedRuns(parts));
}

/**
 * Pagefind marks whole space-separated tokens, punctuation included: "(cgroups)." We keep only the
 * word itself marked: "(" + mark("cgroups") + ").", joining the peeled characters to their neighbours.
 */
function peelPunctuation(parts: ExcerptPart[]): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  const append = (text: string, marked: boolean) => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last && last.marked === marked) last.text += text;
    else out.push({ text, marked });
  };
  for (const part of parts) {
    if (!part.marked) {
      append(part.text, false);
      continue;
    }
    const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(part.text) ?? [];
    append(before, false);
    append(word, true);
    append(after, false);
  }
  return out;
}

/** Join "marked, single space, marked" into one marked part, so a phrase reads as one highlight. */
function mergeMarkedRuns(parts: ExcerptPart[]): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const prev = out[out.length - 1];
    const next = parts[i + 1];
    if (!part.marked && /^ +$/.test(part.text) && prev?.marked && next?.marked) {
      prev.text += part.text + next.text;
      i++;
      continue;
    }
    out.push({ ...part });
  }
  return out;
}

/** The excerpt as plain text, for tests and for accessible descriptions. */
export function excerptText(parts: readonly ExcerptPart[]): string {
  return parts.map((p) => p.text).join('');
}
