/**
 * Full-text search queries built from what a user typed. FTS5 has its own query
 * language (AND, NEAR, column filters, quotes); user text must never be read as it, so
 * every word becomes a quoted phrase and the last one a prefix ("hel" finds "hello").
 */
import { snippetMarks } from '../store/types';

/** Words as the index's unicode61 tokenizer sees them: letters, digits and marks. */
const wordPattern = /[\p{L}\p{N}\p{M}]+/gu;
const maxWords = 16;

/** The FTS5 MATCH expression for `input`, or undefined when it has no searchable word. */
export function buildMatchQuery(input: string): string | undefined {
  const words = input.normalize('NFKC').match(wordPattern) ?? [];
  if (words.length === 0) return undefined;
  const kept = words.slice(0, maxWords);
  // The pattern admits no quote, so wrapping in quotes cannot be escaped out of.
  return kept.map((word, index) => (index === kept.length - 1 ? `"${word}"*` : `"${word}"`)).join(' ');
}

export interface SnippetRun {
  readonly text: string;
  readonly match: boolean;
}

/** Splits an FTS5 snippet with our marks into runs the renderer highlights without HTML. */
export function snippetRuns(snippet: string): Array<SnippetRun> {
  const runs: Array<SnippetRun> = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf(snippetMarks.open);
    if (open === -1) {
      runs.push({ text: rest, match: false });
      break;
    }
    if (open > 0) runs.push({ text: rest.slice(0, open), match: false });
    const close = rest.indexOf(snippetMarks.close, open + 1);
    const end = close === -1 ? rest.length : close;
    const matched = rest.slice(open + 1, end);
    if (matched.length > 0) runs.push({ text: matched, match: true });
    rest = close === -1 ? '' : rest.slice(close + 1);
  }
  return runs.map((run) => ({ ...run, text: run.text.replaceAll(snippetMarks.open, '').replaceAll(snippetMarks.close, '') }));
}
