import type { CaseOverview } from '../src/shared/domain/case-doc';
/**
 * Deterministic, realistic case data for the vault benchmarks. Deterministic (seeded PRNG) so two
 * runs measure the same byte volumes; realistic (Vietnamese and Chinese names, long free-text notes)
 * because JSON size, UTF-8 width and padding to 4 KiB are what the store's costs scale with.
 */

/** Small, fast, seedable PRNG (mulberry32): Math.random() would make runs incomparable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Smith', 'García', 'Müller', 'Okafor'];
const GIVEN = ['Thị Minh Anh', 'Văn Đức', 'Ngọc Hà', 'Quốc Bảo', 'Emily', 'José', 'Aisha', 'Jörg'];
const CHINESE = ['王伟', '李娜', '张敏', '刘洋', '陈静', '杨磊', '赵丽', '黄强'];
const TYPES = [
  'harassment',
  'discrimination',
  'bullying',
  'misconduct',
  'grievance',
  'retaliation',
];
const ROLES = ['complainant', 'respondent', 'witness', 'reporter', 'companion'];
const DEPARTMENTS = ['Finance', 'Kho vận (Logistics)', 'Sales APAC', '研发部', 'Customer Care'];
const SENTENCES = [
  'The complainant states that the respondent raised his voice during the weekly stand-up.',
  'Nhân chứng xác nhận rằng cuộc họp diễn ra vào sáng thứ Hai tại phòng họp tầng 3.',
  '证人表示，她在走廊里听到了争吵，但没有看到具体发生了什么。',
  'Email of 14 March forwarded by the reporter; original headers retained as evidence.',
  'Respondent denies the allegation and refers to the shift roster for that afternoon.',
  'Follow-up interview scheduled with the union representative present as companion.',
  'Bà Hoàng cho biết đã báo cáo sự việc với quản lý trực tiếp nhưng không được phản hồi.',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function personName(rand: () => number): string {
  return rand() < 0.25 ? pick(rand, CHINESE) : `${pick(rand, FAMILY)} ${pick(rand, GIVEN)}`;
}

function isoDate(rand: () => number, fromYear = 2022): string {
  const day = Math.floor(rand() * 365 * 4);
  return new Date(Date.UTC(fromYear, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

function paragraph(rand: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => pick(rand, SENTENCES)).join(' ');
}

/** The overview fields the case list needs (kept in the index, vault.md §5). */
/** 32 lowercase hex characters from the seeded generator (ids as main generates them). */
function hexId(rand: () => number): string {
  let id = '';
  while (id.length < 32)
    id += Math.floor(rand() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
  return id.slice(0, 32);
}

/**
 * The overview the case workspace stores in the index for each case (shared/domain case-doc.ts
 * `caseOverviewSchema`): what unlock decrypts and parses 10,000 of. ~0.8 KB of JSON each, like the
 * demo vault's, so the unlock figure is measured on the real shape, not a smaller stand-in.
 */
export function caseOverview(i: number, seed = 1): CaseOverview {
  const rand = seededRandom(seed * 1_000_003 + i);
  const receivedOn = isoDate(rand);
  const closed = rand() < 0.4;
  const partyCount = 2 + Math.floor(rand() * 4);
  const parties = Array.from({ length: partyCount }, (_, k) => ({
    personId: hexId(rand),
    name: rand() < 0.3 ? pick(rand, CHINESE) : personName(rand),
    role: (['complainant', 'respondent', 'witness'] as const)[Math.min(k, 2)]!,
  }));
  const respondentIds = parties.filter((p) => p.role === 'respondent').map((p) => p.personId);
  const openTasks = closed ? 0 : Math.floor(rand() * 4);
  return {
    id: hexId(rand),
    number: `ER-${2022 + (i % 5)}-${String(i + 1).padStart(4, '0')}`,
    title: `${pick(rand, TYPES).replaceAll('-', ' ')} concern — ${pick(rand, DEPARTMENTS)}`,
    type: 'harassment',
    protectedCharacteristics: [],
    status: closed ? 'closed' : 'investigation',
    resumeTo: null,
    priority: 'normal',
    severity: 'green',
    restricted: false,
    legalHold: false,
    parties,
    respondentIds,
    receivedOn,
    closedOn: closed ? receivedOn : null,
    outcome: closed ? 'resolved-action-taken' : null,
    openTasks,
    openTaskDueDates: Array.from({ length: openTasks }, () => isoDate(rand, 2026)).sort(),
    findings: {
      pending: closed ? 0 : 1,
      substantiated: 1,
      'partially-substantiated': 0,
      'not-substantiated': 1,
      inconclusive: 0,
    },
    updatedAt: `${receivedOn}T10:00:00.000Z`,
  };
}

/**
 * A full case document of roughly `targetBytes` of JSON (the brief asks for 20–60 KB): parties,
 * allegations, interview notes and a timeline. `revision` changes the content so every save writes
 * different bytes, as an edit would.
 */
export function caseDocument(
  i: number,
  revision = 0,
  targetBytes = 40_000,
): Record<string, unknown> {
  const rand = seededRandom(i * 7919 + revision * 104_729 + 17);
  const parties = Array.from({ length: 6 }, (_, k) => ({
    name: personName(rand),
    role: ROLES[k % ROLES.length],
    employeeId: `E${Math.floor(rand() * 900_000 + 100_000)}`,
    department: pick(rand, DEPARTMENTS),
    contact: `person${k}@example.invalid`,
  }));
  const allegations = Array.from({ length: 4 }, (_, k) => ({
    id: `A${k + 1}`,
    summary: paragraph(rand, 2),
    policy: `Code of Conduct §${Math.floor(rand() * 12) + 1}`,
    finding: pick(rand, ['pending', 'substantiated', 'not substantiated', 'inconclusive']),
  }));
  const doc: Record<string, unknown> = {
    overview: caseOverview(i),
    revision,
    parties,
    allegations,
    notes: [] as unknown[],
  };
  const notes = doc.notes as unknown[];
  // Add interview notes until the JSON reaches the target size.
  let size = JSON.stringify(doc).length;
  while (size < targetBytes) {
    const note = { at: isoDate(rand, 2025), author: personName(rand), text: paragraph(rand, 6) };
    notes.push(note);
    size += JSON.stringify(note).length + 1;
  }
  return doc;
}
