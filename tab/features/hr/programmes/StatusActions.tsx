import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { ActionError } from '../../../components/ActionError';
import { useMessages } from '../../../lib/i18n';
import { useMoveProgramme, type Programme, type ProgrammeTransition } from './api/programmes';
import { messages } from './messages';

/** Where a programme may move from its status (the server's programmes.ts MOVES). */
export function movesFrom(status: Programme['status']): ProgrammeTransition[] {
  switch (status) {
    case 'draft':
      return ['open', 'archive'];
    case 'open':
    case 'running':
      return ['close'];
    case 'closed':
      return ['open', 'archive'];
    default:
      return [];
  }
}

export interface StatusActionsProps {
  programme: Programme;
  name: string;
  onMoved: (move: ProgrammeTransition) => void;
  onSignInAgain: () => void;
}

/** Open, close, archive: each asks first, saying what it does to people. */
export function StatusActions({ programme, name, onMoved, onSignInAgain }: StatusActionsProps) {
  const t = useMessages(messages);
  const move = useMoveProgramme();
  const [asking, setAsking] = useState<ProgrammeTransition | null>(null);
  const moves = movesFrom(programme.status);
  if (moves.length === 0) return null;

  return (
    <>
      {moves.map((m) => (
        <Button
          key={m}
          appearance={m === 'open' ? 'primary' : 'secondary'}
          aria-label={t.moveLabel(t.move[m], name)}
          onClick={() => {
            move.reset();
            setAsking(m);
          }}
        >
          {t.move[m]}
        </Button>
      ))}
      <Dialog open={asking !== null} onOpenChange={(_, data) => !data.open && setAsking(null)}>
        <DialogSurface>
          {asking && (
            <DialogBody>
              <DialogTitle>{t.confirm[asking].title(name)}</DialogTitle>
              <DialogContent>
                {t.confirm[asking].body}
                {move.isError && (
                  <ActionError
                    error={move.error}
                    known={{
                      programme_status: t.problem.status,
                      programme_archived: t.problem.archived,
                      programme_dates: t.form.fixFirst,
                      no_weights: t.problem.noWeights,
                      nobody_eligible: t.problem.nobodyEligible,
                    }}
                    onSignInAgain={onSignInAgain}
                  />
                )}
              </DialogContent>
              <DialogActions>
                <Button
                  appearance="primary"
                  disabledFocusable={move.isPending}
                  onClick={() =>
                    move.mutate(
                      { id: programme.id, move: asking },
                      {
                        onSuccess: () => {
                          setAsking(null);
                          onMoved(asking);
                        },
                      },
                    )
                  }
                >
                  {t.move[asking]}
                </Button>
                <Button onClick={() => setAsking(null)}>{t.confirm.cancel}</Button>
              </DialogActions>
            </DialogBody>
          )}
        </DialogSurface>
      </Dialog>
    </>
  );
}
