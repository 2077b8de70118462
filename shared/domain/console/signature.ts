/**
 * The line a business may put under its agents' replies (setting `signReplies`,
 * docs/console.md "Replies"): a final line "— <seat name>" (U+2014 and a space). It is
 * part of the text itself, not a field beside it, so the customer's client shows it
 * without knowing consoles and every business device stores the same text. Pure.
 */

/** The seat name as one line: a name with line breaks must not make the signature two lines. */
function oneLine(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

export function signatureLine(name: string): string {
  return `\n\u2014 ${oneLine(name)}`;
}

/**
 * `body` signed by `name`. Unchanged when it already ends with that line, so nothing is
 * signed twice (a signature pasted in, an edit that kept it), or when the name is blank.
 */
export function signedText(body: string, name: string): string {
  if (oneLine(name).length === 0) return body;
  const line = signatureLine(name);
  if (body.endsWith(line)) return body;
  // Trailing blank lines would leave a gap above the signature.
  return `${body.trimEnd()}${line}`;
}

/** Which of `names` `body` is signed with (its last line is that name's signature), if any. */
export function signerOf(body: string | null, names: Iterable<string>): string | undefined {
  if (body === null) return undefined;
  for (const name of names) if (oneLine(name).length > 0 && body.endsWith(signatureLine(name))) return name;
  return undefined;
}
