import { describe, expect, it } from 'vitest';
import { buildMatchQuery, snippetRuns } from '../../../../engine/messaging/search';
import { snippetMarks } from '../../../../engine/store/types';

describe('search queries from user text', () => {
  it('quotes every word and makes the last one a prefix', () => {
    expect(buildMatchQuery('quick fo')).toBe('"quick" "fo"*');
    expect(buildMatchQuery('  Café ')).toBe('"Café"*');
  });

  it('reads FTS5 syntax as plain words and finds nothing in punctuation', () => {
    expect(buildMatchQuery('"a" OR b* NEAR(c)')).toBe('"a" "OR" "b" "NEAR" "c"*');
    expect(buildMatchQuery('col:value')).toBe('"col" "value"*');
    expect(buildMatchQuery('!!! "" ***')).toBeUndefined();
  });

  it('keeps at most 16 words', () => {
    expect(buildMatchQuery(Array.from({ length: 40 }, (_, index) => `w${String(index)}`).join(' '))?.split(' ')).toHaveLength(16);
  });
});

describe('snippet runs', () => {
  it('splits a marked snippet into matched and plain runs', () => {
    const { open, close } = snippetMarks;
    expect(snippetRuns(`…see you ${open}tomorrow${close} at ${open}ten${close}`)).toEqual([
      { text: '…see you ', match: false },
      { text: 'tomorrow', match: true },
      { text: ' at ', match: false },
      { text: 'ten', match: true },
    ]);
    expect(snippetRuns('no match here')).toEqual([{ text: 'no match here', match: false }]);
    expect(snippetRuns(`${open}unclosed`)).toEqual([{ text: 'unclosed', match: true }]);
  });
});
