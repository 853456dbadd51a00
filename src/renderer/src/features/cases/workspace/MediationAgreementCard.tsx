import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Mediation } from '@shared/domain/mediation';
import { newId } from '../case-ids';
import { ChoiceField } from '../ChoiceField';
import { TextInputField } from '../TextInputField';
import { SectionCard } from './SectionCard';
import { useMediation } from './use-mediation';
import { useWorkspace } from './workspace-context';

type Agreement = Mediation['agreement'];
/** The outcome as a select value: '' while no outcome is recorded (a select key cannot be null). */
type OutcomeChoice = NonNullable<Agreement['outcome']> | '';

/** The written agreement: outcome, numbered terms, when signed, and the follow-up review. */
export function MediationAgreementCard({ mediation: m }: { mediation: Mediation }) {
  const { t } = useTranslation();
  const { flush } = useWorkspace();
  const { update } = useMediation();
  const [term, setTerm] = useState('');
  const a = m.agreement;
  const set = (patch: Partial<Agreement>) =>
    update((x) => ({ ...x, agreement: { ...x.agreement, ...patch } }));
  const setTerms = (change: (terms: Agreement['terms']) => Agreement['terms']) =>
    update((x) => ({ ...x, agreement: { ...x.agreement, terms: change(x.agreement.terms) } }));

  return (
    <SectionCard
      title={t('caseWorkspace.mediation.agreement')}
      description={t('caseWorkspace.mediation.agreementHint')}
    >
      <div className="cw-form__row">
        <ChoiceField<OutcomeChoice>
          label={t('caseWorkspace.mediation.outcome')}
          value={a.outcome ?? ''}
          options={(['', 'full', 'partial', 'none'] as const).map((id) => ({
            id,
            label: t(`caseWorkspace.mediation.outcomeOption.${id || 'open'}`),
          }))}
          onChange={(outcome) => set({ outcome: outcome || null })}
        />
        <TextInputField
          label={t('caseWorkspace.mediation.signedOn')}
          type="date"
          size="short"
          value={a.signedOn ?? ''}
          onChange={(on) => set({ signedOn: on || null })}
        />
        <TextInputField
          label={t('caseWorkspace.mediation.reviewOn')}
          description={t('caseWorkspace.mediation.reviewHint')}
          type="date"
          size="short"
          value={a.reviewOn ?? ''}
          onChange={(on) => set({ reviewOn: on || null })}
        />
      </div>
      <ol className="ws-list" aria-label={t('caseWorkspace.mediation.terms')}>
        {a.terms.map((x, i) => (
          <li key={x.id} className="med-term">
            <span className="med-term__number" aria-hidden="true">
              {i + 1}.
            </span>
            <TextInputField
              label={t('caseWorkspace.mediation.termLabel', { n: i + 1 })}
              value={x.text}
              onChange={(text) =>
                setTerms((terms) => terms.map((y) => (y.id === x.id ? { ...y, text } : y)))
              }
              onBlur={() => void flush()}
              error={x.text.trim() ? null : t('caseWorkspace.mediation.termRequired')}
              multiline
              rows={2}
            />
            <Button
              className="cw-icon-button med-term__remove"
              aria-label={t('caseWorkspace.mediation.removeTerm', { n: i + 1 })}
              onPress={() => setTerms((terms) => terms.filter((y) => y.id !== x.id))}
            >
              <Trash2 size={15} aria-hidden="true" />
            </Button>
          </li>
        ))}
      </ol>
      <form
        className="cw-form__row cw-form__row--end"
        onSubmit={(event) => {
          event.preventDefault();
          if (!term.trim()) return;
          setTerms((terms) => [...terms, { id: newId(), text: term.trim() }]);
          setTerm('');
        }}
      >
        <TextInputField
          label={t('caseWorkspace.mediation.newTerm')}
          value={term}
          onChange={setTerm}
        />
        <Button type="submit" className="button button--secondary" isDisabled={!term.trim()}>
          <Plus size={15} aria-hidden="true" />
          {t('caseWorkspace.mediation.addTerm')}
        </Button>
      </form>
    </SectionCard>
  );
}
