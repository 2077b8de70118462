/**
 * Ctrl+K: type part of a name or handle, choose with the arrows, Enter opens the chat.
 * A combobox whose highlighted option is announced through aria-activedescendant, so
 * focus stays in the field while the user types.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../../../../shared/ipc/chats';
import { Avatar } from '../../ui/Avatar';
import { Dialog } from '../../ui/Dialog';
import { filterConversations, moveIndex } from './logic';

export function JumpPalette(props: {
  readonly conversations: ReadonlyArray<ConversationSummary> | undefined;
  readonly onOpenConversation: (conversationId: string) => void;
  readonly onClose: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [highlighted, setHighlighted] = useState(0);
  const matches = useMemo(() => filterConversations(props.conversations ?? [], query), [props.conversations, query]);
  const active = highlighted >= 0 && highlighted < matches.length ? matches[highlighted] : undefined;
  const choose = (conversation: ConversationSummary): void => {
    props.onClose();
    props.onOpenConversation(conversation.id);
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setHighlighted((current) => moveIndex(current, event.key === 'ArrowDown' ? 1 : -1, matches.length));
    } else if (event.key === 'Enter' && active !== undefined) {
      event.preventDefault();
      choose(active);
    }
  };
  const optionId = (conversation: ConversationSummary): string => `${id}-option-${conversation.id}`;
  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-hint`} className="jump-palette" onClose={props.onClose} initialFocus={input}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('panels.jump.title')}
      </h2>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('panels.jump.inputLabel')}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={active === undefined ? undefined : optionId(active)}
        placeholder={t('panels.jump.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setHighlighted(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t('panels.jump.listLabel')} className="palette-list">
        {matches.map((conversation, index) => (
          <li
            key={conversation.id}
            id={optionId(conversation)}
            role="option"
            aria-selected={index === highlighted}
            className="palette-option"
            onPointerMove={() => {
              setHighlighted(index);
            }}
            onClick={() => {
              choose(conversation);
            }}
          >
            <Avatar id={conversation.id} title={conversation.title} dataUrl={conversation.avatarDataUrl} size="small" />
            <span className="palette-option-title">{conversation.title}</span>
            {conversation.handle !== null && <span className="palette-option-detail">@{conversation.handle.replace(/^@/, '')}</span>}
            {conversation.unread > 0 && <span className="palette-option-badge">{t('panels.jump.unread', { count: conversation.unread })}</span>}
          </li>
        ))}
      </ul>
      {matches.length === 0 && (
        <p className="panel-note" role="status">
          {props.conversations === undefined || props.conversations.length === 0 ? t('panels.jump.noChats') : t('panels.jump.noMatch', { query })}
        </p>
      )}
      <p id={`${id}-hint`} className="panel-hint">
        {t('panels.jump.hint')}
      </p>
    </Dialog>
  );
}
