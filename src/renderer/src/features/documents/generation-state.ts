import type { DocumentPreview } from '@shared/ipc/document-contract';
import type { IpcError } from '@shared/ipc/result';

/**
 * Generate → preview, as a pure reducer. Each request carries a token: a result that arrives after
 * Cancel (or after a newer request) is dropped, so the preview always matches the last request.
 * Main cannot stop a render half-way; Cancel stops waiting and shows nothing of it.
 */
export type Generation =
  | { phase: 'idle'; cancelled: boolean }
  | { phase: 'generating'; token: number }
  | { phase: 'generated'; preview: DocumentPreview; password: string | null }
  | { phase: 'failed'; error: IpcError };

export type GenerationAction =
  | { type: 'start'; token: number }
  | { type: 'succeeded'; token: number; preview: DocumentPreview; password: string | null }
  | { type: 'failed'; token: number; error: IpcError }
  | { type: 'cancel' }
  /** The user changed an input: a refusal about the old inputs no longer applies. */
  | { type: 'edited' };

export const initialGeneration: Generation = { phase: 'idle', cancelled: false };

export function generationReducer(state: Generation, action: GenerationAction): Generation {
  switch (action.type) {
    case 'start':
      return { phase: 'generating', token: action.token };
    case 'succeeded':
      if (state.phase !== 'generating' || state.token !== action.token) return state;
      return { phase: 'generated', preview: action.preview, password: action.password };
    case 'failed':
      if (state.phase !== 'generating' || state.token !== action.token) return state;
      return { phase: 'failed', error: action.error };
    case 'cancel':
      return state.phase === 'generating' ? { phase: 'idle', cancelled: true } : state;
    case 'edited':
      return state.phase === 'failed' && state.error.code === 'InvalidInput'
        ? initialGeneration
        : state;
  }
}
