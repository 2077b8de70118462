/**
 * The one modal of the renderer: a native <dialog> opened with showModal(), so the page
 * behind is inert. Escape asks the parent to close (it unmounts the dialog); Tab is kept
 * inside explicitly as well, because browsers let it leave to their own toolbar; focus
 * goes back to what had it when the dialog opened, if that is still on the page.
 * `Dialog` (panels), `ModalDialog` (a titled confirmation) and the lightbox all use
 * `useModal`, so they behave alike.
 */
import { useEffect, useId, useRef } from 'react';
import type { RefObject } from 'react';
import { useLatest } from '../state/useLatest';

const focusableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

export interface Modal {
  readonly ref: RefObject<HTMLDialogElement | null>;
  /** For the dialog's onKeyDown: keeps Tab and Shift+Tab inside. */
  readonly onKeyDown: (event: React.KeyboardEvent<HTMLDialogElement>) => void;
}

/** Opens the referenced <dialog> as a modal while mounted (once per mount: a new `onClose` each render must not reopen it). */
export function useModal(onClose: () => void, initialFocus?: RefObject<HTMLElement | null>): Modal {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useLatest(onClose);
  const focusFirst = useRef(initialFocus);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const opener = document.activeElement;
    if (!element.open) element.showModal();
    focusFirst.current?.current?.focus();
    const onCancel = (event: Event): void => {
      // A file input's dismissed picker fires a `cancel` that bubbles up to here: not ours.
      if (event.target !== element) return;
      event.preventDefault();
      close.current();
    };
    element.addEventListener('cancel', onCancel);
    return () => {
      element.removeEventListener('cancel', onCancel);
      if (element.open) element.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [close]);
  const onKeyDown = (event: React.KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key !== 'Tab' || ref.current === null) return;
    const focusables = [...ref.current.querySelectorAll<HTMLElement>(focusableSelector)].filter((element) => element.getClientRects().length > 0);
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (first === undefined || last === undefined) return;
    if (event.shiftKey && (document.activeElement === first || document.activeElement === ref.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  return { ref, onKeyDown };
}

export function Dialog(props: {
  readonly labelledBy: string;
  readonly describedBy?: string;
  readonly className: string;
  readonly onClose: () => void;
  /** Focused when the dialog opens; else the first focusable element. */
  readonly initialFocus?: React.RefObject<HTMLElement | null>;
  readonly role?: 'dialog' | 'alertdialog';
  readonly children: React.ReactNode;
}): React.JSX.Element {
  const modal = useModal(props.onClose, props.initialFocus);
  return (
    <dialog
      ref={modal.ref}
      className={`panel-dialog ${props.className}`}
      role={props.role}
      aria-modal="true"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      onKeyDown={modal.onKeyDown}
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

/** A titled modal with an optional description: confirmations and details in a conversation. */
export function ModalDialog(props: {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: React.ReactNode;
  readonly role?: 'dialog' | 'alertdialog';
  readonly className?: string;
  /** Shown as the dialog's description for screen readers. */
  readonly description?: string;
}): React.JSX.Element {
  const modal = useModal(props.onClose);
  const id = useId();
  return (
    <dialog
      ref={modal.ref}
      className={`cv-dialog${props.className === undefined ? '' : ` ${props.className}`}`}
      role={props.role}
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={props.description === undefined ? undefined : `${id}-description`}
      onKeyDown={modal.onKeyDown}
    >
      <h2 id={`${id}-title`} className="cv-dialog-title">
        {props.title}
      </h2>
      {props.description !== undefined && (
        <p id={`${id}-description`} className="cv-dialog-description">
          {props.description}
        </p>
      )}
      {props.children}
    </dialog>
  );
}
