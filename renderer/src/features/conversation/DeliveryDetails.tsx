/** "Details" of an outgoing message: every device it was encrypted for, with delivered/read times and sealed sender. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeliveryDetail } from '../../../../shared/ipc/chats';
import { useApi } from '../../ipc';
import { ModalDialog } from '../../ui/Dialog';
import { failureText } from '../../i18n/failure';


export function DeliveryDetailsDialog(props: { readonly messageId: string; readonly onClose: () => void }): React.JSX.Element {
  const { chats } = useApi();
  const { t } = useTranslation();
  const [detail, setDetail] = useState<DeliveryDetail>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    chats.getDeliveryDetail(props.messageId).then(
      (next) => {
        if (live) setDetail(next);
      },
      (failure: unknown) => {
        if (live) setError(failureText(failure));
      },
    );
    return () => {
      live = false;
    };
  }, [props.messageId]);
  const when = (at: number | null): string => (at === null ? t('conversation.details.notYet') : new Date(at).toLocaleString());
  return (
    <ModalDialog title={t('conversation.details.title')} onClose={props.onClose} className="details-dialog">
      {detail === undefined && error === undefined && <p>{t('conversation.details.loading')}</p>}
      {error !== undefined && (
        <p className="dialog-error" role="alert">
          {t('conversation.details.failed', { reason: error })}
        </p>
      )}
      {detail !== undefined && (
        <>
          {detail.message.body !== null && <blockquote className="details-body">{detail.message.body}</blockquote>}
          <p className="details-sent">
            {t('conversation.details.sent')}: {new Date(detail.message.sentAt).toLocaleString()}
          </p>
          <table className="details-table">
            <thead>
              <tr>
                <th scope="col">{t('conversation.details.recipient')}</th>
                <th scope="col">{t('conversation.details.delivered')}</th>
                <th scope="col">{t('conversation.details.read')}</th>
                <th scope="col">{t('conversation.details.sealedSender')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.devices.map((device) => (
                <tr key={`${device.accountId}.${String(device.deviceId)}`}>
                  <th scope="row">
                    <span className="details-name">{device.ownDevice ? t('conversation.details.ownDevice', { id: device.deviceId }) : device.title}</span>
                    {!device.ownDevice && <span className="details-device">{t('conversation.details.device', { id: device.deviceId })}</span>}
                  </th>
                  <td>{when(device.deliveredAt)}</td>
                  <td>{when(device.readAt)}</td>
                  <td>
                    {device.sealedSender === null
                      ? t('conversation.details.unknown')
                      : device.sealedSender
                        ? t('conversation.details.yes')
                        : t('conversation.details.no')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={props.onClose}>
          {t('conversation.details.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
