import { useTranslation } from 'react-i18next';
import type { ThemePreference } from '../../../../shared/ipc/settings';

const choices: ReadonlyArray<ThemePreference> = ['system', 'light', 'dark'];

export function ThemePicker(props: {
  readonly value: ThemePreference;
  readonly onChange: (next: ThemePreference) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <fieldset className="theme-picker">
      <legend>{t('theme.legend')}</legend>
      {choices.map((choice) => (
        <label key={choice} className={props.value === choice ? 'selected' : undefined}>
          <input
            type="radio"
            name="theme"
            value={choice}
            checked={props.value === choice}
            onChange={() => {
              props.onChange(choice);
            }}
          />
          {t(`theme.${choice}`)}
        </label>
      ))}
    </fieldset>
  );
}
