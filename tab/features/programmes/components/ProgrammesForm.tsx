import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Text,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ErrorState } from '../../../components/ErrorState';
import { LeaveGuard } from './LeaveGuard';
import { ButtonLink } from '../../../components/links';
import { matchingMessages } from '../../../components/matchingMessages';
import { labelOf, useCatalogue, type Catalogue } from '../../../lib/catalogue';
import { formatList, useLocale, useMessages, type Locale } from '../../../lib/i18n';
import type { ProgrammeId } from '../../../lib/matching';
import type { Enrolment, Enrolments, ProgrammeRoles } from '../api/getEnrolments';
import { useSaveEnrolment } from '../api/saveEnrolment';
import { fieldOf, refusalOf, type FieldKey, type Refusal } from './errors';
import { messages } from './messages';
import { ProgrammeSection } from './ProgrammeSection';
import { useProgrammeName } from '../api/getProgrammes';

const useStyles = makeStyles({
  // As wide as the page's column: on a desktop the fields sit side by side rather than in a strip.
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  outcome: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // Save stays in view at the bottom of the screen while the form scrolls, and comes to rest after
  // the last field, so at the end it covers nothing.
  actions: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalL,
    borderTopLeftRadius: tokens.borderRadiusLarge,
    borderTopRightRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    // Shadows vanish in high contrast: a stroke there, transparent elsewhere.
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  // Beside the button even on a phone: a bar that grows taller hides more of the form.
  unsaved: {
    minWidth: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

interface Choice {
  on: boolean;
  value: Enrolment;
}

type Outcome =
  | { kind: 'nothing' }
  | { kind: 'saved'; saved: Enrolment[] }
  | { kind: 'refused'; refused: Partial<Record<ProgrammeId, Refusal>> }
  | { kind: 'failed'; error: unknown };

export interface ProgrammesFormProps {
  data: Enrolments;
  /** The programme a link points at (`/programmes?programmeId=`): brought into view with the focus. */
  focusTrack?: ProgrammeId | undefined;
  onSignInAgain: () => void;
}

/**
 * Joining and changing programmes in one form: a switch per programme, then the roles, skills,
 * goals and practicalities, pre-filled from what is saved or from the server's draft.
 */
export function ProgrammesForm({ data, focusTrack, onSignInAgain }: ProgrammesFormProps) {
  const t = useMessages(messages);
  const words = useMessages(matchingMessages);
  const locale = useLocale();
  const styles = useStyles();
  const saveIt = useSaveEnrolment();
  const catalogue = useCatalogue();
  const programmeName = useProgrammeName();
  // Every programme the person sees, in the server's order: those they are in and those open to them.
  const ids = data.roles.map((r) => r.programmeId);
  const [choices, setChoices] = useState(() => initial(data, ids));
  // What is saved, as the form shows it: changes are what differs from it.
  const [baseline, setBaseline] = useState(choices);
  const dirty = ids.some((programmeId) => changed(choices[programmeId]!, baseline[programmeId]!));
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  const stored = (programmeId: ProgrammeId) => data.enrolments.find((e) => e.programmeId === programmeId);
  const rolesOf = (programmeId: ProgrammeId) => data.roles.find((r) => r.programmeId === programmeId);
  const programme = programmeName;

  function update(programmeId: ProgrammeId, next: Partial<Choice>) {
    setChoices((all) => ({ ...all, [programmeId]: { ...all[programmeId]!, ...next } }));
    // An error goes as soon as the answer it is about changes; a correct answer is checked on save.
    if (outcome?.kind === 'nothing' && next.on) setOutcome(null);
    const refusal = outcome?.kind === 'refused' ? outcome.refused[programmeId] : undefined;
    if (refusal && (next.on === false || (next.value && touches(refusal, choices[programmeId]!.value, next.value)))) {
      const { [programmeId]: _, ...rest } = outcome!.kind === 'refused' ? outcome!.refused : {};
      setOutcome(Object.keys(rest).length > 0 ? { kind: 'refused', refused: rest } : null);
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    // A programme turned off that was active is paused, not forgotten: the answers stay.
    const toSave = ids.flatMap((programmeId) => {
      const { on, value } = choices[programmeId]!;
      if (on) return [{ ...value, paused: false }];
      const active = stored(programmeId);
      return active && !active.paused ? [{ ...value, paused: true }] : [];
    });
    if (toSave.length === 0) return show({ kind: 'nothing' });

    setSaving(true);
    const sent = choices;
    const saved: Enrolment[] = [];
    const refused: Partial<Record<ProgrammeId, Refusal>> = {};
    let failure: unknown = null;
    for (const enrolment of toSave) {
      try {
        saved.push(await saveIt.mutateAsync(enrolment));
      } catch (error) {
        const refusal = refusalOf(error, enrolment);
        if (refusal) refused[enrolment.programmeId] = refusal;
        else failure ??= error;
      }
    }
    setSaving(false);
    // What was saved, or needed no saving, is no longer a change; a refused programme still is.
    setBaseline((before) =>
      Object.fromEntries(ids.map((id) => [id, refused[id] || failure !== null ? before[id]! : sent[id]!] as const)),
    );
    if (failure !== null) show({ kind: 'failed', error: failure });
    else if (Object.keys(refused).length > 0) show({ kind: 'refused', refused });
    else show({ kind: 'saved', saved });
  }

  function show(next: Outcome) {
    setOutcome(next);
    // The message replaces nothing the person was on, so take them to it: it says what to do next.
    requestAnimationFrame(() => outcomeRef.current?.focus());
  }

  const refusals = outcome?.kind === 'refused' ? outcome.refused : {};
  const errorFor = (programmeId: ProgrammeId) => (field: FieldKey) => {
    const refusal = refusals[programmeId];
    return refusal && fieldOf(refusal) === field ? describe(refusal, programmeId) : null;
  };

  function describe(refusal: Refusal, programmeId: ProgrammeId): string {
    return describeRefusal(
      refusal,
      programme(programmeId),
      t,
      words.role,
      catalogue.data,
      locale,
      rolesOf(programmeId),
    );
  }

  return (
    <form className={styles.form} onSubmit={(e) => void save(e)} noValidate>
      {ids.map((programmeId) => (
        <ProgrammeSection
          key={programmeId}
          programmeId={programmeId}
          on={choices[programmeId]!.on}
          value={choices[programmeId]!.value}
          paused={stored(programmeId)?.paused === true}
          isTarget={programmeId === focusTrack}
          roles={rolesOf(programmeId)}
          catalogue={catalogue}
          errorFor={errorFor(programmeId)}
          onToggle={(on) => update(programmeId, { on })}
          onChange={(value) => update(programmeId, { value })}
        />
      ))}

      {outcome && (
        <div ref={outcomeRef} tabIndex={-1} className={styles.outcome}>
          {outcome.kind === 'failed' ? (
            <ErrorState error={outcome.error} onSignInAgain={onSignInAgain} />
          ) : outcome.kind === 'nothing' ? (
            <MessageBar intent="warning" layout="multiline" role="alert">
              <MessageBarBody>{t.chooseProgramme}</MessageBarBody>
            </MessageBar>
          ) : outcome.kind === 'refused' ? (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>
                <MessageBarTitle>{t.notSavedTitle}</MessageBarTitle>
                <ul className={styles.list}>
                  {ids
                    .filter((programmeId) => outcome.refused[programmeId])
                    .map((programmeId) => (
                      <li key={programmeId}>
                        {t.notSaved(programme(programmeId), describe(outcome.refused[programmeId]!, programmeId))}
                      </li>
                    ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          ) : (
            <MessageBar intent="success" layout="multiline" role="status">
              <MessageBarBody>
                <MessageBarTitle>{t.saved}</MessageBarTitle> {summary(outcome.saved, t, programme)}
              </MessageBarBody>
              {outcome.saved.some((e) => !e.paused) && (
                <MessageBarActions>
                  <ButtonLink to="/">{t.seeSuggestions}</ButtonLink>
                </MessageBarActions>
              )}
            </MessageBar>
          )}
        </div>
      )}

      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={saving}>
          {t.save}
        </Button>
        {saving ? (
          <Spinner size="tiny" label={t.saving} />
        ) : (
          dirty && <Text className={styles.unsaved}>{t.unsaved}</Text>
        )}
      </div>
      <LeaveGuard when={dirty && !saving} />
    </form>
  );
}

/** Whether a programme differs from what is saved; the answers of one switched off do not count. */
function changed(now: Choice, saved: Choice): boolean {
  if (now.on !== saved.on) return true;
  return now.on && JSON.stringify(now.value) !== JSON.stringify(saved.value);
}

/** Whether a change reaches the answer a refusal is about. */
function touches(refusal: Refusal, before: Enrolment, after: Enrolment): boolean {
  const field = fieldOf(refusal);
  if (field === null) return JSON.stringify(before) !== JSON.stringify(after);
  if (field === 'roles') return before.asMentor !== after.asMentor || before.asMentee !== after.asMentee;
  return JSON.stringify(before[field]) !== JSON.stringify(after[field]);
}

function initial(data: Enrolments, ids: readonly ProgrammeId[]): Record<ProgrammeId, Choice> {
  const choice = (programmeId: ProgrammeId): Choice => {
    const saved = data.enrolments.find((e) => e.programmeId === programmeId);
    if (saved) return { on: !saved.paused, value: saved };
    const draft = data.drafts.find((e) => e.programmeId === programmeId);
    return { on: false, value: draft ?? blank(programmeId) };
  };
  return Object.fromEntries(ids.map((id) => [id, choice(id)]));
}

/** Only if the server sent neither an enrolment nor a draft for a programme. */
function blank(programmeId: ProgrammeId): Enrolment {
  return {
    programmeId,
    asMentor: false,
    asMentee: false,
    offers: [],
    wants: [],
    goals: [],
    languages: [],
    cadence: 'biweekly',
    meetingMinutes: 45,
    capacity: 2,
    paused: false,
  };
}

type Words = (typeof messages)['en'];

function summary(saved: Enrolment[], t: Words, programme: (programmeId: ProgrammeId) => string): string {
  return saved
    .map((e) => {
      if (e.paused) return t.pausedProgramme(programme(e.programmeId));
      const roles = e.asMentor && e.asMentee ? 'both' : e.asMentor ? 'mentor' : 'mentee';
      return t.inProgramme(programme(e.programmeId), t.roleList[roles]);
    })
    .join(' ');
}

function describeRefusal(
  refusal: Refusal,
  programme: string,
  t: Words,
  roles: Record<string, string>,
  catalogue: Catalogue | undefined,
  locale: Locale,
  opening: ProgrammeRoles | undefined,
): string {
  switch (refusal.kind) {
    case 'noRole':
      return t.errors.noRole;
    case 'notEligible': {
      // The same words as beside the role, never a level number.
      const role = refusal.role === 'mentor' || refusal.role === 'mentee' ? refusal.role : null;
      const closed = role ? opening?.[role] : undefined;
      if (role && closed?.reason) {
        const other = role === 'mentor' ? 'mentee' : 'mentor';
        const end = opening![other].open ? t.openInstead(t.roleName[other]) : t.closedEnd;
        return t.closed[closed.reason](programme) + end;
      }
      return t.errors.notEligibleRole(programme, (roles[refusal.role] ?? refusal.role).toLowerCase());
    }
    case 'unknown': {
      const items = refusal.field === 'goals' ? catalogue?.goals : catalogue?.skills;
      const list = formatList(
        refusal.ids.map((id) => labelOf(items, id, locale.language)),
        locale,
      );
      return refusal.field === 'goals' ? t.errors.unknownGoal(list) : t.errors.unknownSkill(list);
    }
    case 'notPlaced':
      return t.errors.notPlaced;
    case 'field':
      return t.errors.fields[refusal.field];
    case 'invalid':
      return t.errors.invalid;
  }
}
