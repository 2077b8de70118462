/** How attachments show inside a bubble: image thumbnails, voice notes, documents; with transfer progress. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentView } from '../../../../shared/ipc/attachments';
import { useApi } from '../../ipc';
import { useAttachmentUrl, useLiveAttachment } from './useAttachment';
import { attachmentKind, documentIcon, formatBytes, formatDuration, knownDurationSeconds, needsDurationProbe, openProblemOf, thumbnailBox } from './attachmentModel';
import { DocumentTypeIcon, Icon } from '../../ui/Icons';
import { useModal } from '../../ui/Dialog';
import { failureText } from '../../i18n/failure';


export interface AttachmentCallbacks {
  readonly onOpenImage: (attachment: AttachmentView, url: string) => void;
  readonly onNotice: (text: string) => void;
}

export function AttachmentList(props: {
  readonly attachments: ReadonlyArray<AttachmentView>;
  readonly outgoing: boolean;
  readonly authorTitle: string;
  readonly callbacks: AttachmentCallbacks;
}): React.JSX.Element {
  return (
    <div className="attachments">
      {props.attachments.map((attachment) => (
        <AttachmentItem key={attachment.id} attachment={attachment} outgoing={props.outgoing} authorTitle={props.authorTitle} callbacks={props.callbacks} />
      ))}
    </div>
  );
}

function AttachmentItem(props: {
  readonly attachment: AttachmentView;
  readonly outgoing: boolean;
  readonly authorTitle: string;
  readonly callbacks: AttachmentCallbacks;
}): React.JSX.Element {
  const live = useLiveAttachment(props.attachment);
  switch (attachmentKind(live)) {
    case 'image':
      return <ImageAttachment attachment={live} authorTitle={props.authorTitle} callbacks={props.callbacks} />;
    case 'voice':
    case 'audio':
      return <VoiceNote attachment={live} callbacks={props.callbacks} />;
    case 'video':
    case 'document':
      return <DocumentAttachment attachment={live} callbacks={props.callbacks} />;
  }
}

/** Progress, cancel and errors shared by every kind while a transfer runs or failed. */
function TransferStatus(props: { readonly attachment: AttachmentView; readonly callbacks: AttachmentCallbacks }): React.JSX.Element | null {
  const { attachments } = useApi();
  const { t } = useTranslation();
  const { attachment } = props;
  const name = attachment.fileName ?? t('conversation.attachment.unnamed');
  const percent = Math.round(attachment.progress * 100);
  if (attachment.state === 'uploading' || attachment.state === 'downloading' || attachment.state === 'pending-upload') {
    const uploading = attachment.state !== 'downloading';
    return (
      <div className="transfer">
        <progress max={1} value={attachment.progress} aria-label={t('conversation.attachment.progressLabel', { name })} />
        <span className="transfer-text">
          {attachment.state === 'pending-upload'
            ? t('conversation.attachment.waiting')
            : uploading
              ? t('conversation.attachment.uploading', { percent })
              : t('conversation.attachment.downloading', { percent })}
        </span>
        <button
          type="button"
          className="icon-button small"
          aria-label={uploading ? t('conversation.attachment.cancelUpload') : t('conversation.attachment.cancelDownload')}
          title={uploading ? t('conversation.attachment.cancelUpload') : t('conversation.attachment.cancelDownload')}
          onClick={() => {
            const work = uploading ? attachments.cancelUpload(attachment.id) : attachments.cancelDownload(attachment.id);
            work.catch((failure: unknown) => {
              props.callbacks.onNotice(t('conversation.attachment.failed', { reason: failureText(failure) }));
            });
          }}
        >
          <Icon name="close" />
        </button>
      </div>
    );
  }
  if (attachment.state === 'failed') {
    return (
      <p className="transfer-error" role="status">
        {t('conversation.attachment.failed', { reason: t(`conversation.attachment.failure.${attachment.error ?? 'download-failed'}`) })}
      </p>
    );
  }
  if (attachment.state === 'cancelled') return <p className="transfer-note">{t('conversation.attachment.cancelled')}</p>;
  if (attachment.state === 'not-on-device' || attachment.state === 'awaiting-phone') {
    // From the phone's history. A document shows its name and size already; the rest say them here.
    const named = attachmentKind(attachment) !== 'document' && attachmentKind(attachment) !== 'video';
    const waiting = attachment.state === 'awaiting-phone';
    return (
      <p className="transfer-note">
        {named
          ? t(waiting ? 'conversation.attachment.awaitingPhoneNamed' : 'conversation.attachment.notOnDeviceNamed', { name, size: formatBytes(attachment.size) })
          : t(waiting ? 'conversation.attachment.awaitingPhone' : 'conversation.attachment.notOnDevice')}
      </p>
    );
  }
  return null;
}

