/** A native modal <dialog>: focus is trapped by the browser, Escape closes, focus returns to the opener. */
import { useEffect, useId, useRef } from 'react';
import type { RefObject } from 'react';
import { useLatest } from '../state/useLatest';

export function ModalDialog(props: {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: React.ReactNode;
  readonly role?: 'dialog' | 'alertdialog';
  readonly className?: string;
  /** Shown as the dialog's description for screen readers. */
  readonly description?: string;
}): React.JSX.Element {
  const dialog = useModalDialog(props.onClose);
  const id = useId();
  return (
    <dialog
      ref={dialog}
      className={`cv-dialog${props.className === undefined ? '' : ` ${props.className}`}`}
      role={props.role}
      aria-labelledby={`${id}-title`}
      aria-describedby={props.description === undefined ? undefined : `${id}-description`}
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

/**
 * Opens the referenced <dialog> as a modal while mounted: Escape calls `onClose`
 * (the parent decides), and focus goes back to whatever had it before.
 */
export function useModalDialog(onClose: () => void): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useLatest(onClose);
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return undefined;
    const opener = document.activeElement;
    element.showModal();
    const onCancel = (event: Event): void => {
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
  return dialog;
}
