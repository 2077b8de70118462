/**
 * Safety numbers as people read them: 60 digits in 12 groups of 5. Pure formatting;
 * computing one needs libsignal (engine/safety).
 */
export function groupSafetyNumber(digits: string): Array<string> {
  const groups: Array<string> = [];
  for (let start = 0; start < digits.length; start += 5) groups.push(digits.slice(start, start + 5));
  return groups;
}

/**
 * The digits someone typed or pasted, with the spaces, dashes and line breaks people
 * copy along removed; undefined when what is left is not 60 digits.
 */
export function normalizeSafetyNumber(input: string): string | undefined {
  const digits = input.replace(/[\s\-–—.]/g, '');
  return /^\d{60}$/.test(digits) ? digits : undefined;
}
