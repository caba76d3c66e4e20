/**
 * The student's progress as shared reactive state, kept in localStorage. Nothing leaves the
 * device; export and import move it between browsers as a file.
 */
import type { Grade } from './study';
import { emptyProgress, parseProgress, review, serialise, type Progress } from './study-progress';

const KEY = 'trigger-point-atlas:study:v1';

export class StudyStore {
  progress = $state.raw<Progress>(emptyProgress());
  /** Set when stored progress could not be read (it is then left untouched). */
  problem = $state<string | null>(null);

  load() {
    const text = localStorage.getItem(KEY);
    if (!text) return;
    const p = parseProgress(text);
    if ('error' in p) this.problem = `Saved progress could not be read: ${p.error}`;
    else this.progress = p;
  }

  rate(cardId: string, grade: Grade, score: number) {
    this.progress = review(this.progress, cardId, grade, score);
    localStorage.setItem(KEY, serialise(this.progress));
  }

  exportText(): string {
    return serialise(this.progress);
  }

  /** Replaces progress with an imported file; returns an error message, or null on success. */
  importText(text: string): string | null {
    const p = parseProgress(text);
    if ('error' in p) return p.error;
    this.progress = p;
    this.problem = null;
    localStorage.setItem(KEY, serialise(p));
    return null;
  }

  reset() {
    this.progress = emptyProgress();
    this.problem = null;
    localStorage.removeItem(KEY);
  }
}
