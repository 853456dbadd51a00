import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { partyRoles, type PartyRole, type Person } from '@shared/domain/person';
import { ChoiceField } from '../ChoiceField';
import { PersonDialog } from '../PersonDialog';
import { PersonPicker } from '../PersonPicker';
import { OtherCases } from './OtherCases';
import { SectionCard } from './SectionCard';
import { nameOf, useWorkspace } from './workspace-context';

/** The people in this case and their roles; repeat appearances show beside each one. */
export function PartiesSection() {
  const { t } = useTranslation();
  const { doc, edit, people, loadPeople, caseId } = useWorkspace();
  const [role, setRole] = useState<PartyRole>('witness');
  const [creating, setCreating] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const roleOptions = partyRoles.map((id) => ({ id, label: t(`cases.role.${id}`) }));

  const add = (person: Person) => {
    if (doc.parties.some((p) => p.personId === person.id && p.role === role)) {
      setNotice(
        t('caseWorkspace.parties.already', { name: person.name, role: t(`cases.role.${role}`) }),
      );
      return;
    }
    edit((c) => ({ ...c, parties: [...c.parties, { personId: person.id, role }] }));
    loadPeople([person.id], true);
    setNotice(
      t('caseWorkspace.parties.added', { name: person.name, role: t(`cases.role.${role}`) }),
    );
  };

  // A respondent named in an allegation cannot stop being one: main would refuse the save.
  const inAllegation = (personId: string) =>
    doc.allegations.some((a) => a.respondentIds.includes(personId));

  return (
    <div className="ws-section">
      <SectionCard
        title={t('caseWorkspace.parties.add')}
        description={t('caseWorkspace.parties.addHint')}
      >
        <div className="cw-form__row cw-form__row--end">
          <ChoiceField
            label={t('caseWorkspace.parties.role')}
            value={role}
            options={roleOptions}
            onChange={setRole}
            size="short"
          />
          <div className="cw-grow">
            <PersonPicker
              label={t('caseWorkspace.parties.person')}
              onPick={add}
              onCreate={(name) => setCreating(name)}
            />
          </div>
        </div>
        <p className="ws-live" role="status">
          {notice}
        </p>
      </SectionCard>
      <SectionCard title={t('caseWorkspace.parties.title', { count: doc.parties.length })}>
        {doc.parties.length === 0 ? (
          <p className="ws-empty">{t('caseWorkspace.parties.empty')}</p>
        ) : (
          <ul className="ws-list" aria-label={t('caseWorkspace.parties.listLabel')}>
            {doc.parties.map((party, index) => {
              const info = people.get(party.personId);
              const person = info?.person;
              const locked = party.role === 'respondent' && inAllegation(party.personId);
              return (
                <li key={`${party.personId}:${party.role}`} className="ws-list__item party">
                  <div className="party__who">
                    <p className="party__name">{nameOf(people, party.personId)}</p>
                    <p className="party__meta">
                      {[person?.employeeId, person?.title, person?.department, person?.location]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                    {info && <OtherCases appearances={info.appearances} currentCaseId={caseId} />}
                  </div>
                  <ChoiceField
                    label={t('caseWorkspace.parties.roleOf', {
                      name: nameOf(people, party.personId),
                    })}
                    value={party.role}
                    options={roleOptions}
                    size="short"
                    isDisabled={locked}
                    onChange={(next) =>
                      edit((c) => ({
                        ...c,
                        parties: c.parties.map((p, i) => (i === index ? { ...p, role: next } : p)),
                      }))
                    }
                  />
                  <Button
                    className="cw-icon-button"
                    isDisabled={locked}
                    aria-label={t('caseWorkspace.parties.remove', {
                      name: nameOf(people, party.personId),
                    })}
                    onPress={() =>
                      edit((c) => ({ ...c, parties: c.parties.filter((_, i) => i !== index) }))
                    }
                  >
                    <Trash2 size={15} aria-hidden="true" />
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </SectionCard>
      <PersonDialog
        isOpen={creating !== null}
        initialName={creating ?? ''}
        onClose={() => setCreating(null)}
        onSaved={(person) => {
          setCreating(null);
          add(person);
        }}
      />
    </div>
  );
}
