import { avatarColorIndex, initialsOf } from '../features/chats/listModel';

/** The contact's picture, else initials on a colour that the id picks (the same on every screen). */
export function Avatar(props: {
  readonly id: string;
  readonly title: string;
  readonly dataUrl: string | null;
  readonly size?: 'small' | 'medium' | 'large';
}): React.JSX.Element {
  const size = props.size ?? 'medium';
  if (props.dataUrl !== null) {
    return <img className={`avatar avatar-${size}`} src={props.dataUrl} alt="" aria-hidden="true" />;
  }
  return (
    <span className={`avatar avatar-${size} avatar-color-${String(avatarColorIndex(props.id))}`} aria-hidden="true">
      {initialsOf(props.title)}
    </span>
  );
}
