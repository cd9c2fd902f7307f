import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ErrorState } from '../../../components/ErrorState';
import { matchingMessages } from '../../../components/matchingMessages';
import { useApi } from '../../../lib/api';
import { labelOf, useCatalogue, type Catalogue } from '../../../lib/catalogue';
import { formatList, useLocale, useMessages, type Locale } from '../../../lib/i18n';
import { TRACKS, type Track } from '../../../lib/matching';
import type { Enrolment, Enrolments } from '../api/getEnrolments';
import { saveEnrolment } from '../api/saveEnrolment';
import { fieldOf, refusalOf, type FieldKey, type Refusal } from './errors';
import { messages } from './messages';
import { TrackSection } from './TrackSection';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, maxWidth: '52rem' },
  outcome: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

interface Choice {
  on: boolean;
  value: Enrolment;
}

type Outcome =
  | { kind: 'nothing' }
  | { kind: 'saved'; saved: Enrolment[] }
  | { kind: 'refused'; refused: Partial<Record<Track, Refusal>> }
  | { kind: 'failed'; error: unknown };

export interface ProgrammesFormProps {
  data: Enrolments;
  /** After a save, with what the server stored. */
  onSaved: (saved: Enrolment[]) => void;
  onSeeSuggestions: () => void;
  onSignInAgain: () => void;
}

/**
 * Joining and changing programmes in one form: a switch per programme, then the roles, skills,
 * goals and practicalities, pre-filled from what is saved or from the server's draft.
 */
export function ProgrammesForm({ data, onSaved, onSeeSuggestions, onSignInAgain }: ProgrammesFormProps) {
  const t = useMessages(messages);
  const words = useMessages(matchingMessages);
  const locale = useLocale();
  const styles = useStyles();
  const api = useApi();
  const catalogue = useCatalogue();
  const [choices, setChoices] = useState(() => initial(data));
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  const stored = (track: Track) => data.enrolments.find((e) => e.track === track);
  const programme = (track: Track) => words.programme[track];

  function update(track: Track, next: Partial<Choice>) {
    setChoices((all) => ({ ...all, [track]: { ...all[track], ...next } }));
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    // A programme turned off that was active is paused, not forgotten: the answers stay.
    const toSave = TRACKS.flatMap((track) => {
      const { on, value } = choices[track];
      if (on) return [{ ...value, paused: false }];
      const active = stored(track);
      return active && !active.paused ? [{ ...value, paused: true }] : [];
    });
    if (toSave.length === 0) return show({ kind: 'nothing' });

    setSaving(true);
    const saved: Enrolment[] = [];
    const refused: Partial<Record<Track, Refusal>> = {};
    let failure: unknown = null;
    for (const enrolment of toSave) {
      try {
        saved.push(await saveEnrolment(api, enrolment));
      } catch (error) {
        const refusal = refusalOf(error, enrolment);
        if (refusal) refused[enrolment.track] = refusal;
        else failure ??= error;
      }
    }
    setSaving(false);
    if (saved.length > 0) onSaved(saved);
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
  const errorFor = (track: Track) => (field: FieldKey) => {
    const refusal = refusals[track];
    return refusal && fieldOf(refusal) === field ? describe(refusal, track) : null;
  };

  function describe(refusal: Refusal, track: Track): string {
    return describeRefusal(refusal, programme(track), t, words.role, catalogue.data, locale);
  }

  return (
    <form className={styles.form} onSubmit={(e) => void save(e)} noValidate>
      {TRACKS.map((track) => (
        <TrackSection
          key={track}
          track={track}
          on={choices[track].on}
          value={choices[track].value}
          paused={stored(track)?.paused === true}
          catalogue={catalogue}
          errorFor={errorFor(track)}
          onToggle={(on) => update(track, { on })}
          onChange={(value) => update(track, { value })}
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
                  {TRACKS.filter((track) => outcome.refused[track]).map((track) => (
                    <li key={track}>{t.notSaved(programme(track), describe(outcome.refused[track]!, track))}</li>
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
                  <Button onClick={onSeeSuggestions}>{t.seeSuggestions}</Button>
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
        {saving && <Spinner size="tiny" label={t.saving} />}
      </div>
    </form>
  );
}

function initial(data: Enrolments): Record<Track, Choice> {
  const choice = (track: Track): Choice => {
    const saved = data.enrolments.find((e) => e.track === track);
    if (saved) return { on: !saved.paused, value: saved };
    const draft = data.drafts.find((e) => e.track === track);
    return { on: false, value: draft ?? blank(track) };
  };
  return { mentoring: choice('mentoring'), reverse: choice('reverse') };
}

/** Only if the server sent neither an enrolment nor a draft for a programme. */
function blank(track: Track): Enrolment {
  return {
    track,
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

function summary(saved: Enrolment[], t: Words, programme: (track: Track) => string): string {
  return saved
    .map((e) => {
      if (e.paused) return t.pausedProgramme(programme(e.track));
      const roles = e.asMentor && e.asMentee ? 'both' : e.asMentor ? 'mentor' : 'mentee';
      return t.inProgramme(programme(e.track), t.roleList[roles]);
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
): string {
  switch (refusal.kind) {
    case 'noRole':
      return t.errors.noRole;
    case 'notEligible': {
      const role = (roles[refusal.role] ?? refusal.role).toLowerCase();
      return refusal.min !== undefined && refusal.max !== undefined && refusal.level !== undefined
        ? t.errors.notEligible(programme, role, refusal.min, refusal.max, refusal.level)
        : t.errors.notEligibleRole(programme, role);
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