function DownloadButton(props: { readonly attachment: AttachmentView; readonly callbacks: AttachmentCallbacks }): React.JSX.Element {
  const { attachments } = useApi();
  const { t } = useTranslation();
  const name = props.attachment.fileName ?? t('conversation.attachment.unnamed');
  return (
    <button
      type="button"
      className="secondary compact"
      onClick={() => {
        attachments.download(props.attachment.id).catch((failure: unknown) => {
          props.callbacks.onNotice(t('conversation.attachment.failed', { reason: failureText(failure) }));
        });
      }}
    >
      <Icon name="download" />
      <span>{t('conversation.attachment.download', { name })}</span>
    </button>
  );
}

function ImageAttachment(props: { readonly attachment: AttachmentView; readonly authorTitle: string; readonly callbacks: AttachmentCallbacks }): React.JSX.Element {
  const { t } = useTranslation();
  const { attachment } = props;
  const { url, failed } = useAttachmentUrl(attachment);
  const box = thumbnailBox(attachment.width, attachment.height);
  const name = attachment.fileName ?? t('conversation.attachment.image');
  return (
    <div className="image-attachment">
      {url !== undefined ? (
        <button
          type="button"
          className="image-button"
          aria-label={t('conversation.attachment.openImage', { name })}
          onClick={() => {
            props.callbacks.onOpenImage(attachment, url);
          }}
        >
          <img src={url} width={box.width} height={box.height} alt={t('conversation.attachment.imageAlt', { name: props.authorTitle })} />
        </button>
      ) : (
        <div className="image-placeholder">
          <Icon name="image" />
          {failed && <span>{t('conversation.attachment.loadFailed')}</span>}
          {!attachment.available && attachment.state === 'pending-download' && <DownloadButton attachment={attachment} callbacks={props.callbacks} />}
        </div>
      )}
      <TransferStatus attachment={attachment} callbacks={props.callbacks} />
    </div>
  );
}

const speeds = [1, 1.5, 2] as const;

function VoiceNote(props: { readonly attachment: AttachmentView; readonly callbacks: AttachmentCallbacks }): React.JSX.Element {
  const { t } = useTranslation();
  const { attachment } = props;
  // The bytes are read when the user presses play (a long chat has many voice notes), or
  // before, only when the sender did not say how long it is: then its length is read from them.
  const [wanted, setWanted] = useState(false);
  const probing = needsDurationProbe(attachment);
  const { url, failed } = useAttachmentUrl(attachment, wanted || probing);
  const audio = useRef<HTMLAudioElement>(null);
  // Seeking to the end to learn a WebM recording's length, not playback.
  const seekingForDuration = useRef(false);
  const [playing, setPlaying] = useState(false);
  const [position, setPosition] = useState(0);
  const [duration, setDuration] = useState((attachment.durationMs ?? 0) / 1000);
  const [speed, setSpeed] = useState<(typeof speeds)[number]>(1);

  useEffect(() => {
    if (audio.current !== null) audio.current.playbackRate = speed;
  }, [speed, url]);

  useEffect(() => {
    // Start as soon as the bytes arrive after the first press.
    if (url !== undefined && wanted && audio.current !== null && audio.current.paused && !playing) {
      audio.current.play().catch(() => undefined);
    }
  }, [url, wanted]);

  const toggle = (): void => {
    const element = audio.current;
    if (!wanted || element === null) {
      setWanted(true);
      return;
    }
    if (element.paused) element.play().catch(() => undefined);
    else element.pause();
  };

  const learnDuration = (element: HTMLAudioElement): void => {
    const known = knownDurationSeconds(element.duration);
    if (known !== undefined) {
      setDuration(known);
      if (seekingForDuration.current) {
        seekingForDuration.current = false;
        element.currentTime = 0;
      }
    } else if (element.duration === Infinity && !seekingForDuration.current) {
      // A recorder's WebM carries no length: seeking past the end makes the element find it.
      seekingForDuration.current = true;
      element.currentTime = Number.MAX_SAFE_INTEGER;
    }
  };

  if (!attachment.available) {
    return (
      <div className="voice-note">
        <Icon name="mic" />
        <span>{t('conversation.attachment.voiceNote')}</span>
        {attachment.state === 'pending-download' && <DownloadButton attachment={attachment} callbacks={props.callbacks} />}
        <TransferStatus attachment={attachment} callbacks={props.callbacks} />
      </div>
    );
  }
  return (
    <div className="voice-note">
      {url !== undefined && (
        <audio
          ref={audio}
          src={url}
          preload="metadata"
          onPlay={() => {
            setPlaying(true);
          }}
          onPause={() => {
            setPlaying(false);
          }}
          onEnded={() => {
            setPlaying(false);
            setPosition(0);
          }}
          onTimeUpdate={(event) => {
            if (!seekingForDuration.current) setPosition(event.currentTarget.currentTime);
          }}
          onLoadedMetadata={(event) => {
            learnDuration(event.currentTarget);
          }}
          onDurationChange={(event) => {
            learnDuration(event.currentTarget);
          }}
        />
      )}
      <button
        type="button"
        className="play-button"
        aria-label={playing ? t('conversation.attachment.pause') : t('conversation.attachment.play')}
        onClick={toggle}
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <input
        type="range"
        className="voice-seek"
        min={0}
        max={Math.max(duration, 0.1)}
        step={0.1}
        value={Math.min(position, duration)}
        aria-label={t('conversation.attachment.seek')}
        aria-valuetext={`${formatDuration(position * 1000)} / ${formatDuration(duration * 1000)}`}
        onChange={(event) => {
          const next = Number(event.target.value);
          setPosition(next);
          if (audio.current !== null) audio.current.currentTime = next;
        }}
      />
      <span className="voice-time">{formatDuration((playing || position > 0 ? position : duration) * 1000)}</span>
      <button
        type="button"
        className="speed-button"
        aria-label={t('conversation.attachment.speed', { speed })}
        onClick={() => {
          setSpeed((current) => speeds[(speeds.indexOf(current) + 1) % speeds.length] ?? 1);
        }}
      >
        {speed}×
      </button>
      {failed && <span className="transfer-error">{t('conversation.attachment.loadFailed')}</span>}
      <TransferStatus attachment={attachment} callbacks={props.callbacks} />
    </div>
  );
}

