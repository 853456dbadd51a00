import { describe, expect, it } from 'vitest';
import { ageingBucket, ageingOf } from '../../../src/shared/domain/case-overview-rules';
import { addDays, daysBetween } from '../../../src/shared/domain/dates';
import { aftercareDates, aftercareTasks } from '../../../src/shared/domain/outcome';
import {
  dueSoonTasks,
  isDueSoon,
  isOverdue,
  overdueTasks,
  type Task,
} from '../../../src/shared/domain/task';
import { id } from './fixtures';

const today = '2026-03-10';
const task = (n: number, dueOn: string | null, done = false): Task => ({
  id: id(n),
  title: `Task ${n}`,
  dueOn,
  owner: '',
  done,
  doneAt: done ? '2026-03-01T00:00:00.000Z' : null,
  source: { kind: 'manual' },
});

describe('overdue and due soon', () => {
  it('a task due today is due soon, not overdue; yesterday is overdue', () => {
    expect(isOverdue(task(1, today), today)).toBe(false);
    expect(isDueSoon(task(1, today), today, 0)).toBe(true);
    expect(isOverdue(task(1, '2026-03-09'), today)).toBe(true);
    expect(isDueSoon(task(1, '2026-03-09'), today, 7)).toBe(false);
  });

  it('"within 1 day" includes tomorrow and not the day after', () => {
    expect(isDueSoon(task(1, '2026-03-11'), today, 1)).toBe(true);
    expect(isDueSoon(task(1, '2026-03-12'), today, 1)).toBe(false);
    expect(isDueSoon(task(1, '2026-03-11'), today, 0)).toBe(false);
  });

  it('ignores done and undated tasks, and sorts by due date', () => {
    const tasks = [
      task(1, '2026-03-05'),
      task(2, '2026-03-01'),
      task(3, '2026-03-02', true),
      task(4, null),
    ];
    expect(overdueTasks(tasks, today).map((t) => t.id)).toEqual([id(2), id(1)]);
    const soon = [
      task(5, '2026-03-15'),
      task(6, today),
      task(7, '2026-03-12', true),
      task(8, null),
    ];
    expect(dueSoonTasks(soon, today, 7).map((t) => t.id)).toEqual([id(6), id(5)]);
  });

  it('counts days across a month end, a leap day and a DST change', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('ageing buckets', () => {
  const at = (days: number) => ageingBucket(addDays(today, -days), today);

  it('puts each boundary day in the lower bucket', () => {
    expect([0, 30, 31, 60, 61, 90, 91, 400].map(at)).toEqual([
      '0-30',
      '0-30',
      '31-60',
      '31-60',
      '61-90',
      '61-90',
      '90+',
      '90+',
    ]);
  });

  it('does not age closed cases', () => {
    expect(ageingOf({ status: 'closed', receivedOn: '2025-01-01' }, today)).toBeNull();
    expect(ageingOf({ status: 'on-hold', receivedOn: '2025-01-01' }, today)).toBe('90+');
  });
});

describe('aftercare', () => {
  it('schedules the default 30/60/90-day check-ins from the closing date', () => {
    expect(aftercareDates('2026-01-31')).toEqual(['2026-03-02', '2026-04-01', '2026-05-01']);
  });

  it('turns check-ins into tasks once, however often it runs', () => {
    const checkIns = [
      { id: id(70), dueOn: '2026-04-09', personId: null, note: '' },
      { id: id(71), dueOn: '2026-05-09', personId: null, note: 'Ask about the new rota' },
    ];
    let n = 200;
    const newId = () => id(n++);
    const first = aftercareTasks(checkIns, [], newId, 'Sam');
    expect(first).toEqual([
      {
        id: id(200),
        title: 'Aftercare check-in',
        dueOn: '2026-04-09',
        owner: 'Sam',
        done: false,
        doneAt: null,
        source: { kind: 'aftercare', checkInId: id(70) },
      },
      expect.objectContaining({
        title: 'Aftercare check-in: Ask about the new rota',
        dueOn: '2026-05-09',
      }),
    ]);
    expect(aftercareTasks(checkIns, first, newId)).toEqual([]);
  });
});
