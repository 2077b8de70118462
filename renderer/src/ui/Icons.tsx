/** Small line icons drawn inline (no icon font, nothing fetched); decorative unless labelled by their button. */
import type { DocumentIcon } from '../features/conversation/attachmentModel';

const paths = {
  pin: 'M9 3h6l-1 6 4 3v2h-5v6l-1 1-1-1v-6H5v-2l4-3z',
  archive: 'M3 4h18v4H3zM5 8v12h14V8M10 12h4',
  unarchive: 'M3 4h18v4H3zM5 8v12h14V8M12 18v-6M9 14l3-3 3 3',
  mute: 'M11 5 6 9H3v6h3l5 4zM16 9l5 6M21 9l-5 6',
  bell: 'M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 20a2 2 0 0 0 4 0',
  check: 'M5 12.5 10 17 19 7',
  read: 'M2 12.5 6.5 17 15 7M10 15.5l1.5 1.5L20 7',
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 2',
  warning: 'M12 3 2 20h20zM12 10v4M12 17v.5',
  shield: 'M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6zM8.5 12l2.5 2.5 4.5-5',
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 11v6M12 7.5v.5',
  search: 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM15.5 15.5 20 20',
  more: 'M6 12h.01M12 12h.01M18 12h.01',
  plus: 'M12 5v14M5 12h14',
  compose: 'M4 20h4L19 9l-4-4L4 16zM14 6l4 4',
  settings: 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6zM12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9 7 7M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1',
  reply: 'M10 8V4L3 11l7 7v-4c5 0 8 1 11 5-1-6-4-10-11-11z',
  smile: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8.5 14.5c1.8 2 5.2 2 7 0M9 9.5v.5M15 9.5v.5',
  edit: 'M4 20h4L19 9l-4-4L4 16z',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13',
  copy: 'M8 8h12v12H8zM4 16V4h12',
  details: 'M4 6h16M4 12h16M4 18h10',
  paperclip: 'M20 11.5 12 19.5a5 5 0 0 1-7-7l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7L9.7 17.2a1.7 1.7 0 0 1-2.4-2.4L15 7',
  mic: 'M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3zM5 11a7 7 0 0 0 14 0M12 18v3',
  send: 'M3 20 21 12 3 4v6l12 2-12 2z',
  close: 'M6 6l12 12M18 6 6 18',
  play: 'M7 4v16l13-8z',
  pause: 'M7 4h4v16H7zM13 4h4v16h-4z',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  open: 'M14 4h6v6M20 4l-9 9M18 14v6H4V6h6',
  save: 'M5 4h11l3 3v13H5zM8 4v5h7V4M8 20v-6h8v6',
  down: 'M12 5v14M6 13l6 6 6-6',
  back: 'M19 12H5M11 6l-6 6 6 6',
  stop: 'M6 6h12v12H6z',
  image: 'M4 5h16v14H4zM4 16l5-5 4 4 2-2 5 5M15.5 9.5h.01',
  lock: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3',
  user: 'M12 4a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM4 20c1.5-4 4.5-6 8-6s6.5 2 8 6',
  inbox: 'M3 13h5l1.5 3h5L16 13h5M3 13l3-8h12l3 8v6H3z',
  at: 'M16 12a4 4 0 1 1-8 0 4 4 0 0 1 8 0zM16 12v1.5a2.5 2.5 0 0 0 5 0V12a9 9 0 1 0-3.5 7.1',
  tag: 'M3 12V4h8l9 9-8 8zM7.5 7.5h.01',
  flag: 'M5 21V4M5 4h11l-2 4 2 4H5',
  moon: 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z',
  eye: 'M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  history: 'M3 12a9 9 0 1 0 3-6.7M3 4v5h5M12 7v5l3 2',
  reopen: 'M4 12a8 8 0 0 1 14-5.3M20 4v4h-4M20 12a8 8 0 0 1-14 5.3M4 20v-4h4',
} as const;

export type IconName = keyof typeof paths;

export function Icon(props: { readonly name: IconName; readonly className?: string }): React.JSX.Element {
  return (
    <svg
      className={`icon${props.className === undefined ? '' : ` ${props.className}`}`}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[props.name]} />
    </svg>
  );
}

const documentLabels: Record<DocumentIcon, string> = {
  pdf: 'PDF',
  archive: 'ZIP',
  text: 'DOC',
  sheet: 'XLS',
  slides: 'PPT',
  image: 'IMG',
  audio: 'AUD',
  video: 'VID',
  code: '</>',
  file: 'FILE',
};

/** A page with a corner folded and a short type label, coloured per kind by CSS. */
export function DocumentTypeIcon(props: { readonly kind: DocumentIcon }): React.JSX.Element {
  return (
    <span className={`doc-icon doc-icon-${props.kind}`} aria-hidden="true">
      <svg viewBox="0 0 36 44" width="36" height="44" focusable="false">
        <path d="M2 2h22l10 10v30H2z" className="doc-icon-page" />
        <path d="M24 2v10h10" className="doc-icon-fold" />
      </svg>
      <span className="doc-icon-label">{documentLabels[props.kind]}</span>
    </span>
  );
}
