import { useId } from 'react';
import { Field, Radio, RadioGroup, Select, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { matchingMessages } from '../../../components/matchingMessages';
import type { Catalogue } from '../../../lib/catalogue';
import { languageName, useLocale, useMessages } from '../../../lib/i18n';
import type { Track } from '../../../lib/matching';
import type { Query } from '../../../lib/query';
import type { Cadence, Enrolment, MeetingMinutes } from '../api/getEnrolments';
import { ChoiceGroup } from './ChoiceGroup';
import type { FieldKey } from './errors';
import { messages } from './messages';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // Shadows vanish in high contrast; this stroke is transparent elsewhere and visible there.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  heading: { margin: 0 },
  about: { margin: 0, color: tokens.colorNeutralForeground2 },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  capacity: { maxWidth: '12rem' },
});

/** Offered beside the person's own; Intl names them in the reader's language. */
const COMMON_LANGUAGES = ['it-IT', 'en-GB', 'fr-FR', 'de-DE', 'es-ES'];
const CADENCES: Cadence[] = ['weekly', 'biweekly', 'monthly'];
const LENGTHS: MeetingMinutes[] = [30, 45, 60];
/** Reverse mentoring is mostly about digital skills: those come first there. */
const FAMILY_ORDER: Record<Track, string[]> = {
  mentoring: ['technical', 'soft', 'digital'],
  reverse: ['digital', 'technical', 'soft'],
};

export interface TrackSectionProps {
  track: Track;
  on: boolean;
  value: Enrolment;
  /** Paused on the server: kept, but out of matching. */
  paused: boolean;
  catalogue: Query<Catalogue>;
  errorFor: (field: FieldKey) => string | null;
  onToggle: (on: boolean) => void;
  onChange: (value: Enrolment) => void;
}

/** One programme: whether to take part, and if so how. */
export function TrackSection({ track, on, value, paused, catalogue, errorFor, onToggle, onChange }: TrackSectionProps) {
  const t = useMessages(messages);
  const words = useMessages(matchingMessages);
  const locale = useLocale();
  const styles = useStyles();
  const headingId = useId();
  const programme = words.programme[track];
  const set = <K extends keyof Enrolment>(key: K, next: Enrolment[K]) => onChange({ ...value, [key]: next });

  const languages = [...new Set([...value.languages, ...COMMON_LANGUAGES])].map((tag) => ({
    value: tag,
    label: languageName(tag, locale),
  }));

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {programme}
      </Text>
      <Text as="p" className={styles.about}>
        {t.about[track]}
      </Text>
      <Switch label={t.takePart(programme)} checked={on} onChange={(_, data) => onToggle(data.checked)} />
      {!on && paused && <Text>{t.paused}</Text>}

      {on && (
        <div className={styles.fields}>
          <ChoiceGroup
            legend={t.roles}
            hint={t.rolesHint}
            error={errorFor('roles')}
            options={[
              { value: 'mentee', label: t.asMentee[track] },
              { value: 'mentor', label: t.asMentor[track] },
            ]}
            selected={[value.asMentee ? 'mentee' : null, value.asMentor ? 'mentor' : null].filter(
              (r): r is string => r !== null,
            )}
            onChange={(roles) =>
              onChange({ ...value, asMentee: roles.includes('mentee'), asMentor: roles.includes('mentor') })
            }
          />

          {(value.asMentee || value.asMentor) &&
            (catalogue.status === 'error' && !catalogue.data ? (
              <ErrorState error={catalogue.error} onRetry={catalogue.retry} />
            ) : !catalogue.data ? (
              <Loading label={t.loadingCatalogue} />
            ) : (
              <>
                {value.asMentee && (
                  <Skills
                    track={track}
                    legend={t.wants}
                    hint={t.wantsHint}
                    error={errorFor('wants')}
                    catalogue={catalogue.data}
                    selected={value.wants}
                    onChange={(ids) => set('wants', ids)}
                  />
                )}
                {value.asMentee && (
                  <ChoiceGroup
                    legend={t.goals}
                    hint={t.goalsHint}
                    error={errorFor('goals')}
                    options={catalogue.data.goals.map((goal) => ({
                      value: goal.id,
                      label: goal.label[locale.language],
                    }))}
                    selected={value.goals}
                    onChange={(ids) => set('goals', ids)}
                  />
                )}
                {value.asMentor && (
                  <Skills
                    track={track}
                    legend={t.offers}
                    hint={t.offersHint}
                    error={errorFor('offers')}
                    catalogue={catalogue.data}
                    selected={value.offers}
                    onChange={(ids) => set('offers', ids)}
                  />
                )}
              </>
            ))}

          {value.asMentor && (
            <Field
              label={t.capacity}
              hint={t.capacityHint}
              validationMessage={errorFor('capacity')}
              className={styles.capacity}
            >
              <Select value={String(value.capacity)} onChange={(_, data) => set('capacity', Number(data.value))}>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </Select>
            </Field>
          )}

          <ChoiceGroup
            legend={t.languages}
            hint={t.languagesHint}
            error={errorFor('languages')}
            options={languages}
            selected={value.languages}
            onChange={(tags) => set('languages', tags)}
          />

          <Field label={t.cadence} validationMessage={errorFor('cadence')}>
            <RadioGroup
              layout="horizontal"
              value={value.cadence}
              onChange={(_, data) => set('cadence', data.value as Cadence)}
            >
              {CADENCES.map((cadence) => (
                <Radio key={cadence} value={cadence} label={t.cadences[cadence]} />
              ))}
            </RadioGroup>
          </Field>

          <Field label={t.meetingMinutes} validationMessage={errorFor('meetingMinutes')}>
            <RadioGroup
              layout="horizontal"
              value={String(value.meetingMinutes)}
              onChange={(_, data) => set('meetingMinutes', Number(data.value) as MeetingMinutes)}
            >
              {LENGTHS.map((minutes) => (
                <Radio key={minutes} value={String(minutes)} label={t.minutes(minutes)} />
              ))}
            </RadioGroup>
          </Field>
        </div>
      )}
    </section>
  );
}

interface SkillsProps {
  track: Track;
  legend: string;
  hint: string;
  error: string | null;
  catalogue: Catalogue;
  selected: string[];
  onChange: (ids: string[]) => void;
}

/** The catalogue's skills, one group per family. */
function Skills({ track, legend, hint, error, catalogue, selected, onChange }: SkillsProps) {
  const t = useMessages(messages);
  const { language } = useLocale();
  const known = FAMILY_ORDER[track];
  const families = [...new Set(catalogue.skills.map((s) => s.family))].sort(
    (a, b) => (known.indexOf(a) + 1 || 99) - (known.indexOf(b) + 1 || 99),
  );

  return (
    <ChoiceGroup legend={legend} hint={hint} error={error}>
      {families.map((family) => (
        <ChoiceGroup
          key={family}
          nested
          legend={t.families[family]}
          options={catalogue.skills
            .filter((s) => s.family === family)
            .map((s) => ({ value: s.id, label: s.label[language] }))}
          selected={selected}
          onChange={onChange}
        />
      ))}
    </ChoiceGroup>
  );
}
