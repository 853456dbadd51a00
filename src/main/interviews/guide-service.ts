import { createHash } from 'node:crypto';
import {
  BUILT_IN_GUIDES,
  guideLibrary,
  guideTemplateSchema,
  type GuideListing,
  type GuideTemplate,
} from '../../shared/domain/interview-guides';
import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import { newId } from '../cases/case-doc-rules';
import type { CaseWorkspaces } from '../cases/workspace';
import { AppError } from '../ipc/app-error';

export const GUIDES_COLLECTION = 'interview-guides';

/** Record ids are 32 hex; a built-in's edit is kept under a fixed id derived from its slug. */
const recordIdOf = (guideId: string): string =>
  guideId.startsWith('builtin:')
    ? createHash('sha256').update(guideId).digest('hex').slice(0, 32)
    : guideId;

/** The question-guide library: built-ins in code, the user's own and edits in vault records. */
export class GuideService {
  constructor(private readonly workspaces: CaseWorkspaces) {}

  async list(): Promise<OutputOf<'guides:list'>> {
    return { guides: await this.library() };
  }

  async find(guideId: string): Promise<GuideListing> {
    const guide = (await this.library()).find((g) => g.id === guideId);
    if (!guide) throw new AppError('NotFound', 'No such question guide.', { guideId });
    return guide;
  }

  async save(input: ParsedInputOf<'guides:save'>): Promise<OutputOf<'guides:save'>> {
    const id = input.guide.id ?? newId();
    if (id.startsWith('builtin:') && !BUILT_IN_GUIDES.some((g) => g.id === id)) {
      throw new AppError('NotFound', 'No such built-in guide.', { guideId: id });
    }
    const guide: GuideTemplate = { ...input.guide, id };
    const ws = this.workspaces.open();
    await ws.store.putRecord(GUIDES_COLLECTION, recordIdOf(id), guide);
    return this.find(id);
  }

  async delete(input: ParsedInputOf<'guides:delete'>): Promise<OutputOf<'guides:delete'>> {
    const ws = this.workspaces.open();
    const recordId = recordIdOf(input.id);
    if ((await ws.store.getRecord(GUIDES_COLLECTION, recordId)) === undefined) {
      const builtIn = BUILT_IN_GUIDES.some((g) => g.id === input.id);
      throw new AppError(
        builtIn ? 'InvalidInput' : 'NotFound',
        builtIn ? 'This built-in guide has not been edited.' : 'No such question guide.',
        { guideId: input.id },
      );
    }
    await ws.store.deleteRecord(GUIDES_COLLECTION, recordId);
    return { guides: await this.library() };
  }

  /** Records that fail the schema (written by a newer version, say) are left out, not fatal. */
  private async library(): Promise<GuideListing[]> {
    const ws = this.workspaces.open();
    const records = await ws.store.listRecords(GUIDES_COLLECTION);
    const own = records.flatMap((r) => {
      const parsed = guideTemplateSchema.safeParse(r.value);
      return parsed.success ? [parsed.data] : [];
    });
    return guideLibrary(own);
  }
}
