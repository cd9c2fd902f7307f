import { useId, useState } from 'react';
import { Button, Field, Input, Tag, TagGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../../../lib/i18n';
import { messages } from './messages';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, minWidth: 0 },
  input: { flexGrow: 1, minWidth: 0 },
  tags: {
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalXS,
  },
});

export interface ListInputProps {
  label: string;
  values: readonly string[];
  error?: string | undefined;
  onChange: (values: string[]) => void;
}

/**
 * A list of names typed by hand (departments, offices, countries as the directory writes them):
 * Enter or Add puts the name in, each shows as a tag that a click or Delete removes.
 */
export function ListInput({ label, values, error, onChange }: ListInputProps) {
  const t = useMessages(messages).form;
  const styles = useStyles();
  const [text, setText] = useState('');
  const listId = useId();
  const add = () => {
    const value = text.trim();
    if (value !== '' && !values.includes(value)) onChange([...values, value]);
    setText('');
  };
  return (
    <Field label={label} validationMessage={error} validationState={error ? 'error' : 'none'}>
      {(field) => (
        <div>
          <div className={styles.row}>
            <Input
              {...field}
              className={styles.input}
              value={text}
              maxLength={120}
              onChange={(_, data) => setText(data.value)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                add();
              }}
            />
            <Button onClick={add} aria-label={t.addTo(label)}>
              {t.add}
            </Button>
          </div>
          {values.length > 0 && (
            <TagGroup
              id={listId}
              className={styles.tags}
              aria-label={label}
              onDismiss={(_, data) => onChange(values.filter((v) => v !== data.value))}
            >
              {values.map((value) => (
                <Tag
                  key={value}
                  value={value}
                  shape="rounded"
                  dismissible
                  dismissIcon={{ 'aria-label': t.removeItem(value) }}
                >
                  {value}
                </Tag>
              ))}
            </TagGroup>
          )}
        </div>
      )}
    </Field>
  );
}
