import { Page } from '../../../app/Page';

/** /hr/programmes: placeholder until the programmes contract lands (step 2). */
export function ProgrammesAdminView() {
  return <Page title="Programmes" />;
}
