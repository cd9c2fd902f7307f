import { useId } from 'react';
import {
  Field,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { UseQueryResult } from '@tanstack/react-query';
import { LoadError } from '../../../components/LoadError';
import { Loading } from '../../../components/Loading';
import { useFocusTarget, useTargetStyles } from '../../../components/target';
import type { Catalogue } from '../../../lib/catalogue';
import { useLocale, useMessages, type Locale } from '../../../lib/i18n';
import type { Role, ProgrammeId } from '../../../lib/matching';
import type { Cadence, Enrolment, MeetingMinutes, ProgrammeRoles } from '../api/getEnrolments';
import { CataloguePicker } from '../../../components/CataloguePicker';
import { ChoiceGroup } from './ChoiceGroup';
import type { FieldKey } from './errors';
import { messages } from './messages';
import { useProgramme, useProgrammeName } from '../api/getProgrammes';

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
  // Side by side on a desktop window, one under the other on a phone.
  practical: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(18rem, 100%), 1fr))',
    alignItems: 'start',
    gap: tokens.spacingVerticalL,
  },
  wrap: { flexWrap: 'wrap' },
  capacity: { maxWidth: '12rem' },
});

/** Offered beside the person's own; Intl names them in the reader's language. */
// The schema's limits (server/matching/schemas.ts enrolmentFields).
const MAX_SKILLS = 20;
const MAX_GOALS = 10;

const COMMON_LANGUAGES = ['it-IT', 'en-GB', 'fr-FR', 'de-DE', 'es-ES'];
const CADENCES: Cadence[] = ['weekly', 'biweekly', 'monthly'];
const LENGTHS: MeetingMinutes[] = [30, 45, 60];
/** Reverse mentoring is mostly about digital skills: those come first there. */
const FAMILY_ORDER: Record<'mentoring' | 'reverse', string[]> = {
  mentoring: ['technical', 'soft', 'digital'],
  reverse: ['digital', 'technical', 'soft'],
};

export interface TrackSectionProps {
  programmeId: ProgrammeId;
  on: boolean;
  value: Enrolment;
  /** Paused on the server: kept, but out of matching. */
  paused: boolean;
  /** A link points at this programme. */
  isTarget?: boolean;
  /** Which roles are open to the person in this programme, and why not (GET /api/enrolments). */
  roles?: ProgrammeRoles | undefined;
  catalogue: UseQueryResult<Catalogue>;
  errorFor: (field: FieldKey) => string | null;
  onToggle: (on: boolean) => void;
  onChange: (value: Enrolment) => void;
}

