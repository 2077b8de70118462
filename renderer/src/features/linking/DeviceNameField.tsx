import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeDeviceName } from '../../state/format';

/** The name the phone's device list will show; 1 to 50 characters, saved on Enter or "Save name". */
export function DeviceNameField(props: {
  readonly value: string;
  readonly onSave: (name: string) => Promise<void>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(props.value);
  const [message, setMessage] = useState<'saved' | 'invalid' | undefined>();
  useEffect(() => {
    setDraft(props.value);
  }, [props.value]);
  const changed = draft.trim() !== props.value;
  const save = (event: React.SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const name = normalizeDeviceName(draft);
    if (name === undefined) {
      setMessage('invalid');
      return;
    }
    props.onSave(name).then(
      () => {
        setMessage('saved');
      },
      () => {
        setMessage('invalid');
      },
    );
  };
  return (
    <form className="device-name" onSubmit={save}>
      <label htmlFor={`${id}-name`}>{t('link.deviceNameLabel')}</label>
      <div className="device-name-row">
        <input
          id={`${id}-name`}
          type="text"
          value={draft}
          maxLength={50}
          aria-invalid={message === 'invalid'}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setDraft(event.target.value);
            setMessage(undefined);
          }}
        />
        <button type="submit" className="secondary" disabled={!changed}>
          {t('link.deviceNameSave')}
        </button>
      </div>
      <p id={`${id}-hint`} className={message === 'invalid' ? 'field-hint invalid' : 'field-hint'} aria-live="polite">
        {message === 'invalid' ? t('link.deviceNameInvalid') : message === 'saved' ? t('link.deviceNameSaved') : ''}
      </p>
    </form>
  );
}
