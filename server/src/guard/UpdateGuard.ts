import { draftSchema } from '@draftroom/document-model';
import { Y_AMENDMENTS, Y_CONTENT, Y_META } from '@draftroom/protocol';
import * as Y from 'yjs';
import type { ConnectionIdentity } from '../sync/Connection.ts';
import { captureRecordChange, checkRecordEvents, type RecordChange } from './checkRecordEvents.ts';
import { AGREED_TEXT, compareAgreed, compareForDelegate, compareOthersProposals } from './compareUnits.ts';
import { onlyPlainTextEdits } from './onlyPlainTextEdits.ts';
import { readUnit, type TextCache, type UnitReading } from './readUnit.ts';
import { touchedUnits } from './touchedUnits.ts';
import { validateChanges } from './validateChanges.ts';

/**
 * `settings`: the update changes the document's settings (`meta`). `missing`: the update builds on changes the
 * server does not have yet (a reconnecting client's race).
 */
export type Verdict =
  | { ok: true; settings?: true }
  | { ok: false; rule: string; malformed?: boolean; missing?: boolean };

const KNOWN_ROOTS = new Set([Y_CONTENT, Y_META, Y_AMENDMENTS]);

/** What the secretariat may set in `meta`; the status and who decides are the chair's. */
const SECRETARIAT_META = new Set(['title', 'meeting', 'symbol']);
const CHAIR_META = new Set([...SECRETARIAT_META, 'status', 'secretariatDecides']);

function changedKeys(transactions: readonly Y.Transaction[], map: object): Set<string> {
  const keys = new Set<string>();
  for (const transaction of transactions) {
    for (const key of transaction.changed.get(map as never) ?? []) if (key !== null) keys.add(key);
  }
  return keys;
}

function metaProblem(keys: Set<string>, who: ConnectionIdentity): string | null {
  for (const key of keys) {
    if (!CHAIR_META.has(key)) return `Unknown document setting "${key}"`;
    if (who.role === 'chair') continue;
    if (who.role !== 'secretariat') return 'Only the chair and the secretariat change the title';
    if (!SECRETARIAT_META.has(key)) return 'Only the chair closes the document or lets the secretariat decide';
  }
  return null;
}

/**
 * Checks every update before the room applies it. The update is applied first to a shadow copy of the
 * document; only the top-level blocks it touched are read again and compared with what they were, so a
 * keystroke costs a fraction of a millisecond even in a long compilation text. A refused update leaves the
 * shadow polluted: it is rebuilt from the room's document, which never saw the update.
 */
export class UpdateGuard {
  private shadow!: Y.Doc;
  private fragment!: Y.XmlFragment;
  private readings = new Map<Y.XmlElement, UnitReading>();
  private texts: TextCache = new WeakMap();
  /** Units changed by the chair or the secretariat since they were last read: read again before a delegate's update. */
  private readonly dirty = new Set<Y.XmlElement>();
  /**
   * Units whose reading is right about amendments and agreed text but not about the base text: the secretariat
   * typed plain text in them. Read again before a delegate's update, whose base text must not change.
   */
  private readonly staleBase = new Set<Y.XmlElement>();

  /**
   * `source` is the room's document, which never sees a refused update; `catchUp` brings it up to date when the
   * room applies admitted updates to it later than to the shadow.
   */
  constructor(
    private readonly source: Y.Doc,
    private readonly catchUp: () => void = () => {},
  ) {
    this.rebuild();
  }

  /** The clock the document has reached for a client, every admitted update included. */
  clockOf(client: number): number {
    return Y.getState(this.shadow.store, client);
  }

  /** A document setting (`meta`), every admitted update included. */
  setting(key: string): unknown {
    return this.shadow.getMap(Y_META).get(key);
  }

