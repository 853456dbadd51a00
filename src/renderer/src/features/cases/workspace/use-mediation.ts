import { emptyMediation, type Mediation } from '@shared/domain/mediation';
import { useWorkspace } from './workspace-context';

/** Types whose workspace always has a Mediation tab; others get one once mediation starts. */
export const MEDIATION_CASE_TYPE = 'interpersonal-conflict-mediation';

/** The case's mediation and a way to change it through the workspace's autosave. */
export function useMediation() {
  const { doc, edit } = useWorkspace();
  const update = (change: (m: Mediation) => Mediation) =>
    edit((c) => ({ ...c, mediation: change(c.mediation ?? emptyMediation()) }));
  return { mediation: doc.mediation, update };
}
