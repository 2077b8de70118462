import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type CopyOutcome = 'idle' | 'copied' | 'failed';

/** Copies the linking URL for phones without a camera (Electron grants clipboard-sanitized-write). */
export function CopyLinkButton(props: { readonly url: string }): React.JSX.Element {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<CopyOutcome>('idle');
  useEffect(() => {
    setOutcome('idle');
  }, [props.url]);
  const copy = (): void => {
    navigator.clipboard.writeText(props.url).then(
      () => {
        setOutcome('copied');
      },
      () => {
        setOutcome('failed');
      },
    );
  };
  return (
    <div className="copy-link">
      <button type="button" className="secondary" onClick={copy}>
        {t('link.copyLink')}
      </button>
      <span className="copy-outcome" aria-live="polite">
        {outcome === 'copied' ? t('link.copied') : outcome === 'failed' ? t('link.copyFailed') : ''}
      </span>
    </div>
  );
}
