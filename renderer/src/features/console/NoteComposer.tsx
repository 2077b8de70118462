/**
 * A private note: typed like a message, never sent to the customer. `@` opens a list of
 * the business's agents (arrows choose, Enter or Tab inserts); the note names the seats
 * whose `@Name` it contains, so they find it in their Mentions view.
 */
import { useId, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleInfo } from '../../../../shared/ipc/console';
import { Icon } from '../../ui/Icons';
import { insertMention, mentionCandidates, mentionedSeats, mentionQuery } from './consoleModel';

export interface NoteComposerHandle {
  readonly focus: () => void;
}

export function NoteComposer(props: {
  readonly info: ConsoleInfo;
  readonly onAdd: (text: string, mentions: ReadonlyArray<string>) => void;
  readonly ref?: React.Ref<NoteComposerHandle>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [highlighted, setHighlighted] = useState(0);
  const [dismissed, setDismissed] = useState<number>();
  useImperativeHandle(props.ref, () => ({ focus: () => textarea.current?.focus() }));

  const mention = mentionQuery(text, caret);
  const candidates = mention === undefined || dismissed === mention.start ? [] : mentionCandidates(props.info.roster, mention.query, props.info.mySeat?.seatId);
  const active = candidates[Math.min(highlighted, candidates.length - 1)];

  const choose = (name: string): void => {
    if (mention === undefined) return;
    const next = insertMention(text, mention, name);
    setText(next.text);
    setCaret(next.caret);
    setHighlighted(0);
    requestAnimationFrame(() => {
      textarea.current?.setSelectionRange(next.caret, next.caret);
    });
  };
  const add = (): void => {
    const note = text.trim();
    if (note === '') return;
    props.onAdd(note, mentionedSeats(note, props.info.roster));
    setText('');
    setCaret(0);
  };

  return (
    <div className="note-composer">
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('console.composer.noteLabel')}
      </label>
      <textarea
        ref={textarea}
        id={`${id}-text`}
        className="note-input"
        rows={2}
        maxLength={4000}
        value={text}
        placeholder={t('console.composer.notePlaceholder')}
        role="combobox"
        aria-expanded={candidates.length > 0}
        aria-controls={`${id}-mentions`}
        aria-autocomplete="list"
        aria-activedescendant={active === undefined ? undefined : `${id}-mention-${active.seatId}`}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setText(event.target.value);
          setCaret(event.target.selectionStart);
          setHighlighted(0);
        }}
        onSelect={(event) => {
          setCaret(event.currentTarget.selectionStart);
        }}
        onKeyDown={(event) => {
          if (candidates.length > 0 && active !== undefined) {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setHighlighted((current) => (current + step + candidates.length) % candidates.length);
              return;
            }
            if (event.key === 'Enter' || event.key === 'Tab') {
              event.preventDefault();
              choose(active.name);
              return;
            }
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              setDismissed(mention?.start);
              return;
            }
          }
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            add();
          }
        }}
      />
      {candidates.length > 0 && (
        <ul id={`${id}-mentions`} role="listbox" className="mention-list" aria-label={t('console.composer.mentionList')}>
          {candidates.map((seat, index) => (
            <li
              key={seat.seatId}
              id={`${id}-mention-${seat.seatId}`}
              role="option"
              aria-selected={seat === active}
              className={`mention-option${index === highlighted ? ' highlighted' : ''}`}
              onPointerDown={(event) => {
                event.preventDefault();
                choose(seat.name);
              }}
            >
              {seat.name}
              <span className="mention-role">{t(`console.role.${seat.role}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="note-actions">
        <p id={`${id}-hint`} className="note-hint">
          <Icon name="lock" />
          {t('console.composer.noteHint')}
        </p>
        <button type="button" className="primary-button" disabled={text.trim() === ''} onClick={add}>
          {t('console.composer.addNote')}
        </button>
      </div>
    </div>
  );
}
