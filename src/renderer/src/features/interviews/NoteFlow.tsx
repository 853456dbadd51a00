import { MessageSquarePlus, StickyNote } from 'lucide-react';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { InterviewEntry } from '@shared/domain/interview';
import { SectionCard } from '../cases/workspace/SectionCard';
import { useWorkspace } from '../cases/workspace/workspace-context';
import type { DraftProps } from './DraftInterview';
import { EntryEditor, type EntryActions } from './EntryEditor';
import { commandOf, groupsOf, insertAfter, newEntry, nextId } from './note-flow';
import { ShortcutLegend } from './ShortcutLegend';

export type FocusPart = 'question' | 'answer';

/**
 * Questions and answers in the order they are put, grouped under the guide's headings, built for
 * typing during the meeting: every step has a shortcut (see ShortcutLegend) and Tab reaches all.
 */
export function NoteFlow({ draft, edit, onBlur }: DraftProps) {
  const { t } = useTranslation();
  const { doc } = useWorkspace();
  const fields = useRef(new Map<string, HTMLElement>());
  const pendingFocus = useRef<{ id: string; part: FocusPart } | null>(null);
  const [followUpFor, setFollowUpFor] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const entries = draft.entries;

  // Focus moves after the render that created the field it moves to (or at once if it exists).
  useEffect(() => {
    const wanted = pendingFocus.current;
    const field = wanted && fields.current.get(`${wanted.id}:${wanted.part}`);
    if (!field) return;
    pendingFocus.current = null;
    field.focus();
  });
  const setFocus = (wanted: { id: string; part: FocusPart }) => {
    const field = fields.current.get(`${wanted.id}:${wanted.part}`);
    if (field) field.focus();
    else pendingFocus.current = wanted;
  };

  const register = useCallback((key: string, el: HTMLElement | null) => {
    if (el) fields.current.set(key, el);
    else fields.current.delete(key);
  }, []);

  const change = useCallback(
    (id: string, update: (e: InterviewEntry) => InterviewEntry) =>
      edit((d) => ({ ...d, entries: d.entries.map((e) => (e.id === id ? update(e) : e)) })),
    [edit],
  );

  const add = (kind: 'question' | 'note', afterId: string | null) => {
    const section = entries.find((e) => e.id === afterId)?.section ?? '';
    const entry = newEntry(kind, section);
    edit((d) => ({ ...d, entries: insertAfter(d.entries, afterId, entry) }));
    setFocus({ id: entry.id, part: kind === 'question' ? 'question' : 'answer' });
    setAnnouncement(
      t(kind === 'question' ? 'interviews.notes.addedQuestion' : 'interviews.notes.addedNote'),
    );
  };

  const onKeyDown = (entry: InterviewEntry, event: KeyboardEvent) => {
    const command = commandOf(event);
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    switch (command) {
      case 'next': {
        const next = nextId(entries, entry.id);
        if (next) setFocus({ id: next, part: 'answer' });
        else add('question', entry.id);
        break;
      }
      case 'ad-hoc':
        add('question', entry.id);
        break;
      case 'note':
        add('note', entry.id);
        break;
      case 'verbatim':
        change(entry.id, (e) => ({ ...e, verbatim: !e.verbatim }));
        setAnnouncement(
          t(entry.verbatim ? 'interviews.notes.verbatimOff' : 'interviews.notes.verbatimOn'),
        );
        break;
      case 'follow-up':
        setFollowUpFor(entry.id);
        break;
    }
  };

  const remove = (entry: InterviewEntry) => {
    const next = nextId(entries, entry.id) ?? entries[entries.indexOf(entry) - 1]?.id;
    edit((d) => ({ ...d, entries: d.entries.filter((e) => e.id !== entry.id) }));
    if (next) setFocus({ id: next, part: 'answer' });
  };

  const followUp = (id: string, open: boolean) => {
    setFollowUpFor(open ? id : null);
    if (!open) setFocus({ id, part: 'answer' });
  };

  // Stable callbacks over the latest handlers: each entry is memoised, so a keystroke in one
  // answer re-renders that entry only, which keeps typing smooth in a long interview.
  const latest = useRef({ onKeyDown, remove, followUp });
  useLayoutEffect(() => {
    latest.current = { onKeyDown, remove, followUp };
  });
  const actions = useMemo<EntryActions>(
    () => ({
      change,
      keyDown: (entry, e) => latest.current.onKeyDown(entry, e),
      remove: (entry) => latest.current.remove(entry),
      followUp: (id, open) => latest.current.followUp(id, open),
    }),
    [change],
  );

  const last = entries[entries.length - 1]?.id ?? null;
  return (
    <SectionCard title={t('interviews.notes.title')} description={t('interviews.notes.hint')}>
      <ShortcutLegend />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {entries.length === 0 && <p className="ws-empty">{t('interviews.notes.empty')}</p>}
      {groupsOf(entries).map((group, g) => (
        <section
          key={`${g}:${group.section}`}
          className="iv-group"
          aria-label={group.section || t('interviews.notes.noSection')}
        >
          {group.section && <h4 className="iv-group__title">{group.section}</h4>}
          <ol className="iv-entries">
            {group.entries.map(({ entry, n }) => (
              <EntryEditor
                key={entry.id}
                entry={entry}
                n={n}
                allegations={doc.allegations}
                register={register}
                actions={actions}
                onBlur={onBlur}
                followUpOpen={followUpFor === entry.id}
              />
            ))}
          </ol>
        </section>
      ))}
      <div className="cw-form__actions cw-form__actions--start">
        <Button className="button button--secondary" onPress={() => add('question', last)}>
          <MessageSquarePlus size={15} aria-hidden="true" />
          {t('interviews.notes.addQuestion')}
        </Button>
        <Button className="button button--secondary" onPress={() => add('note', last)}>
          <StickyNote size={15} aria-hidden="true" />
          {t('interviews.notes.addNote')}
        </Button>
      </div>
    </SectionCard>
  );
}