  /** Applies `update` to the shadow and judges it for `who`; after a pass the room must apply it too. */
  check(update: Uint8Array, who: ConnectionIdentity, options: { canDecide: boolean }): Verdict {
    const transactions: Y.Transaction[] = [];
    const recordEvents: RecordChange[] = [];
    const onTransaction = (transaction: Y.Transaction) => transactions.push(transaction);
    const onRecords = (events: Y.YEvent<Y.AbstractType<unknown>>[]) =>
      recordEvents.push(...events.map(captureRecordChange));
    const amendments = this.shadow.getMap(Y_AMENDMENTS);
    if (who.role === 'delegate') this.readDirtyUnits(this.staleBase);
    if (who.role === 'secretariat' && !options.canDecide) this.readDirtyUnits();
    this.shadow.on('afterTransaction', onTransaction);
    amendments.observeDeep(onRecords);
    try {
      Y.applyUpdate(this.shadow, update);
    } catch {
      return this.refuse({ ok: false, rule: 'Malformed document update', malformed: true });
    } finally {
      this.shadow.off('afterTransaction', onTransaction);
      amendments.unobserveDeep(onRecords);
    }
    if (this.shadow.store.pendingStructs || this.shadow.store.pendingDs) {
      return this.refuse({
        ok: false,
        rule: 'An update that depends on changes the server does not have',
        malformed: true,
      });
    }
    const verdict = this.judge(transactions, recordEvents, who, options);
    if (!verdict.ok) return this.refuse(verdict);
    return changedKeys(transactions, this.shadow.getMap(Y_META)).size > 0 ? { ok: true, settings: true } : verdict;
  }

  private judge(
    transactions: Y.Transaction[],
    recordEvents: RecordChange[],
    who: ConnectionIdentity,
    options: { canDecide: boolean },
  ): Verdict {
    const touched = touchedUnits(this.shadow, this.fragment, transactions);
    for (const text of touched.texts) this.texts.delete(text);
    for (const root of touched.roots)
      if (!KNOWN_ROOTS.has(root)) return { ok: false, rule: `Unknown shared type "${root}"` };
    const meta = this.shadow.getMap<string>(Y_META);
    if (touched.roots.has(Y_META)) {
      const problem = metaProblem(changedKeys(transactions, meta), who);
      if (problem) return { ok: false, rule: problem };
    }
    const closed = meta.get('status') === 'closed' || meta.get('status') === 'adopted';
    if (closed && who.role !== 'chair' && (touched.roots.has(Y_CONTENT) || touched.roots.has(Y_AMENDMENTS))) {
      return { ok: false, rule: 'The chair has closed this document' };
    }
    if (touched.roots.has(Y_AMENDMENTS)) {
      const problem = checkRecordEvents(recordEvents, who, { canDecide: options.canDecide });
      if (problem) return { ok: false, rule: problem };
    }
    const structural = touched.fragmentChanged || touched.structural;
    if (who.role === 'delegate') return this.judgeContent(touched.units, touched.reshaped, structural, who);
    if (who.role === 'secretariat' && !options.canDecide) {
      // The secretariat edits the text directly, but removing or changing a delegation's proposal is deciding.
      // Typing where no proposal is cannot be that: it is validated item by item, like the chair's typing.
      if (!structural && onlyPlainTextEdits(transactions)) {
        const invalid = validatedItems(transactions, this.fragment, true);
        if (invalid) return invalid;
        for (const unit of touched.units) this.staleBase.add(unit);
        return { ok: true };
      }
      return this.judgeContent(touched.units, touched.reshaped, structural, who);
    }
    return this.judgePrivileged(transactions, touched.units, structural, who);
  }

  /**
   * The chair and the secretariat may change the text directly: their updates are validated item by item
   * (cheap even in a long decision), and the units they touched are read again only when a delegate next writes.
   */
  private judgePrivileged(
    transactions: Y.Transaction[],
    units: Set<Y.XmlElement>,
    structural: boolean,
    who: ConnectionIdentity,
  ): Verdict {
    const invalid = validatedItems(transactions, this.fragment, who.role !== 'chair');
    if (invalid) return invalid;
    for (const unit of units) this.dirty.add(unit);
    if (structural) {
      for (const unit of this.readings.keys()) if (unit._item?.deleted) this.readings.delete(unit);
      for (const unit of this.units()) if (!this.readings.has(unit)) this.dirty.add(unit);
    }
    return { ok: true };
  }

  /** Reads again the units changed item by item since their last reading (and `also`, when given). */
  private readDirtyUnits(also?: Set<Y.XmlElement>): void {
    for (const unit of also ? [...this.dirty, ...also] : this.dirty) {
      this.staleBase.delete(unit);
      if (unit._item?.deleted) this.readings.delete(unit);
      // Validated item by item when they changed; only their reading is needed here.
      else this.readings.set(unit, readUnit(unit, { texts: this.texts, checkStructure: false }));
    }
    this.dirty.clear();
  }

