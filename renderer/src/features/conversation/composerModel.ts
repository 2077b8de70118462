/** The composer's sizing as pure data. No DOM. */

/**
 * The auto-growing text field's height: its content (`scrollHeight`, which leaves out
 * the borders) plus its borders, up to `maxHeight`. Only past that does it scroll, so
 * a short message shows no scrollbar (issue 10, item 16).
 */
export function textareaFit(measure: { readonly scrollHeight: number; readonly borderHeight: number; readonly maxHeight: number }): {
  readonly height: number;
  readonly scrolls: boolean;
} {
  const wanted = measure.scrollHeight + measure.borderHeight;
  return wanted > measure.maxHeight ? { height: measure.maxHeight, scrolls: true } : { height: wanted, scrolls: false };
}
