/** The reply signature's text rules: one final line, never twice, found again for an edit. */
import { describe, expect, it } from 'vitest';
import { signedText, signerOf, signatureLine } from '../../../../../shared/domain/console/signature';

describe('the reply signature', () => {
  it('is a final line of an em dash, a space and the seat name', () => {
    expect(signedText('Your refund is on its way', 'Agent A')).toBe('Your refund is on its way\n\u2014 Agent A');
  });

  it('comes right under the text, without the trailing blank lines', () => {
    expect(signedText('Thanks!\n\n  ', 'Agent A')).toBe('Thanks!\n— Agent A');
  });

  it('is not added twice', () => {
    const once = signedText('Thanks!', 'Agent A');
    expect(signedText(once, 'Agent A')).toBe(once);
  });

  it('stays one line for a name with line breaks, and is left out for a blank name', () => {
    expect(signatureLine('Agent\nA')).toBe('\n— Agent A');
    expect(signedText('Hi', 'Agent\n A')).toBe('Hi\n— Agent A');
    expect(signedText('Hi', ' \n')).toBe('Hi');
  });

  it('names who signed a text, and nobody for an unsigned one', () => {
    expect(signerOf('Hi\n— Agent B', ['Agent A', 'Agent B'])).toBe('Agent B');
    expect(signerOf('Hi — Agent B', ['Agent B'])).toBeUndefined();
    expect(signerOf('Hi\n— Jo Ann', ['Ann'])).toBeUndefined();
    expect(signerOf(null, ['Agent A'])).toBeUndefined();
  });
});
