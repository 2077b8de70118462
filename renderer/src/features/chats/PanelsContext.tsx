/**
 * Which panel is open over the chats (one at a time). The conversation side opens
 * panels through `usePanels()`; `ChatsOverlays` renders whichever is open.
 *
 * Focus goes back where it was when the first panel opened (the button or the
 * composer), also after hopping from one panel to another (contact → safety number).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';

export type Panel =
  /** `conversationId`: search within that chat (the chat header's search button). */
  | { readonly kind: 'search'; readonly query?: string; readonly conversationId?: string }
  | { readonly kind: 'jump' }
  | { readonly kind: 'settings' }
  | { readonly kind: 'new-chat' }
  | { readonly kind: 'shortcuts' }
  | { readonly kind: 'contact'; readonly conversationId: string }
  /** `returnTo`: the panel that opened this one, shown again when this one closes. */
  | { readonly kind: 'safety-number'; readonly conversationId: string; readonly returnTo?: Panel };

export interface Panels {
  readonly current: Panel | undefined;
  readonly open: (panel: Panel) => void;
  readonly close: () => void;
}

const PanelsContext = createContext<Panels | undefined>(undefined);

export function PanelsProvider(props: { readonly children: React.ReactNode }): React.JSX.Element {
  const [current, setCurrent] = useState<Panel>();
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback((panel: Panel) => {
    setCurrent((previous) => {
      if (previous === undefined) {
        const active = document.activeElement;
        opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      }
      return panel;
    });
  }, []);
  const close = useCallback(() => {
    setCurrent((previous) => (previous?.kind === 'safety-number' ? previous.returnTo : undefined));
  }, []);
  useEffect(() => {
    if (current !== undefined) return;
    const element = opener.current;
    opener.current = null;
    if (element?.isConnected === true) element.focus();
  }, [current]);
  const value = useMemo<Panels>(() => ({ current, open, close }), [current, open, close]);
  return <PanelsContext.Provider value={value}>{props.children}</PanelsContext.Provider>;
}

export function usePanels(): Panels {
  const panels = useContext(PanelsContext);
  if (panels === undefined) throw new Error('usePanels() outside <PanelsProvider>');
  return panels;
}
