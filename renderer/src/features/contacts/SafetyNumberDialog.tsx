/**
 * The safety number with one contact: 60 digits in 12 groups, its QR code, the
 * verified state, and two ways to compare with the other person's screen: read their
 * QR code from a picture, or paste their digits. The host compares (libsignal's
 * scannable fingerprint); the renderer only decodes the picture.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView, SafetyNumberComparison, SafetyNumberView } from '../../../../shared/ipc/contacts';
import { QrCode } from '../linking/QrCode';
import { useApi } from '../../ipc';
import { useContactReload } from './useContactReload';
import { Dialog, DialogHeader } from '../../ui/Dialog';
import { digitsOnly } from '../chats/logic';
import { NotAnImageError, readQrCode } from './qrScan';
import { hostErrorText } from '../../i18n/failure';


type Comparison =
  | { readonly kind: 'none' }
  | { readonly kind: 'working' }
  | { readonly kind: 'match' }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'problem'; readonly text: string };

export function SafetyNumberDialog(props: { readonly conversationId: string; readonly onClose: () => void }): React.JSX.Element {
  const { contacts } = useApi();
  const { t } = useTranslation();
  const id = useId();
  const [safety, setSafety] = useState<SafetyNumberView>();
  const [contact, setContact] = useState<ContactView>();
  const [loadError, setLoadError] = useState<string>();
  const [actionError, setActionError] = useState<string>();
  const [comparison, setComparison] = useState<Comparison>({ kind: 'none' });
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const { conversationId } = props;

  const load = useCallback(
    (isLive: () => boolean) => {
      Promise.all([contacts.getSafetyNumber(conversationId), contacts.get(conversationId)]).then(
        ([nextSafety, nextContact]) => {
          if (!isLive()) return;
          setSafety(nextSafety);
          setContact(nextContact);
          setLoadError(undefined);
        },
        (error: unknown) => {
          if (isLive()) setLoadError(hostErrorText(error) ?? t('panels.genericError'));
        },
      );
    },
    [conversationId, t],
  );
  useContactReload(conversationId, load);

  const title = contact?.title ?? '';
  const verified = safety?.verified === 'verified' || contact?.verified === 'verified';

  const compare = (against: SafetyNumberComparison): void => {
    setComparison({ kind: 'working' });
    contacts.compareSafetyNumber(conversationId, against).then(
      (result) => {
        setComparison({ kind: result.matches ? 'match' : 'mismatch' });
      },
      (error: unknown) => {
        setComparison({ kind: 'problem', text: t('panels.safety.compareFailed', { reason: hostErrorText(error) ?? t('panels.genericError') }) });
      },
    );
  };
  const scan = (image: Blob): void => {
    setComparison({ kind: 'working' });
    readQrCode(image).then(
      (payload) => {
        if (payload === undefined) setComparison({ kind: 'problem', text: t('panels.safety.scanNoCode') });
        else compare({ kind: 'scanned', qrPayload: payload });
      },
      (error: unknown) => {
        setComparison({ kind: 'problem', text: error instanceof NotAnImageError ? t('panels.safety.scanNotImage') : t('panels.safety.scanNoCode') });
      },
    );
  };
  const firstImage = (items: ArrayLike<{ readonly kind: string; readonly type: string; getAsFile(): File | null }>): File | undefined => {
    for (const item of Array.from(items)) {
      if (item.kind === 'file' && item.type.startsWith('image/')) return item.getAsFile() ?? undefined;
    }
    return undefined;
  };
  const onPaste = (event: React.ClipboardEvent): void => {
    const image = firstImage(event.clipboardData.items);
    if (image === undefined) return;
    event.preventDefault();
    scan(image);
  };
  const comparePasted = (event: React.SyntheticEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const digits = digitsOnly(pasted);
    if (digits.length !== 60) {
      setComparison({ kind: 'problem', text: t('panels.safety.pasteWrongLength', { count: digits.length }) });
      return;
    }
    compare({ kind: 'digits', digits });
  };
  const setVerified = (next: boolean): void => {
    setActionError(undefined);
    contacts.setVerified(conversationId, next).then(
      (nextContact) => {
        setContact(nextContact);
        setSafety((current) => (current === undefined ? current : { ...current, verified: nextContact.verified }));
      },
      (error: unknown) => {
        setActionError(hostErrorText(error) ?? t('panels.genericError'));
      },
    );
  };
  const acceptChange = (): void => {
    setActionError(undefined);
    contacts.acceptIdentityChange(conversationId).then(
      (nextContact) => {
        setContact(nextContact);
        load(() => true);
      },
      (error: unknown) => {
        setActionError(hostErrorText(error) ?? t('panels.genericError'));
      },
    );
  };

  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-lead`} className="safety-dialog" onClose={props.onClose}>
      {/* Pasting a screenshot anywhere in the dialog compares it. */}
      <div className="safety-body" onPaste={onPaste}>
        <DialogHeader id={`${id}-title`} title={title === '' ? t('panels.safety.title') : t('panels.safety.withContact', { title })} closeLabel={t('panels.close')} onClose={props.onClose} />
        {loadError !== undefined && (
          <p className="panel-error" role="alert">
            {t('panels.safety.loadFailed', { reason: loadError })}
          </p>
        )}
        {safety === undefined || contact === undefined ? (
          loadError === undefined && <p className="panel-note">{t('panels.safety.loading')}</p>
        ) : (
          <>
            <p id={`${id}-lead`} className="panel-lead">
              {t('panels.safety.lead', { title })}
            </p>
            {contact.identityChangePending && (
              <div className="identity-change" role="alert">
                <h3>{t('panels.safety.changedTitle')}</h3>
                <p>{t('panels.safety.changedBody', { title })}</p>
                <button type="button" onClick={acceptChange}>
                  {t('panels.safety.acceptChange')}
                </button>
              </div>
            )}
            <div className="safety-number">
              <p className="safety-digits" role="group" aria-label={t('panels.safety.digitsLabel')} data-digits={safety.digits}>
                {safety.groups.map((group, index) => (
                  // Groups repeat ("00000"), so their position is their identity.
                  <span key={index} className="safety-group">
                    {group}
                  </span>
                ))}
              </p>
              <div className="safety-qr">
                <QrCode value={safety.qrPayload} label={t('panels.safety.qrLabel', { title })} />
              </div>
            </div>
            <div className="safety-verified">
              <p className={verified ? 'verified-line verified' : 'verified-line'}>
                {verified ? (
                  <>
                    <span aria-hidden="true">✓ </span>
                    {t('panels.safety.verifiedYes', { title })}
                  </>
                ) : (
                  t('panels.safety.verifiedNo', { title })
                )}
              </p>
              {/* After a match the outcome below offers "Mark as verified": one button, where the eye is. */}
              {(verified || comparison.kind !== 'match') && (
                <button
                  type="button"
                  className={verified ? 'secondary' : undefined}
                  disabled={contact.identityChangePending}
                  onClick={() => {
                    setVerified(!verified);
                  }}
                >
                  {verified ? t('panels.safety.clearVerified') : t('panels.safety.markVerified')}
                </button>
              )}
            </div>
            {actionError !== undefined && (
              <p className="panel-error" role="alert">
                {actionError}
              </p>
            )}
            <section className="panel-section safety-compare" aria-labelledby={`${id}-compare`}>
              <h3 id={`${id}-compare`}>{t('panels.safety.compareTitle')}</h3>
              <div className="compare-ways">
                <div
                  className={dragging ? 'drop-zone dragging' : 'drop-zone'}
                  onDragOver={(event) => {
                    event.preventDefault();
                    setDragging(true);
                  }}
                  onDragLeave={() => {
                    setDragging(false);
                  }}
                  onDrop={(event) => {
                    event.preventDefault();
                    setDragging(false);
                    const image = firstImage(event.dataTransfer.items);
                    const file = image ?? event.dataTransfer.files[0];
                    if (file !== undefined) scan(file);
                  }}
                >
                  <h4 id={`${id}-scan`}>{t('panels.safety.scanTitle')}</h4>
                  <p className="setting-detail">{t('panels.safety.scanHelp')}</p>
                  <label className="file-button">
                    <input
                      type="file"
                      accept="image/*"
                      className="visually-hidden"
                      onChange={(event) => {
                        const file = event.target.files?.[0];
                        event.target.value = '';
                        if (file !== undefined) scan(file);
                      }}
                    />
                    {t('panels.safety.scanChoose')}
                  </label>
                  <p className="drop-note" aria-hidden="true">
                    {t('panels.safety.scanDrop')}
                  </p>
                </div>
                <form className="paste-digits" onSubmit={comparePasted} noValidate>
                  <h4>{t('panels.safety.pasteTitle')}</h4>
                  <label htmlFor={`${id}-digits`}>{t('panels.safety.pasteLabel')}</label>
                  <textarea
                    id={`${id}-digits`}
                    rows={3}
                    value={pasted}
                    placeholder={t('panels.safety.pastePlaceholder')}
                    spellCheck={false}
                    onChange={(event) => {
                      setPasted(event.target.value);
                    }}
                  />
                  <button type="submit" className="secondary">
                    {t('panels.safety.pasteCompare')}
                  </button>
                </form>
              </div>
              <ComparisonOutcome
                comparison={comparison}
                title={title}
                verified={verified}
                onMarkVerified={() => {
                  setVerified(true);
                }}
              />
            </section>
          </>
        )}
      </div>
    </Dialog>
  );
}

