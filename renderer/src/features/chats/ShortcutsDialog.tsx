/** Ctrl+/: the keyboard shortcuts, with the modifier this platform uses. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, DialogHeader } from '../../ui/Dialog';

const isMac = navigator.userAgent.includes('Mac');

export function ShortcutsDialog(props: { readonly onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const mod = isMac ? '⌘' : 'Ctrl';
  const rows: ReadonlyArray<readonly [ReadonlyArray<string>, string]> = [
    [[mod, 'K'], t('panels.shortcuts.jump')],
    [[mod, 'F'], t('panels.shortcuts.search')],
    [[mod, 'N'], t('panels.shortcuts.newChat')],
    [[mod, ','], t('panels.shortcuts.settings')],
    [[mod, '/'], t('panels.shortcuts.shortcuts')],
    [['Esc'], t('panels.shortcuts.close')],
  ];
  return (
    <Dialog labelledBy={`${id}-title`} className="shortcuts-dialog" onClose={props.onClose}>
      <DialogHeader id={`${id}-title`} title={t('panels.shortcuts.title')} closeLabel={t('panels.close')} onClose={props.onClose} />
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('panels.shortcuts.keyColumn')}</th>
            <th scope="col">{t('panels.shortcuts.actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([keys, action]) => (
            <tr key={action}>
              <td>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' + '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
