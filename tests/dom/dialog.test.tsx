import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Dialog, ModalDialog } from '../../renderer/src/ui/Dialog';

afterEach(() => {
  cleanup();
});

/** A button that opens a dialog with two buttons and a file input, as the safety-number panel has. */
function Opener(props: { readonly modal?: boolean }): React.JSX.Element {
  const [open, setOpen] = useState(false);
  const [closes, setCloses] = useState(0);
  const close = (): void => {
    setOpen(false);
    setCloses((count) => count + 1);
  };
  return (
    <>
      <button type="button" onClick={() => { setOpen(true); }}>
        Open
      </button>
      <output aria-label="closes">{closes}</output>
      {open &&
        (props.modal === true ? (
          <ModalDialog title="Delete?" onClose={close}>
            <button type="button">Cancel</button>
            <button type="button">Delete</button>
          </ModalDialog>
        ) : (
          <Dialog labelledBy="t" className="test" onClose={close}>
            <h2 id="t">Safety number</h2>
            <button type="button">First</button>
            <input type="file" aria-label="Choose image" />
            <button type="button">Last</button>
          </Dialog>
        ))}
    </>
  );
}

function escape(dialog: HTMLElement): void {
  // What Chromium does on Escape in a modal dialog: a `cancel` event on the dialog itself.
  fireEvent(dialog, new Event('cancel', { cancelable: true }));
}

describe.each([false, true])('the one modal (ModalDialog: %s)', (modal) => {
  it('opens as a modal, closes on Escape through its parent, and gives focus back to the opener', () => {
    render(<Opener modal={modal} />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog');
    expect((dialog as HTMLDialogElement).open).toBe(true);
    escape(dialog);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText('closes').textContent).toBe('1');
    expect(document.activeElement).toBe(opener);
  });

  it('keeps Tab and Shift+Tab inside', () => {
    render(<Opener modal={modal} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog');
    const buttons = [...dialog.querySelectorAll('button')];
    const last = buttons.at(-1);
    const first = dialog.querySelector<HTMLElement>('button, input');
    last?.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });
});

describe('the panel dialog', () => {
  it('stays open when a file picker inside it is dismissed (its cancel event bubbles)', () => {
    render(<Opener />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const input = screen.getByLabelText('Choose image');
    fireEvent(input, new Event('cancel', { bubbles: true, cancelable: true }));
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(screen.getByLabelText('closes').textContent).toBe('0');
  });
});
