import type { CaseDoc } from './case-doc';
import { SHORT_TEXT_MAX } from './ids';
import { aftercareTasks } from './outcome';
import type { Task, TaskSource } from './task';

// Tasks other parts of the case imply: aftercare check-ins, follow-ups flagged in an interview,
// a leaver's covenant end dates, the mediation review. Main derives them on every save that could
// change them. Idempotent by source: a task already linked to its source is never added twice, and
// an open one follows its source's date; a done one is the user's and left alone.

type Wanted = { source: TaskSource; title: string; dueOn: string | null };

const sourceKey = (s: TaskSource): string | null => {
  switch (s.kind) {
    case 'interview-follow-up':
      return `fu:${s.interviewId}:${s.entryId}`;
    case 'covenant':
      return `cov:${s.interviewId}:${s.covenant}`;
    case 'mediation-review':
      return 'mediation-review';
    default:
      return null;
  }
};

const clip = (text: string) => text.slice(0, SHORT_TEXT_MAX);

function wantedTasks(doc: CaseDoc): Wanted[] {
  const wanted: Wanted[] = [];
  for (const iv of doc.interviews) {
    for (const e of iv.entries) {
      if (e.followUp)
        wanted.push({
          source: { kind: 'interview-follow-up', interviewId: iv.id, entryId: e.id },
          title: clip(`Interview follow-up: ${e.followUp.text}`),
          dueOn: e.followUp.dueOn,
        });
    }
    const exit = iv.exit;
    if (iv.kind === 'exit' && exit) {
      if (exit.nonCompeteEndsOn)
        wanted.push({
          source: { kind: 'covenant', interviewId: iv.id, covenant: 'non-compete' },
          title: 'Non-compete period ends: review any enforcement or release',
          dueOn: exit.nonCompeteEndsOn,
        });
      if (exit.nonSolicitEndsOn)
        wanted.push({
          source: { kind: 'covenant', interviewId: iv.id, covenant: 'non-solicit' },
          title: 'Non-solicitation period ends',
          dueOn: exit.nonSolicitEndsOn,
        });
    }
  }
  const reviewOn = doc.mediation?.agreement.reviewOn;
  if (reviewOn)
    wanted.push({
      source: { kind: 'mediation-review' },
      title: 'Mediation follow-up review with the parties',
      dueOn: reviewOn,
    });
  return wanted;
}

/** The case's tasks with every implied task present (new ones get `newId()`), dates kept current. */
export function withDerivedTasks(
  doc: CaseDoc,
  newId: () => string,
): { tasks: Task[]; added: number } {
  const owner = doc.investigator;
  const byKey = new Map<string, Wanted>();
  for (const w of wantedTasks(doc)) byKey.set(sourceKey(w.source) ?? '', w);
  const seen = new Set<string>();
  const tasks = doc.tasks.map((t) => {
    const key = sourceKey(t.source);
    if (key === null) return t;
    seen.add(key);
    const w = byKey.get(key);
    return w && !t.done && t.dueOn !== w.dueOn ? { ...t, dueOn: w.dueOn } : t;
  });
  const fresh: Task[] = [...byKey.entries()]
    .filter(([key]) => !seen.has(key))
    .map(([, w]) => ({
      id: newId(),
      title: w.title,
      dueOn: w.dueOn,
      owner,
      done: false,
      doneAt: null,
      source: w.source,
    }));
  const aftercare = aftercareTasks(doc.outcome.aftercare, tasks, newId, owner);
  const all = [...tasks, ...fresh, ...aftercare];
  return { tasks: all, added: fresh.length + aftercare.length };
}
