/**
 * Who a chat is with: picture, name, handle, verification, devices, the safety number,
 * the photos and files shared in the chat, and muting. A side sheet over the chat.
 */
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentView } from '../../../../shared/ipc/attachments';
import type { ConversationSummary } from '../../../../shared/ipc/chats';
import type { ContactView } from '../../../../shared/ipc/contacts';
import { Avatar } from '../../ui/Avatar';
import { useApi } from '../../ipc';
import { useContactReload } from './useContactReload';
import { Dialog, DialogHeader } from '../../ui/Dialog';
import type { MuteChoice } from '../../state/mute';
import { isMuted, muteChoices, mutedUntilFor } from '../../state/mute';
import { formatBytes } from '../../../../shared/domain/format';
import { formatDuration } from '../conversation/attachmentModel';
import { useAttachmentUrl } from '../conversation/useAttachment';
import { hostErrorText } from '../../i18n/failure';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

type Loaded<T> = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly value: T } | { readonly kind: 'failed'; readonly reason: string };

export function ContactPanel(props: {
  readonly conversationId: string;
  readonly conversation: ConversationSummary | undefined;
  readonly onViewSafetyNumber: () => void;
  readonly onClose: () => void;
}): React.JSX.Element {
  const { contacts } = useApi();
  const { t } = useTranslation();
  const id = useId();
  const [contact, setContact] = useState<Loaded<ContactView>>({ kind: 'loading' });
  const [media, setMedia] = useState<ReadonlyArray<AttachmentView>>([]);
  const { conversationId } = props;

  const load = useCallback(
    (isLive: () => boolean) => {
      contacts.get(conversationId).then(
        (value) => {
          if (isLive()) setContact({ kind: 'ready', value });
        },
        (error: unknown) => {
          if (isLive()) setContact({ kind: 'failed', reason: hostErrorText(error) ?? t('panels.genericError') });
        },
      );
      contacts.listSharedMedia(conversationId).then(
        (value) => {
          if (isLive()) setMedia(value);
        },
        () => undefined,
      );
    },
    [conversationId, t],
  );
  useContactReload(conversationId, load);

  const view = contact.kind === 'ready' ? contact.value : undefined;
  const title = view?.title ?? props.conversation?.title ?? '';
  return (
    <Dialog labelledBy={`${id}-title`} className="contact-panel side-sheet" onClose={props.onClose}>
      <DialogHeader id={`${id}-title`} title={t('panels.contact.title')} closeLabel={t('panels.close')} onClose={props.onClose} />
      {contact.kind === 'loading' && <p className="panel-note">{t('panels.contact.loading')}</p>}
      {contact.kind === 'failed' && (
        <p className="panel-error" role="alert">
          {t('panels.contact.loadFailed', { reason: contact.reason })}
        </p>
      )}
      {view !== undefined && (
        <>
          <div className="contact-card">
            <Avatar id={conversationId} title={title} dataUrl={view.avatarDataUrl} size="large" />
            <p className="contact-name">{view.title}</p>
            {view.handle !== null && <p className="contact-handle">{t('panels.contact.handle', { handle: view.handle.replace(/^@/, '') })}</p>}
            <p className="contact-facts">
              <VerifiedBadge contact={view} />
              <span>{t('panels.contact.devices', { count: view.deviceCount })}</span>
            </p>
            <button type="button" className="secondary" onClick={props.onViewSafetyNumber}>
              {t('panels.contact.viewSafetyNumber')}
            </button>
          </div>
          <MuteSection conversationId={conversationId} conversation={props.conversation} />
          <SharedMedia media={media} />
        </>
      )}
    </Dialog>
  );
}

export function VerifiedBadge(props: { readonly contact: Pick<ContactView, 'verified' | 'identityChangePending'> }): React.JSX.Element {
  const { t } = useTranslation();
  if (props.contact.identityChangePending) return <span className="verified-badge changed">{t('panels.contact.identityChanged')}</span>;
  switch (props.contact.verified) {
    case 'verified':
      return (
        <span className="verified-badge verified">
          <span aria-hidden="true">✓ </span>
          {t('panels.contact.verified')}
        </span>
      );
    case 'unverified':
      return <span className="verified-badge">{t('panels.contact.unverified')}</span>;
    case 'default':
      return <span className="verified-badge">{t('panels.contact.notVerified')}</span>;
  }
}

