import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { formatTimestamp, newId } from '../case-ids';
import { TextInputField } from '../TextInputField';
import { SectionCard } from './SectionCard';
import { useWorkspace } from './workspace-context';

/** Contemporaneous file notes, newest first, each stamped when written. */
export function NotesSection() {
  const { t, i18n } = useTranslation();
  const { doc, edit } = useWorkspace();
  const [text, setText] = useState('');

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    const note = { id: newId(), at: new Date().toISOString(), editedAt: null, text: text.trim() };
    edit((c) => ({ ...c, notes: [...c.notes, note] }));
    setText('');
  };

  return (
    <div className="ws-section">
      <SectionCard title={t('caseWorkspace.notes.add')}>
        <form className="cw-form" onSubmit={add} noValidate>
          <TextInputField
            label={t('caseWorkspace.notes.text')}
            value={text}
            onChange={setText}
            multiline
            rows={4}
          />
          <div className="cw-form__actions cw-form__actions--start">
            <Button type="submit" className="button button--secondary" isDisabled={!text.trim()}>
              {t('caseWorkspace.notes.addButton')}
            </Button>
          </div>
        </form>
      </SectionCard>
      <SectionCard title={t('caseWorkspace.notes.title', { count: doc.notes.length })}>
        {doc.notes.length === 0 ? (
          <p className="ws-empty">{t('caseWorkspace.notes.empty')}</p>
        ) : (
          <ol className="ws-list">
            {[...doc.notes].reverse().map((note) => (
              <li key={note.id} className="ws-list__item note">
                <p className="note__at">{formatTimestamp(note.at, i18n.language)}</p>
                <p className="note__text">{note.text}</p>
              </li>
            ))}
          </ol>
        )}
      </SectionCard>
    </div>
  );
}
