import type { CaseOverview } from '../../shared/domain/case-doc';
import { appearancesOf } from '../../shared/domain/case-overview-rules';
import { nameKey, personSchema, type Person } from '../../shared/domain/person';
import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import { AppError } from '../ipc/app-error';
import type { Clock } from '../ports/clock';
import { fold } from '../search/tokenize';
import { newId } from './case-doc-rules';
import { PEOPLE_COLLECTION, type CaseWorkspaces } from './workspace';

function involves(o: CaseOverview, personId: string): boolean {
  return o.respondentIds.includes(personId) || o.parties.some((p) => p.personId === personId);
}

/** The vault's people directory (records in the `people` collection) and where each appears. */
export class PeopleService {
  constructor(
    private readonly workspaces: CaseWorkspaces,
    private readonly clock: Clock,
  ) {}

  async list(input: ParsedInputOf<'people:list'>): Promise<OutputOf<'people:list'>> {
    const ws = this.workspaces.open();
    const people = [...(await ws.peopleMap()).values()];
    const wanted = input.query ? fold(nameKey(input.query)) : '';
    const matching = wanted
      ? people.filter((p) =>
          [p.name, p.employeeId ?? '', p.email ?? ''].some((t) =>
            fold(nameKey(t)).includes(wanted),
          ),
        )
      : people;
    matching.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const page = matching.slice(input.offset, input.offset + input.limit);
    const ids = new Set(page.map((p) => p.id));
    const counts = new Map<string, { cases: number; respondent: number }>();
    for (const o of await ws.overviews()) {
      const inCase = new Set<string>([...o.respondentIds, ...o.parties.map((p) => p.personId)]);
      for (const id of inCase) {
        if (!ids.has(id)) continue;
        const c = counts.get(id) ?? { cases: 0, respondent: 0 };
        c.cases += 1;
        if (o.respondentIds.includes(id)) c.respondent += 1;
        counts.set(id, c);
      }
    }
    return {
      items: page.map((person) => ({
        person,
        caseCount: counts.get(person.id)?.cases ?? 0,
        respondentCount: counts.get(person.id)?.respondent ?? 0,
      })),
      total: matching.length,
    };
  }

  async get(input: ParsedInputOf<'people:get'>): Promise<OutputOf<'people:get'>> {
    const ws = this.workspaces.open();
    const person = (await ws.peopleMap()).get(input.personId);
    if (!person) throw new AppError('NotFound', 'No such person in this vault.');
    return { person, appearances: appearancesOf(await ws.overviews(), person.id) };
  }

  async upsert(input: ParsedInputOf<'people:upsert'>): Promise<Person> {
    const ws = this.workspaces.open();
    const people = await ws.peopleMap();
    const previous = input.id === undefined ? undefined : people.get(input.id);
    if (input.id !== undefined && !previous) {
      throw new AppError('NotFound', 'No such person in this vault.');
    }
    const manager = input.person.manager;
    if (
      manager?.kind === 'person' &&
      !people.has(manager.personId) &&
      manager.personId !== input.id
    ) {
      throw new AppError('InvalidInput', 'The manager is not a person in this vault.');
    }
    const parsed = personSchema.safeParse({
      ...input.person,
      id: input.id ?? newId(),
      updatedAt: this.clock.now().toISOString(),
    });
    if (!parsed.success) {
      throw new AppError('InvalidInput', parsed.error.issues[0]?.message ?? 'Invalid person.');
    }
    const person = parsed.data;
    await ws.store.putRecord(PEOPLE_COLLECTION, person.id, person);
    ws.rememberPerson(person);
    if (previous && previous.name !== person.name) await this.refreshCases(person.id);
    return person;
  }

  /** A renamed person: the overviews of their cases carry the new name (index only, same seq). */
  private async refreshCases(personId: string): Promise<void> {
    const ws = this.workspaces.open();
    const nameOf = await ws.nameLookup();
    const affected = (await ws.overviews()).filter((o) => involves(o, personId));
    for (const o of affected) {
      const next: CaseOverview = {
        ...o,
        parties: o.parties.map((p) => ({ ...p, name: nameOf(p.personId) ?? p.name })),
      };
      await ws.store.updateOverview(o.id, next);
    }
    ws.search.refreshParties(affected.map((o) => o.id));
  }
}
