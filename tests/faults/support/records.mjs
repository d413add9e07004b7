// What a fault story compares: a snapshot of the saved records before the fault and after it.
// A record is lost when it is gone (neither listed nor in the trash), or when an older version
// replaced a newer one; an evidence file is lost when its Blob is gone.
import assert from 'node:assert/strict';

/** The app's saved state in `page`'s origin: innovation versions, trash ids and blob keys. */
export async function snapshot(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store, keys) => new Promise((resolve, reject) => {
      if (!db.objectStoreNames.contains(store)) return resolve([]);
      const source = db.transaction(store).objectStore(store);
      const request = keys ? source.getAllKeys() : source.getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // Values are stored as JSON text (layout 5); earlier layouts stored objects.
    const plain = (v) => (typeof v === 'string' ? JSON.parse(v) : v && typeof v.json === 'string' ? JSON.parse(v.json) : v);
    const innovations = {};
    for (const record of (await all('innovations')).map(plain)) {
      innovations[record.id] = { revision: record.revision, edit_count: record.edit_count, name: record.name };
    }
    const trash = (await all('trash')).map(plain).map((entry) => entry.record?.id);
    const blobs = await all('blobs', true);
    db.close();
    return { innovations, trash, blobs };
  });
}

/** How many records and evidence files of `before` are missing or older in `after`. */
export function recordsLost(before, after) {
  let lost = 0;
  for (const [id, saved] of Object.entries(before.innovations)) {
    const now = after.innovations[id];
    if (!now) {
      if (!after.trash.includes(id)) lost += 1;
    } else if (now.revision < saved.revision || (now.revision === saved.revision && now.edit_count < saved.edit_count)) {
      lost += 1;
    }
  }
  for (const key of before.blobs) if (!after.blobs.includes(key)) lost += 1;
  return lost;
}

/** Reports `records lost: n` for the suite's closing line (tests/faults/summary.mjs) and asserts 0. */
export function reportLost(t, before, after, what = 'saved records') {
  const lost = recordsLost(before, after);
  t.diagnostic(`records lost: ${lost}`);
  assert.equal(lost, 0, `${what}: ${lost} lost (before ${JSON.stringify(before)}, after ${JSON.stringify(after)})`);
}
