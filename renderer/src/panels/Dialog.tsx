/**
 * The modal every panel uses: a native <dialog> opened with showModal(), so the page
 * behind is inert and Esc closes it; Tab is kept inside explicitly as well, because
 * browsers let it leave to their own toolbar. Focus returns to the opener through
 * PanelsContext.
 */
import { useEffect, useRef } from 'react';

const focusableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

export function Dialog(props: {
  readonly labelledBy: string;
  readonly describedBy?: string;
  readonly className: string;
  readonly onClose: () => void;
  /** Focused when the dialog opens; else the first focusable element. */
  readonly initialFocus?: React.RefObject<HTMLElement | null>;
  readonly children: React.ReactNode;
}): React.JSX.Element {
  const dialog = useRef<HTMLDialogElement>(null);
  // Opened once per mount: a parent passing a new onClose each render must not reopen it (and move focus).
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  const initialFocus = useRef(props.initialFocus);
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return undefined;
    if (!element.open) element.showModal();
    initialFocus.current?.current?.focus();
    const onCloseEvent = (): void => {
      onClose.current();
    };
    element.addEventListener('close', onCloseEvent);
    return () => {
      element.removeEventListener('close', onCloseEvent);
      if (element.open) element.close();
    };
  }, []);
  const keepFocusInside = (event: React.KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key !== 'Tab' || dialog.current === null) return;
    const focusables = [...dialog.current.querySelectorAll<HTMLElement>(focusableSelector)].filter(
      (element) => element.getClientRects().length > 0,
    );
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (first === undefined || last === undefined) return;
    if (event.shiftKey && (document.activeElement === first || document.activeElement === dialog.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  return (
    <dialog
      ref={dialog}
      className={`panel-dialog ${props.className}`}
      aria-modal="true"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      onKeyDown={keepFocusInside}
    >
      {props.children}
    </dialog>
  );
}

/** The heading row of a dialog: its title and a Close button. */
export function DialogHeader(props: { readonly id: string; readonly title: string; readonly closeLabel: string; readonly onClose: () => void; readonly children?: React.ReactNode }): React.JSX.Element {
  return (
    <header className="dialog-header">
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
      <button type="button" className="link-button" onClick={props.onClose}>
        {props.closeLabel}
      </button>
    </header>
  );
}
