/** The business's console settings, for admins and the owner: assignment, capacity, presence timeout, visibility, signed replies. */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleSettings } from '../../../../shared/ipc/console';
import { useApi } from '../../ipc';
import { failureText } from '../../i18n/failure';
import { Dialog, DialogHeader } from '../../ui/Dialog';

const modes = [
  ['manual', 'console.settings.assignmentManual'],
  ['round-robin', 'console.settings.assignmentRoundRobin'],
  ['fewest-open', 'console.settings.assignmentFewestOpen'],
] as const;

export function BusinessSettingsDialog(props: { readonly onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [saved, setSaved] = useState<ConsoleSettings>();
  const [draft, setDraft] = useState<ConsoleSettings>();
  const [status, setStatus] = useState<string>();
  useEffect(() => {
    api.console.settings().then(
      (settings) => {
        setSaved(settings);
        setDraft(settings);
      },
      (failure: unknown) => {
        setStatus(t('console.settings.failed', { reason: failureText(failure) }));
      },
    );
  }, [api, t]);

  const save = async (): Promise<void> => {
    if (draft === undefined || saved === undefined) return;
    try {
      let latest = saved;
      // One op per changed key: each is its own register, merged on its own.
      if (draft.assignment !== saved.assignment) latest = await api.console.setSetting({ kind: 'setting', key: 'assignment', value: draft.assignment });
      if (draft.capacity !== saved.capacity) latest = await api.console.setSetting({ kind: 'setting', key: 'capacity', value: draft.capacity });
      if (draft.presenceTimeoutSeconds !== saved.presenceTimeoutSeconds) {
        latest = await api.console.setSetting({ kind: 'setting', key: 'presenceTimeoutSeconds', value: draft.presenceTimeoutSeconds });
      }
      if (draft.agentsSeeAll !== saved.agentsSeeAll) latest = await api.console.setSetting({ kind: 'setting', key: 'agentsSeeAll', value: draft.agentsSeeAll });
      if (draft.signReplies !== saved.signReplies) latest = await api.console.setSetting({ kind: 'setting', key: 'signReplies', value: draft.signReplies });
      setSaved(latest);
      setDraft(latest);
      setStatus(t('console.settings.saved'));
    } catch (failure) {
      setStatus(t('console.settings.failed', { reason: failureText(failure) }));
    }
  };

  const number = (value: string, min: number, max: number): number | undefined => {
    const parsed = Number.parseInt(value, 10);
    return Number.isInteger(parsed) && parsed >= min && parsed <= max ? parsed : undefined;
  };

  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-intro`} className="business-settings" onClose={props.onClose}>
      <DialogHeader id={`${id}-title`} title={t('console.settings.title')} closeLabel={t('panels.close')} onClose={props.onClose} />
      <p id={`${id}-intro`} className="panel-hint">
        {t('console.settings.intro')}
      </p>
      {draft !== undefined && (
        <form
          className="business-settings-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <fieldset>
            <legend>{t('console.settings.assignment')}</legend>
            {modes.map(([mode, label]) => (
              <label key={mode} className="settings-choice">
                <input
                  type="radio"
                  name={`${id}-assignment`}
                  checked={draft.assignment === mode}
                  onChange={() => {
                    setDraft({ ...draft, assignment: mode });
                  }}
                />
                {t(label)}
              </label>
            ))}
          </fieldset>
          <label className="settings-field">
            <span>{t('console.settings.capacity')}</span>
            <input
              type="number"
              min={0}
              max={1000}
              value={draft.capacity}
              onChange={(event) => {
                const value = number(event.target.value, 0, 1000);
                if (value !== undefined) setDraft({ ...draft, capacity: value });
              }}
            />
          </label>
          <label className="settings-field">
            <span>{t('console.settings.presenceTimeout')}</span>
            <input
              type="number"
              min={3}
              max={3600}
              value={draft.presenceTimeoutSeconds}
              onChange={(event) => {
                const value = number(event.target.value, 3, 3600);
                if (value !== undefined) setDraft({ ...draft, presenceTimeoutSeconds: value });
              }}
            />
          </label>
          <label className="settings-choice">
            <input
              type="checkbox"
              checked={draft.agentsSeeAll}
              onChange={(event) => {
                setDraft({ ...draft, agentsSeeAll: event.target.checked });
              }}
            />
            {t('console.settings.agentsSeeAll')}
          </label>
          <label className="settings-choice">
            <input
              type="checkbox"
              checked={draft.signReplies}
              onChange={(event) => {
                setDraft({ ...draft, signReplies: event.target.checked });
              }}
            />
            {t('console.settings.signReplies')}
          </label>
          <div className="settings-actions">
            <p role="status" className="settings-status">
              {status ?? ''}
            </p>
            <button type="submit">{t('console.settings.save')}</button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
