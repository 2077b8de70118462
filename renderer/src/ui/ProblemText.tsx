import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { LinkProblem } from '../../../shared/ipc/link';

/** Which heading a problem gets: the keychain, the database, or one linking attempt. */
export function problemTitle(t: TFunction, problem: LinkProblem): string {
  switch (problem.code) {
    case 'keychain-unavailable':
    case 'keychain-entry-invalid':
      return t('problem.keychainTitle');
    case 'database-key-missing':
    case 'database-key':
    case 'database-corrupt':
    case 'database-io':
    case 'database-file':
    case 'database-version':
    case 'database-migration':
    case 'database-unknown':
      return t('problem.databaseTitle');
    case 'link-integrity':
    case 'link-format':
    case 'link-refused':
    case 'link-interrupted':
    case 'link-failed':
      return t('link.failedTitle');
  }
}

/**
 * Whether starting over (unlink: delete the files and the keychain entry, link again)
 * is offered. Not while the keychain is only out of reach, nor for a newer Parley's
 * database or a failed update: those are fixed without losing anything.
 */
export function offersStartOver(problem: LinkProblem): boolean {
  switch (problem.code) {
    case 'database-key-missing':
    case 'database-key':
    case 'database-corrupt':
    case 'database-io':
    case 'database-file':
    case 'database-unknown':
      return true;
    case 'keychain-unavailable':
    case 'keychain-entry-invalid':
    case 'database-version':
    case 'database-migration':
    case 'link-integrity':
    case 'link-format':
    case 'link-refused':
    case 'link-interrupted':
    case 'link-failed':
      return false;
  }
}

/** What happened, in the user's language, with what to do about it. */
export function ProblemText(props: { readonly problem: LinkProblem; readonly hasLocalData: boolean }): React.JSX.Element {
  const { t } = useTranslation();
  const { problem } = props;
  switch (problem.code) {
    case 'keychain-unavailable':
      return (
        <>
          <p>
            {t(`problem.keychain.${problem.reason}`)} {problem.reason === 'module' ? '' : t('problem.keychainThenRetry')}
          </p>
          {props.hasLocalData ? (
            <p>{t('problem.keychainHasData')}</p>
          ) : (
            problem.reason !== 'module' && (
              <>
                <p>{t('problem.keychainTryOut')}</p>
                <pre className="problem-command">
                  <code>{t('problem.keychainTryOutCommand')}</code>
                </pre>
              </>
            )
          )}
        </>
      );
    case 'keychain-entry-invalid':
      return <p>{t('problem.code.keychainEntryInvalid', { service: problem.service, account: problem.account })}</p>;
    case 'database-key-missing':
      return <p>{t('problem.code.databaseKeyMissing', { service: problem.service, account: problem.account })}</p>;
    case 'database-key':
      return <p>{t('problem.code.databaseKey')}</p>;
    case 'database-corrupt':
      return <p>{t('problem.code.databaseCorrupt')}</p>;
    case 'database-io':
      return <p>{t('problem.code.databaseIo')}</p>;
    case 'database-file':
      return <p>{t(`problem.code.file.${problem.reason}`)}</p>;
    case 'database-version':
      return <p>{t('problem.code.databaseVersion', { fileVersion: problem.fileVersion, supportedVersion: problem.supportedVersion })}</p>;
    case 'database-migration':
      return <p>{t('problem.code.databaseMigration', { version: problem.version })}</p>;
    case 'database-unknown':
      return <p>{t('problem.code.databaseUnknown')}</p>;
    case 'link-integrity':
      return <p>{`${t('problem.code.linkIntegrity')} ${t('problem.linkTryAgain')}`}</p>;
    case 'link-format':
      return <p>{`${t('problem.code.linkFormat')} ${t('problem.linkTryAgain')}`}</p>;
    case 'link-refused':
      return <p>{`${t('problem.code.linkRefused', { status: problem.status })} ${t('problem.linkTryAgain')}`}</p>;
    case 'link-interrupted':
      return <p>{`${t('problem.code.linkInterrupted')} ${t('problem.linkTryAgain')}`}</p>;
    case 'link-failed':
      return <p>{`${t('problem.code.linkFailed')} ${t('problem.linkTryAgain')}`}</p>;
  }
}
