import { AlertTriangle, Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isOverdue, type Task } from '@shared/domain/task';
import { formatDate, newId } from '../case-ids';
import { TextInputField } from '../TextInputField';
import { SectionCard } from './SectionCard';
import { useWorkspace } from './workspace-context';

/** The case's to-do list and deadlines; overdue ones stand out, done ones keep when. */
export function TasksSection() {
  const { t, i18n } = useTranslation();
  const { doc, edit, today } = useWorkspace();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [owner, setOwner] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('caseWorkspace.tasks.titleRequired'));
      return;
    }
    const task: Task = {
      id: newId(),
      title: title.trim(),
      dueOn: dueOn || null,
      owner: owner.trim(),
      done: false,
      doneAt: null,
      source: { kind: 'manual' },
    };
    edit((c) => ({ ...c, tasks: [...c.tasks, task] }));
    setTitle('');
    setDueOn('');
    setError(null);
  };

  const sorted = [...doc.tasks].sort(
    (a, b) =>
      Number(a.done) - Number(b.done) || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
  );

  return (
    <div className="ws-section">
      <SectionCard title={t('caseWorkspace.tasks.add')}>
        <form className="cw-form__row cw-form__row--end" onSubmit={add} noValidate>
          <div className="cw-grow">
            <TextInputField
              label={t('caseWorkspace.tasks.taskTitle')}
              value={title}
              onChange={setTitle}
              error={error}
            />
          </div>
          <TextInputField
            label={t('caseWorkspace.tasks.due')}
            type="date"
            size="short"
            value={dueOn}
            onChange={setDueOn}
          />
          <TextInputField
            label={t('caseWorkspace.tasks.owner')}
            size="short"
            value={owner}
            onChange={setOwner}
          />
          <Button type="submit" className="button button--secondary">
            <Plus size={15} aria-hidden="true" />
            {t('caseWorkspace.tasks.addButton')}
          </Button>
        </form>
      </SectionCard>
      <SectionCard title={t('caseWorkspace.tasks.title', { count: doc.tasks.length })}>
        {sorted.length === 0 ? (
          <p className="ws-empty">{t('caseWorkspace.tasks.empty')}</p>
        ) : (
          <ul className="ws-list">
            {sorted.map((task) => {
              const overdue = isOverdue(task, today);
              return (
                <li
                  key={task.id}
                  className={`ws-list__item task${overdue ? ' task--overdue' : ''}${task.done ? ' task--done' : ''}`}
                >
                  <Checkbox
                    className="cw-checkbox"
                    isSelected={task.done}
                    onChange={(done) =>
                      edit((c) => ({
                        ...c,
                        tasks: c.tasks.map((x) =>
                          x.id === task.id
                            ? { ...x, done, doneAt: done ? new Date().toISOString() : null }
                            : x,
                        ),
                      }))
                    }
                  >
                    <span className="cw-checkbox__box" aria-hidden="true" />
                    {task.title}
                  </Checkbox>
                  <span className="task__meta">
                    {overdue && (
                      <span className="due due--overdue">
                        <AlertTriangle size={13} aria-hidden="true" />
                        {t('caseWorkspace.tasks.overdue')}
                      </span>
                    )}
                    {task.dueOn &&
                      t('caseWorkspace.tasks.dueOn', {
                        date: formatDate(task.dueOn, i18n.language),
                      })}
                    {task.owner && ` · ${task.owner}`}
                    {task.source.kind === 'aftercare' && ` · ${t('caseWorkspace.tasks.aftercare')}`}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
