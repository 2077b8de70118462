import type { ThemePreference } from '../../../shared/ipc/settings';

const choices: ReadonlyArray<{ readonly value: ThemePreference; readonly label: string }> = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemePicker(props: {
  readonly value: ThemePreference;
  readonly onChange: (next: ThemePreference) => void;
}): React.JSX.Element {
  return (
    <fieldset className="theme-picker">
      <legend>Theme</legend>
      {choices.map((choice) => (
        <label key={choice.value} className={props.value === choice.value ? 'selected' : undefined}>
          <input
            type="radio"
            name="theme"
            value={choice.value}
            checked={props.value === choice.value}
            onChange={() => {
              props.onChange(choice.value);
            }}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