function ComparisonOutcome(props: {
  readonly comparison: Comparison;
  readonly title: string;
  readonly verified: boolean;
  readonly onMarkVerified: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const comparison = props.comparison;
  const outcome = useRef<HTMLDivElement>(null);
  // The outcome appears below the fold of a tall dialog: bring it into view.
  useEffect(() => {
    if (comparison.kind !== 'none') outcome.current?.scrollIntoView({ block: 'nearest' });
  }, [comparison]);
  return (
    <div ref={outcome} className={`compare-outcome ${comparison.kind}`} role="status" aria-live="polite">
      {comparison.kind === 'working' && <p>{t('panels.safety.scanReading')}</p>}
      {comparison.kind === 'match' && (
        <>
          <p>
            <span aria-hidden="true">✓ </span>
            {props.verified ? t('panels.safety.matchVerified', { title: props.title }) : t('panels.safety.match', { title: props.title })}
          </p>
          {!props.verified && (
            <button type="button" onClick={props.onMarkVerified}>
              {t('panels.safety.markVerified')}
            </button>
          )}
        </>
      )}
      {comparison.kind === 'mismatch' && (
        <p>
          <span aria-hidden="true">✗ </span>
          {t('panels.safety.mismatch', { title: props.title })}
        </p>
      )}
      {comparison.kind === 'problem' && <p>{comparison.text}</p>}
    </div>
  );
}
