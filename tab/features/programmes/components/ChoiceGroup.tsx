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
  option: { display: 'flex', flexDirection: 'column' },
  note: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    // Lined up with the checkbox's label, not its box.
    paddingInlineStart: `calc(${tokens.spacingHorizontalS} + 16px + ${tokens.spacingHorizontalS})`,
    paddingBlockEnd: tokens.spacingVerticalXS,
  },
  options: {
    display: 'grid',
    // min(): one column on a 320 px phone rather than a box wider than the screen.
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(15rem, 100%), 1fr))',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalM,
  },
});

export interface Choice {
  value: string;
  label: string;
  /** Closed to the person: shown, but not to be chosen. */
  disabled?: boolean;
  /** Said under the box and read with it, e.g. why it is closed. */
  note?: string | null;
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
            <Option key={option.value} option={option} selected={selected} onToggle={toggle} />
          ))}
        </div>
      )}
      {children}
    </fieldset>
  );
}

function Option({
  option,
  selected,
  onToggle,
}: {
  option: Choice;
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
}) {
  const styles = useStyles();
  const noteId = useId();
  const box = (
    <Checkbox
      label={option.label}
      checked={selected.includes(option.value)}
      disabled={option.disabled}
      aria-describedby={option.note ? noteId : undefined}
      onChange={(_, data) => onToggle(option.value, data.checked === true)}
    />
  );
  if (!option.note) return box;
  return (
    <div className={styles.option}>
      {box}
      <Text id={noteId} className={styles.note}>
        {option.note}
      </Text>
    </div>
  );
}
