/**
 * Records a voice note with MediaRecorder (Opus in WebM), showing elapsed time and a
 * live level meter from an AnalyserNode. Send or cancel; the stream stops either way.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from './attachmentModel';
import { Icon } from '../../ui/Icons';

export interface Recording {
  readonly blob: Blob;
  readonly durationMs: number;
}

const mimeType = 'audio/webm;codecs=opus';

export type RecorderProblem = 'denied' | 'missing' | 'busy' | 'other';

/** The browser's reason, by its DOMException name (its message is the browser's English). */
export function recorderProblem(failure: unknown): RecorderProblem {
  const name = failure instanceof Error ? failure.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'other';
}

export function VoiceRecorder(props: {
  readonly onDone: (recording: Recording | undefined) => void;
  readonly onError: (problem: RecorderProblem) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [elapsed, setElapsed] = useState(0);
  const meter = useRef<HTMLSpanElement>(null);
  const recorder = useRef<MediaRecorder | undefined>(undefined);
  const finish = useRef<(send: boolean) => void>(() => undefined);
  // The recording lives as long as this component: a parent re-render passing new
  // callbacks must not stop it, so the effect reads them through refs.
  const callbacks = useRef(props);
  callbacks.current = props;

  useEffect(() => {
    const onDone = (recording: Recording | undefined): void => {
      callbacks.current.onDone(recording);
    };
    const onError = (problem: RecorderProblem): void => {
      callbacks.current.onError(problem);
    };
    let cancelled = false;
    let stream: MediaStream | undefined;
    let context: AudioContext | undefined;
    let frame = 0;
    let ticker: ReturnType<typeof setInterval> | undefined;
    const chunks: Array<Blob> = [];
    const started = performance.now();
    let sendWhenStopped = false;

    const stopAll = (): void => {
      cancelAnimationFrame(frame);
      if (ticker !== undefined) clearInterval(ticker);
      stream?.getTracks().forEach((track) => {
        track.stop();
      });
      context?.close().catch(() => undefined);
    };

    navigator.mediaDevices
      .getUserMedia({ audio: true })
      .then((media) => {
        if (cancelled) {
          media.getTracks().forEach((track) => {
            track.stop();
          });
          return;
        }
        stream = media;
        const options = MediaRecorder.isTypeSupported(mimeType) ? { mimeType } : undefined;
        const active = new MediaRecorder(media, options);
        recorder.current = active;
        active.addEventListener('dataavailable', (event) => {
          if (event.data.size > 0) chunks.push(event.data);
        });
        active.addEventListener('stop', () => {
          const durationMs = Math.round(performance.now() - started);
          stopAll();
          onDone(sendWhenStopped && chunks.length > 0 ? { blob: new Blob(chunks, { type: active.mimeType || 'audio/webm' }), durationMs } : undefined);
        });
        active.start(250);
        ticker = setInterval(() => {
          setElapsed(performance.now() - started);
        }, 200);

        context = new AudioContext();
        const analyser = context.createAnalyser();
        analyser.fftSize = 256;
        context.createMediaStreamSource(media).connect(analyser);
        const samples = new Uint8Array(analyser.fftSize);
        const draw = (): void => {
          analyser.getByteTimeDomainData(samples);
          let peak = 0;
          for (const sample of samples) peak = Math.max(peak, Math.abs(sample - 128));
          // Drawn with CSSOM from script; the CSP allows no style attributes.
          meter.current?.style.setProperty('--level', (peak / 128).toFixed(3));
          meter.current?.setAttribute('aria-valuenow', String(Math.round((peak / 128) * 100)));
          frame = requestAnimationFrame(draw);
        };
        draw();
      })
      .catch((failure: unknown) => {
        stopAll();
        onError(recorderProblem(failure));
      });

    finish.current = (send: boolean) => {
      sendWhenStopped = send;
      if (recorder.current !== undefined && recorder.current.state !== 'inactive') recorder.current.stop();
      else {
        stopAll();
        onDone(undefined);
      }
    };
    return () => {
      cancelled = true;
      if (recorder.current !== undefined && recorder.current.state !== 'inactive') {
        sendWhenStopped = false;
        recorder.current.stop();
      }
      stopAll();
    };
  }, []);

  return (
    <div className="voice-recorder" role="group" aria-label={t('conversation.recorder.label')}>
      <button
        type="button"
        className="icon-button"
        aria-label={t('conversation.recorder.cancel')}
        title={t('conversation.recorder.cancel')}
        onClick={() => {
          finish.current(false);
        }}
      >
        <Icon name="trash" />
      </button>
      <span className="recording-dot" aria-hidden="true" />
      <span className="recording-time" role="timer" aria-label={t('conversation.recorder.elapsed', { time: formatDuration(elapsed) })}>
        {formatDuration(elapsed)}
      </span>
      <span ref={meter} className="level-meter" role="meter" aria-label={t('conversation.recorder.level')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={0}>
        <span className="level-fill" />
      </span>
      <button
        type="button"
        className="send-button"
        aria-label={t('conversation.recorder.send')}
        title={t('conversation.recorder.send')}
        onClick={() => {
          finish.current(true);
        }}
      >
        <Icon name="send" />
      </button>
    </div>
  );
}