function MuteSection(props: { readonly conversationId: string; readonly conversation: ConversationSummary | undefined }): React.JSX.Element {
  const { chats } = useApi();
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<MuteChoice>('eightHours');
  const [error, setError] = useState<string>();
  const mutedUntil = props.conversation?.mutedUntil ?? null;
  const muted = props.conversation !== undefined && isMuted(props.conversation, Date.now());
  const apply = (until: number | null): void => {
    setError(undefined);
    chats.setMutedUntil(props.conversationId, until).catch((failure: unknown) => {
      setError(hostErrorText(failure) ?? t('panels.genericError'));
    });
  };
  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('panels.contact.notificationsTitle')}</h3>
      <p className="mute-state">
        {!muted || mutedUntil === null
          ? t('panels.contact.notMuted')
          : mutedUntil >= Number.MAX_SAFE_INTEGER
            ? t('panels.contact.mutedAlways')
            : t('panels.contact.mutedUntil', { time: dateTime.format(new Date(mutedUntil)) })}
      </p>
      {muted ? (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            apply(null);
          }}
        >
          {t('panels.contact.unmute')}
        </button>
      ) : (
        <div className="field-row">
          <label htmlFor={`${id}-choice`}>{t('panels.contact.muteFor')}</label>
          <select
            id={`${id}-choice`}
            value={choice}
            onChange={(event) => {
              const next = muteChoices.find((candidate) => candidate === event.target.value);
              if (next !== undefined) setChoice(next);
            }}
          >
            {muteChoices.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`panels.contact.muteChoice.${candidate}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              apply(mutedUntilFor(choice, Date.now()));
            }}
          >
            {t('panels.contact.mute')}
          </button>
        </div>
      )}
      {error !== undefined && (
        <p className="panel-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function SharedMedia(props: { readonly media: ReadonlyArray<AttachmentView> }): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const images = props.media.filter((item) => item.contentType.startsWith('image/'));
  const files = props.media.filter((item) => !item.contentType.startsWith('image/'));
  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('panels.contact.mediaTitle')}</h3>
      {props.media.length === 0 && <p className="panel-note">{t('panels.contact.mediaEmpty')}</p>}
      {images.length > 0 && (
        <>
          <h4 className="panel-subheading">{t('panels.contact.mediaImages')}</h4>
          <ul className="media-grid">
            {images.map((image) => (
              <li key={image.id}>
                <Thumbnail attachment={image} />
              </li>
            ))}
          </ul>
        </>
      )}
      {files.length > 0 && (
        <>
          <h4 className="panel-subheading">{t('panels.contact.mediaFiles')}</h4>
          <ul className="media-files">
            {files.map((file) => (
              <FileRow key={file.id} attachment={file} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const thumbnailSourceLimit = 12 * 1024 * 1024;

function Thumbnail(props: { readonly attachment: AttachmentView }): React.JSX.Element {
  const { t } = useTranslation();
  // Thumbnails stop at 12 MB: a grid of huge photos would hold their bytes in memory for nothing.
  const { url } = useAttachmentUrl(props.attachment, true, thumbnailSourceLimit);
  const label = props.attachment.fileName === null ? t('panels.contact.imageUnnamed') : t('panels.contact.imageAlt', { name: props.attachment.fileName });
  if (url === undefined) {
    return (
      <span className="media-thumb placeholder" role="img" aria-label={label}>
        {!props.attachment.available && <span className="media-thumb-note">{t('panels.contact.notDownloaded')}</span>}
      </span>
    );
  }
  return <img className="media-thumb" src={url} alt={label} width={96} height={96} />;
}

function FileRow(props: { readonly attachment: AttachmentView }): React.JSX.Element {
  const { attachments } = useApi();
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<string>();
  const attachment = props.attachment;
  const duration = attachment.durationMs === null ? undefined : formatDuration(attachment.durationMs);
  const name = attachment.voiceNote
    ? duration === undefined
      ? t('panels.contact.voiceNoteNoDuration')
      : t('panels.contact.voiceNote', { duration })
    : t('panels.contact.fileRow', { name: attachment.fileName ?? attachment.contentType, size: formatBytes(attachment.size) });
  const save = (): void => {
    attachments.save(attachment.id).then(
      (result) => {
        setOutcome(result.path === null ? undefined : t('panels.contact.saved', { path: result.path }));
      },
      (failure: unknown) => {
        setOutcome(hostErrorText(failure) ?? t('panels.genericError'));
      },
    );
  };
  return (
    <li className="media-file">
      <span className="media-file-name">{name}</span>
      {attachment.available ? (
        <button type="button" className="link-button" onClick={save} aria-label={`${t('panels.contact.save')}: ${name}`}>
          {t('panels.contact.save')}
        </button>
      ) : (
        <span className="media-file-note">{t('panels.contact.notDownloaded')}</span>
      )}
      {outcome !== undefined && (
        <span className="media-file-outcome" role="status">
          {outcome}
        </span>
      )}
    </li>
  );
}
