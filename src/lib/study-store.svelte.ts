/**
 * The student's progress as shared reactive state, kept in localStorage. Nothing leaves the
 * device; export and import move it between browsers as a file. Nothing is lost silently:
 * an import or a reset first keeps the previous progress as a backup that one click restores,
 * a stored entry that cannot be read is set aside (and can be downloaded) instead of being
 * overwritten, and a failed save says so.
 */
import type { Grade, PatternMisses } from './study';
import { emptyProgress, mergeProgress, previewImport, serialise, type ImportPreview, type Progress } from './study-progress';

/** Validation (zod) and scheduling (ts-fsrs) are loaded on first need: a first visit needs neither. */
type Schema = typeof import('./study-progress-schema');
type Schedule = typeof import('./study-schedule');
let schema: Promise<Schema> | undefined;
let schedule: Promise<Schedule> | undefined;
const loadSchema = () => (schema ??= import('./study-progress-schema'));
const loadSchedule = () => (schedule ??= import('./study-schedule'));

export const STORE_KEY = 'trigger-point-atlas:study:v1';
export const BACKUP_KEY = 'trigger-point-atlas:study:backup';
export const SET_ASIDE_KEY = 'trigger-point-atlas:study:set-aside';

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface Backup {
  at: string;
  /** What replaced it: 'import' or 'reset'. */
  reason: 'import' | 'reset';
  progress: Progress;
}

export type ImportCheck = { error: string } | { file: Progress; preview: ImportPreview };

export class StudyStore {
  progress = $state.raw<Progress>(emptyProgress());
  /** Something the student must know about their saved progress (set aside, not saved). */
  problem = $state<string | null>(null);
  /** The progress before the last import or reset, until it is restored. */
  backup = $state.raw<Backup | null>(null);
  /** A stored entry that could not be read, kept as it was. */
  setAside = $state<string | null>(null);
  #storage: KeyValueStorage | null = null;
  #schema: Schema | null = null;
  #schedule: Schedule | null = null;

  /** Reads what this browser kept. */
  async load(storage: KeyValueStorage = localStorage) {
    this.#storage = storage;
    const text = this.#get(STORE_KEY);
    const b = this.#get(BACKUP_KEY);
    this.setAside = this.#get(SET_ASIDE_KEY);
    if (!text && !b) return;
    const { parseProgress } = await this.#loadSchema();
    if (text) {
      const p = parseProgress(text);
      if ('error' in p) {
        this.#set(SET_ASIDE_KEY, text);
        this.#storage.removeItem(STORE_KEY);
        this.problem = `Your saved progress could not be read: ${p.error} It has been set aside unchanged (download it under Your progress to keep it), and study starts afresh.`;
      } else this.progress = p;
    }
    this.setAside = this.#get(SET_ASIDE_KEY);
    if (b) this.backup = readBackup(b, parseProgress);
  }

  /** Loads the scheduler; `rate` needs it. Called when a session starts. */
  async prepare() {
    this.#schedule ??= await loadSchedule();
  }

  /** Records an answer: FSRS schedules the card, and the progress is saved at once. */
  rate(cardId: string, grade: Grade, score: number, missed?: PatternMisses, now = new Date()) {
    if (!this.#schedule) throw new Error('StudyStore.rate before prepare()');
    this.progress = this.#schedule.review(this.progress, cardId, grade, score, now, missed);
    this.#save();
  }

  exportText(): string {
    return serialise(this.progress);
  }

  /** Reads an import file and says what it would do; changes nothing. */
  async check(text: string, now = new Date()): Promise<ImportCheck> {
    const file = (await this.#loadSchema()).parseProgress(text, now);
    if ('error' in file) return file;
    return { file, preview: previewImport(this.progress, file) };
  }

  /** Merges (the newer review wins per card) or replaces, keeping the previous progress as a backup. */
  apply(file: Progress, mode: 'merge' | 'replace', now = new Date()) {
    this.#keepBackup('import', now);
    this.progress = mode === 'merge' ? mergeProgress(this.progress, file) : file;
    this.#save();
  }

  reset(now = new Date()) {
    this.#keepBackup('reset', now);
    this.progress = emptyProgress();
    this.#save();
  }

  /** Restores the progress as it was before the last import or reset. */
  undo() {
    if (!this.backup) return;
    this.progress = this.backup.progress;
    this.backup = null;
    this.#storage?.removeItem(BACKUP_KEY);
    this.#save();
  }

  /** Forgets the set-aside entry (after the student has downloaded it, or does not want it). */
  discardSetAside() {
    this.setAside = null;
    this.#storage?.removeItem(SET_ASIDE_KEY);
    this.problem = null;
  }

  async #loadSchema(): Promise<Schema> {
    return (this.#schema ??= await loadSchema());
  }

  #keepBackup(reason: Backup['reason'], now: Date) {
    this.backup = { at: now.toISOString(), reason, progress: this.progress };
    this.#set(BACKUP_KEY, JSON.stringify({ at: this.backup.at, reason, progress: JSON.parse(serialise(this.progress)) }));
  }

  #save() {
    if (this.#set(STORE_KEY, serialise(this.progress))) {
      if (this.problem?.startsWith('Progress could not be saved')) this.problem = null;
    } else this.problem = 'Progress could not be saved in this browser (its storage is full or blocked). Export it to keep it.';
  }

  #get(key: string): string | null {
    try {
      return this.#storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  #set(key: string, value: string): boolean {
    try {
      this.#storage?.setItem(key, value);
      return !!this.#storage;
    } catch {
      return false;
    }
  }
}

function readBackup(text: string, parseProgress: Schema['parseProgress']): Backup | null {
  try {
    const o = JSON.parse(text) as { at?: unknown; reason?: unknown; progress?: unknown };
    const p = parseProgress(JSON.stringify(o.progress));
    if ('error' in p || typeof o.at !== 'string' || (o.reason !== 'import' && o.reason !== 'reset')) return null;
    return { at: o.at, reason: o.reason, progress: p };
  } catch {
    return null;
  }
}
