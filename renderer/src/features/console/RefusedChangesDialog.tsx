/** For admins: the changes from other devices that the roster rules refused, and why. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleInfo, ConsoleRefused } from '../../../../shared/ipc/console';
import { Dialog, DialogHeader } from '../../ui/Dialog';

export function RefusedChangesDialog(props: {
  readonly info: ConsoleInfo;
  readonly refused: ConsoleRefused;
  readonly onClose: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-intro`} className="refused-dialog" onClose={props.onClose}>
      <DialogHeader id={`${id}-title`} title={t('console.refused.title')} closeLabel={t('panels.close')} onClose={props.onClose} />
      <p id={`${id}-intro`} className="panel-hint">
        {t('console.refused.intro')}
      </p>
      <ul className="refused-list">
        {props.refused.map((item) => {
          const who = props.info.roster.find((seat) => seat.seatId === item.seatId)?.name ?? t('console.refused.unknownSeat');
          const reason = t(`console.refused.reason.${item.refusal}`);
          const conversation = item.title ?? undefined;
          return (
            <li key={item.id} className="refused-item">
              {item.conversationId === null && conversation === undefined && item.refusal === 'not-allowed'
                ? t('console.refused.itemBusiness', { who, reason })
                : t('console.refused.item', { who, conversation: conversation ?? t('console.refused.unknownConversation'), reason })}
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
