// Test data written straight into the app's IndexedDB, in the persisted record format
// (core's InnovationRecord, schema 2), for stories that need many or old innovations.
import { randomUUID } from 'node:crypto';

/** A draft innovation record; `fields` overrides any field (`created_at`, `year`, `indicators`, …). */
export function innovationRecord(fields = {}) {
  const now = new Date().toISOString();
  return {
    schema_version: 2,
    id: randomUUID(),
    revision: 0,
    edit_count: 0,
    supersedes: null,
    agency: 'Dinas Kesehatan',
    region: 'Kota Probolinggo',
    year: new Date().getFullYear(),
    name: '',
    stage: null,
    initiator: null,
    initiator_name: '',
    kind: null,
    form: null,
    theme: '',
    theme_detail: '',
    main_affair: null,
    related_affairs: [],
    trial_date: null,
    implementation_date: null,
    development_date: null,
    design: '',
    goal: '',
    benefit: '',
    outcome: '',
    budget_file: null,
    business_profile_file: null,
    ipr_file: null,
    award_file: null,
    indicators: [],
    extra: [],
    status: 'draf',
    created_at: now,
    updated_at: now,
    ...fields,
  };
}

/**
 * Writes `records` into the `innovations` store and, when given, `exportLog` into `meta`.
 * The app must have opened its database already (after the start screen); reload afterwards.
 */
export async function seed(page, records, exportLog = null) {
  await page.evaluate(async ({ records, exportLog }) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['innovations', 'meta'], 'readwrite');
      for (const record of records) tx.objectStore('innovations').put(record);
      if (exportLog) tx.objectStore('meta').put(exportLog, 'export_log');
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { records, exportLog });
}

/** Writes verdict records (core's VerdictRecord) into the `verdicts` store, as a review would. */
export async function seedVerdicts(page, verdicts) {
  await page.evaluate(async (verdicts) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('verdicts', 'readwrite');
      for (const v of verdicts) tx.objectStore('verdicts').put(v, `${v.innovation_id}-r${v.revision}`);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, verdicts);
}

/** An ISO timestamp `days` days before `from` (a Date). */
export function daysBefore(from, days) {
  return new Date(from.getTime() - days * 24 * 3600 * 1000).toISOString();
}

/** How many entries each named object store of the app's database holds, e.g. `{ innovations: 2 }`. */
export async function storeCounts(page, stores = ['innovations', 'blobs', 'revisions', 'signers', 'imports']) {
  return page.evaluate(async (stores) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const counts = {};
    for (const name of stores) {
      counts[name] = await new Promise((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return counts;
  }, stores);
}