/** One programme: whether to take part, and if so how. */
export function ProgrammeSection({
  programmeId,
  on,
  value,
  paused,
  isTarget = false,
  roles,
  catalogue,
  errorFor,
  onToggle,
  onChange,
}: TrackSectionProps) {
  const t = useMessages(messages);
  const locale = useLocale();
  const styles = useStyles();
  const marked = useTargetStyles();
  const ref = useFocusTarget<HTMLElement>(isTarget);
  const headingId = useId();
  const programmeName = useProgrammeName();
  const programme = programmeName(programmeId);
  const about = useProgramme(programmeId);
  // The words of roles follow the kind: in reverse mentoring the junior colleague mentors.
  const kind = about?.kind === 'reverse' ? 'reverse' : 'mentoring';
  const set = <K extends keyof Enrolment>(key: K, next: Enrolment[K]) => onChange({ ...value, [key]: next });

  // One box per language: a saved "en-US" stands for English instead of adding "en-GB" beside it.
  const saidLanguages = new Set(value.languages.map(primary));
  const languages = [...value.languages, ...COMMON_LANGUAGES.filter((tag) => !saidLanguages.has(primary(tag)))].map(
    (tag) => ({ value: tag, label: spokenName(tag, locale) }),
  );

  /** A role closed to the person, unless they already hold it and must be able to let it go. */
  const closedNote = (role: Role, chosen: boolean): { disabled: boolean; note: string | null } => {
    const opening = roles?.[role];
    if (!opening || opening.open || !opening.reason) return { disabled: false, note: null };
    const other: Role = role === 'mentor' ? 'mentee' : 'mentor';
    const end = roles[other].open ? t.openInstead(t.roleName[other]) : t.closedEnd;
    return { disabled: !chosen, note: t.closed[opening.reason](programme) + end };
  };

  return (
    <section
      ref={ref}
      className={isTarget ? mergeClasses(styles.section, marked.target) : styles.section}
      tabIndex={isTarget ? -1 : undefined}
      aria-labelledby={headingId}
    >
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {programme}
      </Text>
      <Text as="p" className={styles.about}>
        {about?.descriptions[locale.language] || t.about[kind]}
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
              { value: 'mentee', label: t.asMentee[kind], ...closedNote('mentee', value.asMentee) },
              { value: 'mentor', label: t.asMentor[kind], ...closedNote('mentor', value.asMentor) },
            ]}
            selected={[value.asMentee ? 'mentee' : null, value.asMentor ? 'mentor' : null].filter(
              (r): r is string => r !== null,
            )}
            onChange={(roles) =>
              onChange({ ...value, asMentee: roles.includes('mentee'), asMentor: roles.includes('mentor') })
            }
          />

          {(value.asMentee || value.asMentor) &&
            (catalogue.isError && !catalogue.data ? (
              <LoadError query={catalogue} />
            ) : !catalogue.data ? (
              <Loading label={t.loadingCatalogue} />
            ) : (
              <>
                {value.asMentee && (
                  <Skills
                    programmeId={programmeId}
                    legend={t.wants}
                    hint={t.wantsHint}
                    error={errorFor('wants')}
                    catalogue={catalogue.data}
                    selected={value.wants}
                    onChange={(ids) => set('wants', ids)}
                  />
                )}
                {value.asMentee && (
                  <CataloguePicker
                    words={t}
                    label={t.goals}
                    hint={t.goalsHint}
                    error={errorFor('goals')}
                    items={catalogue.data.goals.map((goal) => ({
                      value: goal.id,
                      label: goal.label[locale.language],
                    }))}
                    selected={value.goals}
                    max={MAX_GOALS}
                    onChange={(ids) => set('goals', ids)}
                  />
                )}
                {value.asMentor && (
                  <Skills
                    programmeId={programmeId}
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

          <div className={styles.practical}>
            <ChoiceGroup
              legend={t.languages}
              hint={t.languagesHint}
              error={errorFor('languages')}
              options={languages}
              selected={value.languages}
              onChange={(tags) => set('languages', tags)}
            />

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

            <Field label={t.cadence} validationMessage={errorFor('cadence')}>
              <RadioGroup
                layout="horizontal"
                className={styles.wrap}
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
                className={styles.wrap}
                value={String(value.meetingMinutes)}
                onChange={(_, data) => set('meetingMinutes', Number(data.value) as MeetingMinutes)}
              >
                {LENGTHS.map((minutes) => (
                  <Radio key={minutes} value={String(minutes)} label={t.minutes(minutes)} />
                ))}
              </RadioGroup>
            </Field>
          </div>
        </div>
      )}
    </section>
  );
}

interface SkillsProps {
  programmeId: ProgrammeId;
  legend: string;
  hint: string;
  error: string | null;
  catalogue: Catalogue;
  selected: string[];
  onChange: (ids: string[]) => void;
}

/** The catalogue's skills, listed under their families, the programme's own family first. */
function Skills({ programmeId, legend, hint, error, catalogue, selected, onChange }: SkillsProps) {
  const t = useMessages(messages);
  const { language } = useLocale();
  const kind = useProgramme(programmeId)?.kind;
  const known = FAMILY_ORDER[kind === 'reverse' ? 'reverse' : 'mentoring'];
  const families = [...new Set(catalogue.skills.map((s) => s.family))].sort(
    (a, b) => (known.indexOf(a) + 1 || 99) - (known.indexOf(b) + 1 || 99),
  );

  return (
    <CataloguePicker
      words={t}
      label={legend}
      hint={hint}
      error={error}
      items={catalogue.skills.map((s) => ({ value: s.id, label: s.label[language], group: t.families[s.family] }))}
      groups={families.map((f) => t.families[f])}
      selected={selected}
      max={MAX_SKILLS}
      onChange={onChange}
    />
  );
}

function primary(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/**
 * A language as people name it in the reader's language: "Italian", "English"; in Italian
 * "italiano", "inglese". The region ("British English", "italiano (Italia)") only matters to
 * spelling, not to whether two people can talk.
 */
export function spokenName(tag: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames(locale.tag, { type: 'language' }).of(primary(tag)) ?? tag;
  } catch {
    return tag;
  }
}
