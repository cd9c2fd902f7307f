import { useState } from 'react';
import {
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  TagPickerOptionGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';

const useStyles = makeStyles({
  // Chosen items wrap onto new lines instead of widening the page on a phone.
  control: { minWidth: 0 },
  group: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXS },
  empty: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
});

const NOTHING = '';

export interface PickerItem {
  value: string;
  label: string;
  /** A heading the item is listed under (a skill's family). */
  group?: string;
}

/** The picker's own words; each form says what choosing none means there. */
export interface PickerWords {
  chosen: (n: number, max: number) => string;
  chosenList: (label: string) => string;
  remove: string;
  typeToSearch: string;
  noMatch: string;
  full: (max: number) => string;
}

export interface CataloguePickerProps {
  words: PickerWords;
  label: string;
  hint: string;
  error: string | null;
  items: readonly PickerItem[];
  /** The order groups are listed in. */
  groups?: readonly string[];
  selected: readonly string[];
  /** The most the server accepts (the schema's maxItems): past it the rest are disabled. */
  max: number;
  onChange: (selected: string[]) => void;
}

/**
 * Chooses skills or goals from the catalogue by typing part of a name: a combobox whose choices show
 * as tags (removed with Backspace, Delete or a click), instead of dozens of checkboxes that made
 * the form 3,000 px tall on a phone. Shared by the employee's form and HR's programme editor. Matching ignores case and accents ("comunicazione", "Comunicaz").
 */
export function CataloguePicker({
  words: t,
  label,
  hint,
  error,
  items,
  groups = [],
  selected,
  max,
  onChange,
}: CataloguePickerProps) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const labelOf = (value: string) => items.find((i) => i.value === value)?.label ?? value.replaceAll('_', ' ');
  const wanted = fold(query.trim());
  const shown = items.filter((i) => !selected.includes(i.value) && fold(i.label).includes(wanted));
  const full = selected.length >= max;
  const headings = [...new Set([...groups, ...shown.map((i) => i.group ?? '')])].filter((g) =>
    shown.some((i) => (i.group ?? '') === g),
  );

  const option = (item: PickerItem) => (
    <TagPickerOption key={item.value} value={item.value}>
      {item.label}
    </TagPickerOption>
  );

  return (
    <Field label={label} hint={`${hint} ${t.chosen(selected.length, max)}`} validationMessage={error}>
      <TagPicker
        selectedOptions={[...selected]}
        onOptionSelect={(_, data) => {
          if (data.value === NOTHING) return;
          onChange(data.selectedOptions);
          setQuery('');
        }}
      >
        <TagPickerControl className={styles.control}>
          <TagPickerGroup className={styles.group} aria-label={t.chosenList(label)}>
            {selected.map((value) => (
              <Tag key={value} value={value} shape="rounded" dismissIcon={{ 'aria-label': t.remove }}>
                {labelOf(value)}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput
            value={query}
            placeholder={selected.length === 0 ? t.typeToSearch : undefined}
            onChange={(event) => setQuery(event.target.value)}
          />
        </TagPickerControl>
        <TagPickerList>
          {full || shown.length === 0 ? (
            // Says why nothing can be chosen; choosing it does nothing (see onOptionSelect).
            <TagPickerOption value={NOTHING} className={styles.empty}>
              {full ? t.full(max) : t.noMatch}
            </TagPickerOption>
          ) : headings.length > 1 || headings[0] ? (
            headings.map((heading) => (
              <TagPickerOptionGroup key={heading} label={heading}>
                {shown.filter((i) => (i.group ?? '') === heading).map(option)}
              </TagPickerOptionGroup>
            ))
          ) : (
            shown.map(option)
          )}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}

/** Lower case without accents, so "perche" finds "Perché". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
