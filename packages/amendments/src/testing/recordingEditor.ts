import { history } from '@tiptap/pm/history';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import type * as Y from 'yjs';
import type { Actor } from '../Actor.ts';
import type { Decider } from '../Decider.ts';
import { keepRecords } from '../keepRecords.ts';
import { suggested } from './fixtures.ts';
import { readY, writeY } from './yjs.ts';

/**
 * For tests: an editor on a shared document, as the client wires it — each local transaction is written to
 * the Y.Doc (what the sync plugin does) and handed to the record keeper.
 */
export class RecordingEditor {
  state: EditorState;
  private clock = 0;

  constructor(
    readonly ydoc: Y.Doc,
    readonly who: Decider,
  ) {
    this.state = EditorState.create({ doc: readY(ydoc), plugins: [history()] });
  }

  /** Applies a local transaction; each one is its own undo step. */
  readonly apply = (tr: Transaction): void => {
    this.clock += 1000;
    tr.setTime(this.clock);
    this.state = this.state.apply(tr);
    writeY(this.ydoc, this.state.doc);
    keepRecords(this.ydoc, tr, this.who, '2025-06-01T10:00:00.000Z');
  };

  select(from: number, to = from): this {
    this.state = this.state.apply(this.state.tr.setSelection(TextSelection.create(this.state.doc, from, to)));
    return this;
  }

  suggest(actor: Actor, edit: (tr: Transaction) => void): this {
    const tr = suggested(this.state, actor, edit);
    if (tr) this.apply(tr);
    return this;
  }

  /** Picks up what other clients wrote to the shared document. */
  reload(): this {
    this.state = EditorState.create({ doc: readY(this.ydoc), plugins: [history()] });
    return this;
  }
}