function DocumentAttachment(props: { readonly attachment: AttachmentView; readonly callbacks: AttachmentCallbacks }): React.JSX.Element {
  const { attachments } = useApi();
  const { t } = useTranslation();
  const { attachment, callbacks } = props;
  const name = attachment.fileName ?? t('conversation.attachment.unnamed');
  return (
    <div className="document-attachment">
      <DocumentTypeIcon kind={documentIcon(attachment.fileName, attachment.contentType)} />
      <div className="document-text">
        <span className="document-name" title={name}>
          {name}
        </span>
        <span className="document-size">{formatBytes(attachment.size)}</span>
        <TransferStatus attachment={attachment} callbacks={callbacks} />
      </div>
      <div className="document-actions">
        {attachment.available ? (
          <>
            <button
              type="button"
              className="icon-button"
              aria-label={t('conversation.attachment.save', { name })}
              title={t('conversation.attachment.save', { name })}
              onClick={() => {
                attachments.save(attachment.id).then(
                  (result) => {
                    callbacks.onNotice(result.path === null ? t('conversation.attachment.saveCancelled') : t('conversation.attachment.saved', { path: result.path }));
                  },
                  (failure: unknown) => {
                    callbacks.onNotice(t('conversation.attachment.failed', { reason: failureText(failure) }));
                  },
                );
              }}
            >
              <Icon name="save" />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('conversation.attachment.open', { name })}
              title={t('conversation.attachment.open', { name })}
              onClick={() => {
                attachments.open(attachment.id).catch((failure: unknown) => {
                  const problem = openProblemOf(failure);
                  switch (problem.kind) {
                    case 'no-application':
                      callbacks.onNotice(t('conversation.attachment.openFailed', { name }));
                      return;
                    case 'refused':
                      callbacks.onNotice(failureText(failure));
                      return;
                    case 'other':
                      callbacks.onNotice(t('conversation.attachment.openFailedOther', { name }));
                      return;
                  }
                });
              }}
            >
              <Icon name="open" />
            </button>
          </>
        ) : (
          (attachment.state === 'pending-download' || attachment.state === 'failed' || attachment.state === 'cancelled') && (
            <button
              type="button"
              className="icon-button"
              aria-label={t('conversation.attachment.download', { name })}
              title={t('conversation.attachment.download', { name })}
              onClick={() => {
                attachments.download(attachment.id).catch((failure: unknown) => {
                  callbacks.onNotice(t('conversation.attachment.failed', { reason: failureText(failure) }));
                });
              }}
            >
              <Icon name="download" />
            </button>
          )
        )}
      </div>
    </div>
  );
}

/** The full-size image over everything; Escape or the close button closes it. */
export function Lightbox(props: { readonly url: string; readonly alt: string; readonly onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const { onClose } = props;
  const modal = useModal(onClose);
  return (
    <dialog
      ref={modal.ref}
      onKeyDown={modal.onKeyDown}
      className="lightbox"
      aria-label={t('conversation.attachment.lightboxLabel')}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <img src={props.url} alt={props.alt} />
      <button type="button" className="icon-button lightbox-close" aria-label={t('conversation.attachment.closeLightbox')} onClick={onClose}>
        <Icon name="close" />
      </button>
    </dialog>
  );
}
