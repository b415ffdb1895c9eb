import * as Y from 'yjs';

type Struct = Y.Item | Y.GC | Y.Skip;

/** Every struct a transaction added (items, and the GC or Skip structs an update may carry), client by client. */
export function newStructs(transaction: Y.Transaction): Struct[] {
  const added: Struct[] = [];
  const clients = transaction.doc.store.clients;
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = (clients.get(client) ?? []) as Struct[];
    for (let i = Y.findIndexSS(structs as never, before); i < structs.length; i++) added.push(structs[i] as Struct);
  }
  return added;
}
