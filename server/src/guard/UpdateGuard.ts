import { draftSchema } from '@draftroom/document-model';
import { Y_AMENDMENTS, Y_CONTENT, Y_META } from '@draftroom/protocol';
import * as Y from 'yjs';
import type { ConnectionIdentity } from '../sync/Connection.ts';
import { captureRecordChange, checkRecordEvents, type RecordChange } from './checkRecordEvents.ts';
import { AGREED_TEXT, compareAgreed, compareForDelegate } from './compareUnits.ts';
import { readUnit, type UnitReading } from './readUnit.ts';
import { touchedUnits } from './touchedUnits.ts';
import { validateChanges } from './validateChanges.ts';

export type Verdict = { ok: true } | { ok: false; rule: string; malformed?: boolean };

const KNOWN_ROOTS = new Set([Y_CONTENT, Y_META, Y_AMENDMENTS]);

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
  /** Units changed by the chair or the secretariat since they were last read: read again before a delegate's update. */
  private readonly dirty = new Set<Y.XmlElement>();

  constructor(private readonly source: Y.Doc) {
    this.rebuild();
  }

  /** Applies `update` to the shadow and judges it for `who`; after a pass the room must apply it too. */
  check(update: Uint8Array, who: ConnectionIdentity, options: { canDecide: boolean }): Verdict {
    const transactions: Y.Transaction[] = [];
    const recordEvents: RecordChange[] = [];
    const onTransaction = (transaction: Y.Transaction) => transactions.push(transaction);
    const onRecords = (events: Y.YEvent<Y.AbstractType<unknown>>[]) =>
      recordEvents.push(...events.map(captureRecordChange));
    const amendments = this.shadow.getMap(Y_AMENDMENTS);
    if (who.role === 'delegate') this.readDirtyUnits();
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
    return verdict.ok ? verdict : this.refuse(verdict);
  }

  private judge(
    transactions: Y.Transaction[],
    recordEvents: RecordChange[],
    who: ConnectionIdentity,
    options: { canDecide: boolean },
  ): Verdict {
    const touched = touchedUnits(this.shadow, this.fragment, transactions);
    for (const root of touched.roots)
      if (!KNOWN_ROOTS.has(root)) return { ok: false, rule: `Unknown shared type "${root}"` };
    if (touched.roots.has(Y_META) && who.role !== 'chair' && who.role !== 'secretariat') {
      return { ok: false, rule: 'Only the chair and the secretariat change the title and status' };
    }
    const meta = this.shadow.getMap<string>(Y_META);
    const closed = meta.get('status') === 'closed' || meta.get('status') === 'adopted';
    if (closed && who.role !== 'chair' && (touched.roots.has(Y_CONTENT) || touched.roots.has(Y_AMENDMENTS))) {
      return { ok: false, rule: 'The chair has closed this document' };
    }
    if (touched.roots.has(Y_AMENDMENTS)) {
      const problem = checkRecordEvents(recordEvents, who, { canDecide: options.canDecide });
      if (problem) return { ok: false, rule: problem };
    }
    const structural = touched.fragmentChanged || touched.structural;
    if (who.role === 'delegate') return this.judgeContent(touched.units, structural, who);
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
    const invalid = validateChanges(transactions, this.fragment, who.role !== 'chair');
    if (invalid)
      return {
        ok: false,
        rule: invalid.malformed ? `Refused: ${invalid.problem}` : invalid.problem,
        ...(invalid.malformed ? { malformed: true } : {}),
      };
    for (const unit of units) this.dirty.add(unit);
    if (structural) {
      for (const unit of this.readings.keys()) if (unit._item?.deleted) this.readings.delete(unit);
      for (const unit of this.units()) if (!this.readings.has(unit)) this.dirty.add(unit);
    }
    return { ok: true };
  }

  private readDirtyUnits(): void {
    for (const unit of this.dirty) {
      if (unit._item?.deleted) this.readings.delete(unit);
      else this.readings.set(unit, readUnit(unit));
    }
    this.dirty.clear();
  }

  private judgeContent(units: Set<Y.XmlElement>, structural: boolean, who: ConnectionIdentity): Verdict {
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
      const reading = readUnit(unit);
      if (reading.problems.length > 0) return { ok: false, rule: `Refused: ${reading.problems[0]}`, malformed: true };
      after.set(unit, reading);
    }
    for (const [unit, reading] of after) {
      const before = this.readings.get(unit);
      if (who.role !== 'chair') {
        const agreed = compareAgreed(before, reading);
        if (agreed) return { ok: false, rule: agreed };
      }
      if (who.role === 'delegate') {
        const problem = compareForDelegate(who, before, reading);
        if (problem) return { ok: false, rule: problem };
      }
    }
    for (const [unit, reading] of after) {
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
    this.shadow?.destroy();
    // No garbage collection: the checks look at what an update deleted (was it agreed text?) after applying it.
    this.shadow = new Y.Doc({ gc: false });
    Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(this.source));
    this.fragment = this.shadow.getXmlFragment(Y_CONTENT);
    this.readings = new Map();
    this.dirty.clear();
    for (const unit of this.units()) this.readings.set(unit, readUnit(unit));
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

export { AGREED_TEXT };
