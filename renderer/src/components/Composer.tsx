import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSendKey } from '../state/format';

/** Enter sends, Shift+Enter starts a new line; a failed send keeps the text and says why. */
export function Composer(props: { readonly onSend: (body: string) => Promise<void> }): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const send = (): void => {
    const body = draft.trim();
    if (body === '' || sending) return;
    setSending(true);
    props.onSend(body).then(
      () => {
        setDraft('');
        setError(undefined);
        setSending(false);
      },
      (failure: unknown) => {
        setError(failure instanceof Error ? failure.message : String(failure));
        setSending(false);
      },
    );
  };
  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label htmlFor={`${id}-body`} className="visually-hidden">
        {t('chats.composerLabel')}
      </label>
      <textarea
        id={`${id}-body`}
        rows={2}
        value={draft}
        placeholder={t('chats.composerPlaceholder')}
        maxLength={4000}
        onChange={(event) => {
          setDraft(event.target.value);
        }}
        onKeyDown={(event) => {
          if (isSendKey({ key: event.key, shiftKey: event.shiftKey, isComposing: event.nativeEvent.isComposing })) {
            event.preventDefault();
            send();
          }
        }}
      />
      <button type="submit" disabled={draft.trim() === '' || sending}>
        {t('chats.send')}
      </button>
      {error !== undefined && (
        <p className="composer-error" role="alert">
          {t('chats.sendFailed', { reason: error })}
        </p>
      )}
    </form>
  );
}
