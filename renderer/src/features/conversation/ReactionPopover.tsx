/**
 * Quick reactions (and the full picker) beside a message, placed by the button it opened
 * from; arrow keys move along the quick row, Escape or a click outside closes it.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { quickReactions } from './emojiData';
import { Icon } from '../../ui/Icons';
import { useLatest } from '../../state/useLatest';

const EmojiPicker = lazy(() => import('./EmojiPicker').then((module) => ({ default: module.EmojiPicker })));

export function ReactionPopover(props: {
  /** The button it opened from; measured when it opens, not on every render. */
  readonly opener: HTMLElement;
  readonly full: boolean;
  readonly mine: string | undefined;
  readonly onPick: (emoji: string) => void;
  readonly onMore: () => void;
  readonly onClose: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const { opener } = props;
  const close = useLatest(props.onClose);
  useEffect(() => {
    const element = root.current;
    if (element === null) return;
    const anchor = opener.getBoundingClientRect();
    const rect = element.getBoundingClientRect();
    const x = Math.max(8, Math.min(anchor.left + anchor.width / 2 - rect.width / 2, window.innerWidth - rect.width - 8));
    const above = anchor.top - rect.height - 8;
    const y = above > 8 ? above : Math.min(anchor.bottom + 8, window.innerHeight - rect.height - 8);
    element.style.left = `${String(x)}px`;
    element.style.top = `${String(y)}px`;
    if (!props.full) element.querySelector<HTMLButtonElement>('button')?.focus();
  }, [opener, props.full]);
  useEffect(() => {
    const onPointer = (event: PointerEvent): void => {
      if (root.current !== null && !root.current.contains(event.target as Node)) close.current();
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, [close]);
  return (
    <div
      ref={root}
      className={`reaction-popover${props.full ? ' full' : ''}`}
      role="dialog"
      aria-label={t('conversation.actions.react')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          props.onClose();
        } else if (!props.full && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
          const buttons = [...(root.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
          const index = buttons.findIndex((button) => button === document.activeElement);
          buttons[(index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length]?.focus();
          event.preventDefault();
        }
      }}
    >
      {props.full ? (
        <Suspense fallback={<p className="emoji-note">{t('conversation.emoji.loading')}</p>}>
          <EmojiPicker onPick={props.onPick} onClose={props.onClose} placement="below" />
        </Suspense>
      ) : (
        <div className="quick-reactions">
          {quickReactions.map((emoji) => (
            <button
              key={emoji}
              type="button"
              className={`quick-reaction${props.mine === emoji ? ' mine' : ''}`}
              aria-label={t('conversation.actions.reactWith', { emoji })}
              aria-pressed={props.mine === emoji}
              onClick={() => {
                props.onPick(emoji);
              }}
            >
              {emoji}
            </button>
          ))}
          <button type="button" className="quick-reaction more" aria-label={t('conversation.actions.moreReactions')} title={t('conversation.actions.moreReactions')} onClick={props.onMore}>
            <Icon name="plus" />
          </button>
        </div>
      )}
    </div>
  );
}
