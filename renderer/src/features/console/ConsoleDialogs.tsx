/** The console's shortcuts sheet and its command palette (Ctrl+K): views and actions by name. */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleView } from '../../../../shared/ipc/console';
import { consoleViews } from '../../../../shared/ipc/console';
import { Dialog, DialogHeader } from '../../ui/Dialog';
import { ShortcutsTable } from '../../ui/ShortcutsTable';
import { moveIndex } from '../chats/logic';
import type { ConsoleKeyAction } from './consoleModel';
import { consoleShortcuts } from './consoleModel';

const shortcutKeys: Readonly<Record<ConsoleKeyAction, 'next' | 'previous' | 'resolve' | 'resolveNext' | 'reply' | 'note' | 'snooze' | 'assignMe' | 'palette' | 'help'>> = {
  next: 'next',
  previous: 'previous',
  resolve: 'resolve',
  'resolve-next': 'resolveNext',
  reply: 'reply',
  note: 'note',
  snooze: 'snooze',
  'assign-me': 'assignMe',
  palette: 'palette',
  help: 'help',
};

export function ConsoleShortcutsDialog(props: { readonly onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Dialog labelledBy={`${id}-title`} className="shortcuts-dialog" onClose={props.onClose}>
      <DialogHeader id={`${id}-title`} title={t('console.shortcuts.title')} closeLabel={t('panels.close')} onClose={props.onClose} />
      <ShortcutsTable rows={consoleShortcuts.map(({ action, keys }) => [keys, t(`console.shortcuts.${shortcutKeys[action]}`)] as const)} />
    </Dialog>
  );
}

interface Command {
  readonly id: string;
  readonly label: string;
  readonly run: () => void;
}

export function CommandPalette(props: {
  readonly hasConversation: boolean;
  readonly onView: (view: ConsoleView) => void;
  readonly onAction: (action: ConsoleKeyAction) => void;
  readonly onClose: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [highlighted, setHighlighted] = useState(0);
  const { onView, onAction, onClose, hasConversation } = props;
  const commands = useMemo<ReadonlyArray<Command>>(() => {
    const views = consoleViews.map((view) => ({ id: `view-${view}`, label: t('console.palette.goTo', { view: t(`console.views.${view}`) }), run: () => { onView(view); } }));
    const actions = consoleShortcuts
      .filter(({ action }) => action !== 'palette' && (hasConversation || action === 'next' || action === 'previous' || action === 'help'))
      .map(({ action }) => ({ id: `action-${action}`, label: t(`console.shortcuts.${shortcutKeys[action]}`), run: () => { onAction(action); } }));
    return [...actions, ...views];
  }, [t, onView, onAction, hasConversation]);
  const wanted = query.trim().toLocaleLowerCase();
  const matches = commands.filter((command) => command.label.toLocaleLowerCase().includes(wanted));
  const active = matches[Math.min(highlighted, matches.length - 1)];
  const choose = (command: Command): void => {
    onClose();
    command.run();
  };
  return (
    <Dialog labelledBy={`${id}-title`} className="jump-palette" onClose={onClose} initialFocus={input}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('console.palette.title')}
      </h2>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('console.palette.inputLabel')}
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
        aria-activedescendant={active === undefined ? undefined : `${id}-${active.id}`}
        placeholder={t('console.palette.placeholder')}
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setHighlighted(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setHighlighted((current) => moveIndex(current, event.key === 'ArrowDown' ? 1 : -1, matches.length));
          } else if (event.key === 'Enter' && active !== undefined) {
            event.preventDefault();
            choose(active);
          }
        }}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t('console.palette.title')} className="palette-list">
        {matches.map((command, index) => (
          <li
            key={command.id}
            id={`${id}-${command.id}`}
            role="option"
            aria-selected={command === active}
            className="palette-option"
            onPointerMove={() => {
              setHighlighted(index);
            }}
            onClick={() => {
              choose(command);
            }}
          >
            <span className="palette-option-title">{command.label}</span>
          </li>
        ))}
      </ul>
      {matches.length === 0 && (
        <p className="panel-note" role="status">
          {t('console.palette.empty')}
        </p>
      )}
    </Dialog>
  );
}
