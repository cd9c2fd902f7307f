import { useRef, useState } from 'react';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { useNavigate } from '@tanstack/react-router';
import { Page } from '../../../app/Page';
import { useSession } from '../../../app/session';
import { useCardStyles } from '../../../components/cardStyles';
import { TextLink } from '../../../components/links';
import { LoadError } from '../../../components/LoadError';
import { Loading } from '../../../components/Loading';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { ApiError } from '../../../lib/api';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useHrSubpath } from '../subpath';
import {
  useCreateProgramme,
  useProgramme,
  useProgrammes,
  useSaveProgramme,
  type Programme,
  type ProgrammeBody,
  type ProgrammeTransition,
} from './api/programmes';
import { blankProgramme, bodyOf } from './blank';
import { messages } from './messages';
import { ProgrammeForm } from './ProgrammeForm';
import { ProgrammeList, STATUS_COLOUR } from './ProgrammeList';
import { StatusActions } from './StatusActions';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/**
 * /hr/programmes: every programme; /hr/programmes/new: a new one; /hr/programmes/<id>: one to
 * edit, open, close or archive.
 */
export function ProgrammesAdminView() {
  const [page] = useHrSubpath();
  if (page === 'new') return <NewProgramme />;
  if (page) return <EditProgramme id={page} />;
  return <AllProgrammes />;
}

function AllProgrammes() {
  const t = useMessages(messages);
  const { onSignInAgain } = useSession();
  const programmes = useProgrammes();
  return (
    <Page title={t.title} intro={t.intro}>
      {programmes.data ? (
        <ProgrammeList programmes={programmes.data.programmes} onSignInAgain={onSignInAgain} />
      ) : programmes.isError ? (
        <LoadError query={programmes} onSignInAgain={onSignInAgain} />
      ) : (
        <Loading label={t.loading} />
      )}
    </Page>
  );
}

function Back() {
  const t = useMessages(messages);
  return <TextLink to="/hr/programmes">{t.back}</TextLink>;
}

function NewProgramme() {
  const t = useMessages(messages);
  const { onSignInAgain } = useSession();
  const create = useCreateProgramme();
  const navigate = useNavigate();
  const [initial] = useState(blankProgramme);
  return (
    <Page title={t.newTitle}>
      <Back />
      <ProgrammeForm
        initial={initial}
        submitLabel={t.form.createDraft}
        saving={create.isPending}
        error={create.error}
        onSignInAgain={onSignInAgain}
        onSubmit={(body) =>
          create.mutate(body, {
            onSuccess: (programme) =>
              void navigate({
                to: '/hr/programmes/$',
                params: { _splat: programme.id },
                state: { created: true } as never,
              }),
          })
        }
      />
    </Page>
  );
}

function EditProgramme({ id }: { id: string }) {
  const t = useMessages(messages);
  const { onSignInAgain } = useSession();
  const programme = useProgramme(id);
  if (programme.data) return <Editor key={programme.data.id} programme={programme.data} />;
  if (programme.isError && programme.error instanceof ApiError && programme.error.code === 'programme_not_found')
    return (
      <Page title={t.title} intro={t.notFound}>
        <Back />
      </Page>
    );
  return (
    <Page title={t.title} focusOnArrival={false}>
      <Back />
      {programme.isError ? (
        <LoadError query={programme} onSignInAgain={onSignInAgain} />
      ) : (
        <Loading label={t.loading} />
      )}
    </Page>
  );
}

function Editor({ programme }: { programme: Programme }) {
  const t = useMessages(messages);
  const { onSignInAgain } = useSession();
  const locale = useLocale();
  const cards = useCardStyles();
  const styles = useStyles();
  const save = useSaveProgramme(programme.id);
  const [done, setDone] = useState<string | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  const name = programme.names[locale.language] || programme.names.en;
  const said = (words: string) => {
    setDone(words);
    requestAnimationFrame(() => notice.current?.focus());
  };

  return (
    <Page title={t.editTitle(name)}>
      <Back />
      <div className={styles.bar}>
        <Badge appearance="tint" color={STATUS_COLOUR[programme.status]}>
          {t.status[programme.status]}
        </Badge>
        <div className={cards.actions}>
          <StatusActions
            programme={programme}
            name={name}
            onMoved={(move: ProgrammeTransition) => said(t.moved[move](name))}
            onSignInAgain={onSignInAgain}
          />
        </div>
      </div>
      {done && <SuccessNotice ref={notice}>{done}</SuccessNotice>}
      {programme.status === 'archived' ? null : (
        <ProgrammeForm
          initial={bodyOf(programme)}
          submitLabel={t.form.save}
          saving={save.isPending}
          error={save.error}
          onSignInAgain={onSignInAgain}
          onSubmit={(body: ProgrammeBody) => save.mutate(body, { onSuccess: () => said(t.form.saved) })}
        />
      )}
    </Page>
  );
}
