/** Ctrl+/: the keyboard shortcuts, with the modifier this platform uses. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, DialogHeader } from '../../ui/Dialog';
import { ShortcutsTable } from '../../ui/ShortcutsTable';

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
      <ShortcutsTable rows={rows} />
    </Dialog>
  );
}
