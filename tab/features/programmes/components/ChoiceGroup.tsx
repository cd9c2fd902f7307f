import { useId, type ReactNode } from 'react';
import { Checkbox, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  nested: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // Same token as Fluent's Field uses for its error text, so high contrast maps it the same way.
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  options: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))',
    columnGap: tokens.spacingHorizontalM,
  },
});

export interface Choice {
  value: string;
  label: string;
}

export interface ChoiceGroupProps {
  legend: string;
  hint?: string;
  error?: string | null;
  /** A group inside another: a lighter legend. */
  nested?: boolean;
  options?: readonly Choice[];
  selected?: readonly string[];
  onChange?: (selected: string[]) => void;
  /** Nested groups, instead of options. */
  children?: ReactNode;
}

/** Checkboxes under one legend: a fieldset, so screen readers announce the question with each box. */
export function ChoiceGroup({
  legend,
  hint,
  error,
  nested = false,
  options,
  selected = [],
  onChange,
  children,
}: ChoiceGroupProps) {
  const styles = useStyles();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  function toggle(value: string, checked: boolean) {
    const next = checked ? [...selected, value] : selected.filter((v) => v !== value);
    onChange?.(next);
  }

  return (
    <fieldset className={styles.fieldset} aria-describedby={describedBy}>
      <legend className={mergeClasses(styles.legend, nested && styles.nested)}>{legend}</legend>
      {hint && (
        <Text id={hintId} className={styles.hint}>
          {hint}
        </Text>
      )}
      {error && (
        <Text id={errorId} className={styles.error}>
          {error}
        </Text>
      )}
      {options && (
        <div className={styles.options}>
          {options.map((option) => (
            <Checkbox
              key={option.value}
              label={option.label}
              checked={selected.includes(option.value)}
              onChange={(_, data) => toggle(option.value, data.checked === true)}
            />
          ))}
        </div>
      )}
      {children}
    </fieldset>
  );
}
