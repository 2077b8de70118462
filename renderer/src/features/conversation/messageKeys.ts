/** What a key does on a focused message (pure, so it is unit tested). */
export type MessageKeyAction = 'reply' | 'edit' | 'delete' | 'copy' | 'details' | 'react' | 'menu';

export function messageKeyAction(event: { readonly key: string; readonly ctrlKey: boolean; readonly metaKey: boolean; readonly altKey: boolean; readonly shiftKey: boolean }): MessageKeyAction | undefined {
  if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10') || event.key === 'Enter') return 'menu';
  if (event.altKey || event.metaKey) return undefined;
  if (event.ctrlKey) return event.key === 'c' ? 'copy' : undefined;
  switch (event.key.toLowerCase()) {
    case 'r':
      return 'reply';
    case 'e':
      return 'edit';
    case 'delete':
      return 'delete';
    case 'c':
      return 'copy';
    case 'i':
      return 'details';
    case '+':
    case 'j':
      return 'react';
    default:
      return undefined;
  }
}
