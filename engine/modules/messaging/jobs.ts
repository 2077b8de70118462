/**
 * What sending a message means once the relay took it (outbox job handlers, DESIGN.md
 * "pipeline/ … outbound"): the message is sent, each device it was encrypted for is
 * recorded (for "delivered to 2 of 3 devices"), and a refusal fails it visibly.
 */
import type { OutboxJobHandler, SentToJob } from '../../pipeline/delivery';
import type { Store } from '../../store';
import { toDeviceId } from '../../store';

type JobsRepository = Pick<Store, 'getMessage' | 'recordMessageSend' | 'updateMessageStatus' | 'setMessageErrorCode'>;

function recordSends(store: JobsRepository, { recipient, message, result, sentAt }: SentToJob): void {
  if (message === undefined) return;
  for (const deviceId of result.deviceIds) {
    store.recordMessageSend({ messageId: message.id, accountId: recipient, deviceId: toDeviceId(deviceId), sealed: result.sealed, sentAt });
  }
}

export function messagingJobs(store: JobsRepository): Array<OutboxJobHandler> {
  return [
    {
      kind: 'message',
      urgent: true,
      // The user composed it: it fails where they can see it and send it again.
      onIdentityChange: 'fail',
      sentTo(job) {
        recordSends(store, job);
      },
      sent({ message }) {
        // Sent once the relay took it for every recipient.
        if (message?.status === 'pending') store.updateMessageStatus(message.id, 'sent');
      },
      ended(item, code) {
        if (item.messageId === null) return;
        const message = store.getMessage(item.messageId);
        if (message?.status !== 'pending') return;
        store.updateMessageStatus(message.id, 'failed');
        store.setMessageErrorCode(message.id, code);
      },
    },
    {
      // A transcript of one of this device's messages for its other devices.
      kind: 'sync',
      onIdentityChange: 'hold',
      sentTo: (job) => {
        recordSends(store, job);
      },
    },
  ];
}
