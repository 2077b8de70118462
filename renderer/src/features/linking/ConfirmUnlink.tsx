import { useTranslation } from 'react-i18next';

/** "Unlink this desktop?" with its consequences, asked before the local data is wiped. */
export function ConfirmUnlink(props: {
  /** The heading level that fits where the question appears. */
  readonly heading: 'h2' | 'h4';
  readonly busy?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const Heading = props.heading;
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-body">
      <Heading id="confirm-title">{t('settings.confirmTitle')}</Heading>
      <p id="confirm-body">{t('settings.confirmBody')}</p>
      <div className="confirm-actions">
        <button type="button" className="danger" onClick={props.onConfirm} disabled={props.busy === true}>
          {t('settings.confirmUnlink')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel} disabled={props.busy === true}>
          {t('settings.confirmCancel')}
        </button>
      </div>
    </div>
  );
}
