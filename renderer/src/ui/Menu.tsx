/**
 * A popup menu (role="menu") for context menus and "more" buttons: arrow keys move,
 * Enter/Space choose, Escape or a click outside closes and focus returns to the opener.
 * Placed with CSSOM from script (allowed by the CSP, unlike style attributes).
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLatest } from '../state/useLatest';

export interface MenuItem {
  readonly id: string;
  readonly label: string;
  readonly onSelect: () => void;
  readonly danger?: boolean;
  readonly disabled?: boolean;
}

export interface MenuPosition {
  readonly x: number;
  readonly y: number;
}

export function Menu(props: {
  readonly label: string;
  readonly items: ReadonlyArray<MenuItem>;
  readonly position: MenuPosition;
  readonly onClose: () => void;
  /** Where focus goes back to; defaults to whatever had it when the menu opened. */
  readonly returnFocus?: HTMLElement | null;
}): React.JSX.Element {
  const menu = useRef<HTMLUListElement>(null);
  const opener = useRef<Element | null>(null);
  const { onClose } = props;

  useLayoutEffect(() => {
    const element = menu.current;
    if (element === null) return;
    opener.current ??= props.returnFocus ?? document.activeElement;
    // Keep the menu inside the window.
    const rect = element.getBoundingClientRect();
    const x = Math.max(8, Math.min(props.position.x, window.innerWidth - rect.width - 8));
    const y = Math.max(8, Math.min(props.position.y, window.innerHeight - rect.height - 8));
    element.style.left = `${String(x)}px`;
    element.style.top = `${String(y)}px`;
    element.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [props.position, props.returnFocus]);

  const close = useLatest(onClose);
  useEffect(() => {
    const onPointer = (event: PointerEvent): void => {
      if (menu.current !== null && !menu.current.contains(event.target as Node)) close.current();
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      const back = opener.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, [close]);

  const move = (step: number): void => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const index = buttons.findIndex((button) => button === document.activeElement);
    const next = buttons[(index + step + buttons.length) % buttons.length];
    next?.focus();
  };

  return (
    <ul
      ref={menu}
      className="popup-menu"
      role="menu"
      aria-label={props.label}
      onKeyDown={(event) => {
        switch (event.key) {
          case 'ArrowDown':
            event.preventDefault();
            move(1);
            break;
          case 'ArrowUp':
            event.preventDefault();
            move(-1);
            break;
          case 'Home':
          case 'End': {
            event.preventDefault();
            const buttons = menu.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)');
            if (buttons !== undefined && buttons.length > 0) buttons[event.key === 'Home' ? 0 : buttons.length - 1]?.focus();
            break;
          }
          case 'Escape':
          case 'Tab':
            event.preventDefault();
            event.stopPropagation();
            onClose();
            break;
          default:
            break;
        }
      }}
    >
      {props.items.map((item) => (
        <li key={item.id} role="none">
          <button
            type="button"
            role="menuitem"
            className={item.danger === true ? 'danger-item' : undefined}
            disabled={item.disabled}
            onClick={() => {
              onClose();
              item.onSelect();
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Where a menu opened from a button goes: under it, right-aligned. */
export function positionBelow(element: Element): MenuPosition {
  const rect = element.getBoundingClientRect();
  return { x: rect.right - 220, y: rect.bottom + 4 };
}
