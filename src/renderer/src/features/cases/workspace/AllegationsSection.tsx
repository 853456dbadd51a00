import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Allegation } from '@shared/domain/allegation';
import { newId } from '../case-ids';
import { TextInputField } from '../TextInputField';
import { AllegationCard } from './AllegationCard';
import { EvidenceMatrix } from './EvidenceMatrix';
import { SectionCard } from './SectionCard';
import { useWorkspace } from './workspace-context';

export function nextAllegationLabel(existing: readonly { label: string }[]): string {
  const highest = existing.reduce((max, a) => Math.max(max, Number(a.label.slice(1)) || 0), 0);
  return `A${highest + 1}`;
}

/** Allegations as framed, one finding each, and the evidence × allegation matrix. */
export function AllegationsSection() {
  const { t } = useTranslation();
  const { doc, edit } = useWorkspace();
  const [statement, setStatement] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!statement.trim()) {
      setError(t('caseWorkspace.allegations.statementRequired'));
      return;
    }
    const allegation: Allegation = {
      id: newId(),
      label: nextAllegationLabel(doc.allegations),
      statement: statement.trim(),
      policy: '',
      respondentIds: [],
      complainantIds: doc.parties.filter((p) => p.role === 'complainant').map((p) => p.personId),
      protectedCharacteristics: [],
      dates: [],
      finding: 'pending',
      rationale: '',
    };
    edit((c) => ({ ...c, allegations: [...c.allegations, allegation] }));
    setStatement('');
    setError(null);
  };

  return (
    <div className="ws-section">
      <SectionCard title={t('caseWorkspace.allegations.add')}>
        <form className="cw-form" onSubmit={add} noValidate>
          <TextInputField
            label={t('caseWorkspace.allegations.statement')}
            description={t('caseWorkspace.allegations.statementHint')}
            value={statement}
            onChange={(v) => {
              setStatement(v);
              setError(null);
            }}
            multiline
            rows={2}
            error={error}
          />
          <div className="cw-form__actions cw-form__actions--start">
            <Button type="submit" className="button button--secondary">
              <Plus size={15} aria-hidden="true" />
              {t('caseWorkspace.allegations.addButton')}
            </Button>
          </div>
        </form>
      </SectionCard>
      {doc.allegations.length === 0 ? (
        <p className="ws-empty">{t('caseWorkspace.allegations.empty')}</p>
      ) : (
        doc.allegations.map((a, index) => (
          <AllegationCard key={a.id} allegation={a} index={index} />
        ))
      )}
      {doc.allegations.length > 0 && <EvidenceMatrix />}
    </div>
  );
}
