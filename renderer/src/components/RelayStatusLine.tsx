import type { RelayStatus } from '../../../shared/ipc/app';

export function RelayStatusLine(props: {
  readonly status: RelayStatus | undefined;
  readonly onRetry: () => void;
}): React.JSX.Element {
  const { status } = props;
  if (status === undefined || status.checkedAt === 0) {
    return (
      <p className="relay-status pending" role="status">
        Checking the connection to the relay…
      </p>
    );
  }
  if (status.reachable) {
    return (
      <p className="relay-status ok" role="status">
        <span className="dot" aria-hidden="true" /> Connected to the relay at {status.url}
      </p>
    );
  }
  return (
    <div className="relay-status problem" role="alert">
      <p>
        <span className="dot" aria-hidden="true" /> Can’t reach the relay. {status.problem}
      </p>
      <button type="button" onClick={props.onRetry}>
        Try again
      </button>
    </div>
  );
}
