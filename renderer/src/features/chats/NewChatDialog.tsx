/** Ctrl+N: start a chat by handle; the host looks the handle up on the relay. */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../ipc';
import { Dialog, DialogHeader } from '../../ui/Dialog';
import { normalizeHandleInput } from './logic';
import { hostErrorText, failureReason } from '../../i18n/failure';


export function NewChatDialog(props: { readonly onOpenConversation: (conversationId: string) => void; readonly onClose: () => void }): React.JSX.Element {
  const { chats } = useApi();
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [handle, setHandle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { onClose, onOpenConversation } = props;

  const submit = (event: React.SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const wanted = normalizeHandleInput(handle);
    if (wanted === '') {
      setError(t('panels.newChat.empty'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(undefined);
    chats.startChat(wanted).then(
      (summary) => {
        onClose();
        onOpenConversation(summary.id);
      },
      (failure: unknown) => {
        setBusy(false);
        if (failureReason(failure) === 'unknown-handle') setError(t('panels.newChat.unknown', { handle: wanted }));
        else setError(hostErrorText(failure) ?? t('panels.newChat.failed', { reason: t('panels.genericError') }));
        input.current?.focus();
      },
    );
  };

  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-lead`} className="new-chat-dialog" onClose={onClose} initialFocus={input}>
      <DialogHeader id={`${id}-title`} title={t('panels.newChat.title')} closeLabel={t('panels.close')} onClose={onClose} />
      <p id={`${id}-lead`} className="panel-lead">
        {t('panels.newChat.lead')}
      </p>
      <form className="new-chat-form" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-handle`}>{t('panels.newChat.handleLabel')}</label>
        <div className="field-row">
          <input
            ref={input}
            id={`${id}-handle`}
            type="text"
            value={handle}
            placeholder={t('panels.newChat.handlePlaceholder')}
            autoComplete="off"
            spellCheck={false}
            maxLength={65}
            aria-invalid={error !== undefined}
            aria-describedby={error === undefined ? undefined : `${id}-error`}
            onChange={(event) => {
              setHandle(event.target.value);
              setError(undefined);
            }}
          />
          <button type="submit" disabled={busy}>
            {busy ? t('panels.newChat.starting') : t('panels.newChat.start')}
          </button>
        </div>
        <p id={`${id}-error`} className="field-hint invalid" role="alert">
          {error ?? ''}
        </p>
      </form>
    </Dialog>
  );
}
