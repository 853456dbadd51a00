import { useTranslation } from 'react-i18next';
import { linkRelationSchema, type LinkRelation } from '@shared/domain/allegation';
import { newId } from '../case-ids';
import { SectionCard } from './SectionCard';
import { useWorkspace } from './workspace-context';

const NONE = '';

/**
 * Evidence items × allegations: how each item bears on each allegation. Interviews join the rows
 * when the interview module lands (the link source already allows them).
 */
export function EvidenceMatrix() {
  const { t } = useTranslation();
  const { doc, edit } = useWorkspace();

  const relationOf = (evidenceId: string, allegationId: string): LinkRelation | typeof NONE =>
    doc.evidenceLinks.find(
      (l) =>
        l.allegationId === allegationId &&
        l.source.kind === 'evidence' &&
        l.source.evidenceId === evidenceId,
    )?.relation ?? NONE;

  const setRelation = (evidenceId: string, allegationId: string, value: string) =>
    edit((c) => {
      const matches = (l: (typeof c.evidenceLinks)[number]) =>
        l.allegationId === allegationId &&
        l.source.kind === 'evidence' &&
        l.source.evidenceId === evidenceId;
      const rest = c.evidenceLinks.filter((l) => !matches(l));
      const relation = linkRelationSchema.safeParse(value);
      if (!relation.success) return { ...c, evidenceLinks: rest };
      const existing = c.evidenceLinks.find(matches);
      return {
        ...c,
        evidenceLinks: [
          ...rest,
          existing
            ? { ...existing, relation: relation.data }
            : {
                id: newId(),
                source: { kind: 'evidence', evidenceId },
                allegationId,
                relation: relation.data,
                note: '',
              },
        ],
      };
    });

  return (
    <SectionCard
      title={t('caseWorkspace.matrix.title')}
      description={t('caseWorkspace.matrix.description')}
    >
      {doc.evidence.length === 0 ? (
        <p className="ws-empty">{t('caseWorkspace.matrix.noEvidence')}</p>
      ) : (
        <div className="matrix__scroll">
          <table className="matrix">
            <caption className="visually-hidden">{t('caseWorkspace.matrix.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('caseWorkspace.matrix.item')}</th>
                {doc.allegations.map((a) => (
                  <th key={a.id} scope="col" title={a.statement}>
                    {a.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {doc.evidence.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <span className="matrix__exhibit">{e.exhibit}</span> {e.originalFileName}
                  </th>
                  {doc.allegations.map((a) => {
                    const value = relationOf(e.id, a.id);
                    return (
                      <td key={a.id} className={`matrix__cell matrix__cell--${value || 'none'}`}>
                        <select
                          className="matrix__select"
                          aria-label={t('caseWorkspace.matrix.cell', {
                            exhibit: e.exhibit,
                            label: a.label,
                          })}
                          value={value}
                          onChange={(event) => setRelation(e.id, a.id, event.target.value)}
                        >
                          <option value={NONE}>{t('caseWorkspace.matrix.none')}</option>
                          {linkRelationSchema.options.map((r) => (
                            <option key={r} value={r}>
                              {t(`caseWorkspace.matrix.relation.${r}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </SectionCard>
  );
}
