// renderer: after RxDB removed a database, Dexie may leave its (emptied) IndexedDB databases
// behind; sign out keeps nothing, so they are deleted by name.

/** Deletes every IndexedDB database RxDB's Dexie storage made for `rxdbName`. */
export async function deleteLeftoverDatabases(rxdbName: string, idb: IDBFactory | undefined = globalThis.indexedDB): Promise<void> {
  if (!idb || typeof idb.databases !== 'function') return;
  const prefix = `rxdb-dexie-${rxdbName}--`;
  const names = (await idb.databases()).map((info) => info.name ?? '').filter((name) => name.startsWith(prefix));
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve) => {
          const request = idb.deleteDatabase(name);
          request.onsuccess = () => resolve();
          // A failure or a blocked delete must not keep the host signed in; it finishes later.
          request.onerror = () => resolve();
          request.onblocked = () => resolve();
        }),
    ),
  );
}
