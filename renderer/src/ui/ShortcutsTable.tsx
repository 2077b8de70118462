/** A table of keyboard shortcuts: the keys (joined with +) and what they do. */
import { useTranslation } from 'react-i18next';

export function ShortcutsTable(props: { readonly rows: ReadonlyArray<readonly [ReadonlyArray<string>, string]> }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <table className="shortcuts-table">
      <thead>
        <tr>
          <th scope="col">{t('panels.shortcuts.keyColumn')}</th>
          <th scope="col">{t('panels.shortcuts.actionColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map(([keys, action]) => (
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
  );
}