  private judgeContent(
    units: Set<Y.XmlElement>,
    reshaped: Set<Y.XmlElement>,
    structural: boolean,
    who: ConnectionIdentity,
  ): Verdict {
    const changed = new Set(units);
    if (structural) {
      // Units added or removed: deleted ones are found in the cache, new ones by walking the document.
      for (const unit of this.readings.keys()) if (unit._item?.deleted) changed.add(unit);
      for (const unit of this.units()) if (!this.readings.has(unit)) changed.add(unit);
      const structure = this.structureProblem();
      if (structure) return { ok: false, rule: structure, malformed: true };
    }
    const after = new Map<Y.XmlElement, UnitReading | undefined>();
    for (const unit of changed) {
      if (unit._item?.deleted) {
        after.set(unit, undefined);
        continue;
      }
      const known = this.readings.has(unit);
      after.set(unit, readUnit(unit, { texts: this.texts, checkStructure: !known || reshaped.has(unit) }));
    }
    // Agreed text first: touching it is refused whatever else is wrong with the update.
    if (who.role !== 'chair') {
      for (const [unit, reading] of after) {
        const agreed = compareAgreed(this.readings.get(unit), reading);
        if (agreed) return { ok: false, rule: agreed };
      }
    }
    for (const reading of after.values()) {
      if (reading?.problems.length) return { ok: false, rule: `Refused: ${reading.problems[0]}`, malformed: true };
    }
    for (const [unit, reading] of after) {
      const before = this.readings.get(unit);
      const problem =
        who.role === 'delegate'
          ? compareForDelegate(who, before, reading)
          : compareOthersProposals(who, before, reading);
      if (problem) return { ok: false, rule: problem };
    }
    for (const [unit, reading] of after) {
      this.staleBase.delete(unit);
      if (reading) this.readings.set(unit, reading);
      else this.readings.delete(unit);
    }
    return { ok: true };
  }

  /** The top-level blocks in order must be valid content of a document. */
  private structureProblem(): string | null {
    let match: ReturnType<typeof draftSchema.topNodeType.contentMatch.matchType> = draftSchema.topNodeType.contentMatch;
    for (const child of this.fragment.toArray()) {
      const type = child instanceof Y.XmlElement ? draftSchema.nodes[child.nodeName] : undefined;
      match = type && match ? match.matchType(type) : null;
      if (!match) return 'Refused: a block where the document structure does not allow it';
    }
    return match?.validEnd ? null : 'Refused: the document structure is incomplete';
  }

  private refuse(verdict: Verdict & { ok: false }): Verdict {
    this.rebuild();
    return verdict;
  }

  /** A fresh shadow from the room's document, and every top-level block read once. */
  rebuild(): void {
    this.catchUp();
    this.shadow?.destroy();
    // No garbage collection: the checks look at what an update deleted (was it agreed text?) after applying it.
    this.shadow = new Y.Doc({ gc: false });
    // The roots get their types before the state arrives. A root first typed after an update was applied to it
    // is a new object, and that update's record of what it changed (`transaction.changed`) would not find it:
    // a delegation's first edit of the settings would go unseen.
    this.fragment = this.shadow.getXmlFragment(Y_CONTENT);
    this.shadow.getMap(Y_META);
    this.shadow.getMap(Y_AMENDMENTS);
    Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(this.source));
    this.readings = new Map();
    this.texts = new WeakMap();
    this.dirty.clear();
    this.staleBase.clear();
    for (const unit of this.units()) this.readings.set(unit, readUnit(unit, { texts: this.texts }));
  }

  /** Every unit of the shadow document: top-level blocks, and the decisions inside them. */
  private *units(): Generator<Y.XmlElement> {
    for (const child of this.fragment.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      yield child;
      if (child.nodeName === 'decision') continue;
      for (const element of child.createTreeWalker(
        (node) => node instanceof Y.XmlElement && node.nodeName === 'decision',
      )) {
        yield element as Y.XmlElement;
      }
    }
  }

  destroy(): void {
    this.shadow.destroy();
  }
}

/** validateChanges' finding as a verdict, or null when every changed item is valid. */
function validatedItems(
  transactions: readonly Y.Transaction[],
  fragment: Y.XmlFragment,
  protectAgreed: boolean,
): Verdict | null {
  const invalid = validateChanges(transactions, fragment, protectAgreed);
  if (!invalid) return null;
  return invalid.malformed
    ? { ok: false, rule: `Refused: ${invalid.problem}`, malformed: true }
    : { ok: false, rule: invalid.problem };
}

export { AGREED_TEXT };
