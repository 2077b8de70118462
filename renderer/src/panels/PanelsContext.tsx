/**
 * Which panel is open over the chats (one at a time). The conversation side opens
 * panels through `usePanels()`; `ChatsOverlays` renders whichever is open.
 */
import { createContext, useContext, useMemo, useState } from 'react';

export type Panel =
  | { readonly kind: 'search'; readonly query?: string }
  | { readonly kind: 'jump' }
  | { readonly kind: 'settings' }
  | { readonly kind: 'new-chat' }
  | { readonly kind: 'contact'; readonly conversationId: string }
  | { readonly kind: 'safety-number'; readonly conversationId: string };

export interface Panels {
  readonly current: Panel | undefined;
  open(panel: Panel): void;
  close(): void;
}

const PanelsContext = createContext<Panels | undefined>(undefined);

export function PanelsProvider(props: { readonly children: React.ReactNode }): React.JSX.Element {
  const [current, setCurrent] = useState<Panel>();
  const value = useMemo<Panels>(
    () => ({
      current,
      open: setCurrent,
      close: () => {
        setCurrent(undefined);
      },
    }),
    [current],
  );
  return <PanelsContext.Provider value={value}>{props.children}</PanelsContext.Provider>;
}

export function usePanels(): Panels {
  const panels = useContext(PanelsContext);
  if (panels === undefined) throw new Error('usePanels() outside <PanelsProvider>');
  return panels;
}
