import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, AttrStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep, type Step } from '@tiptap/pm/transform';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/** What the editor says when someone tries to change agreed text; the server's words for the same rule. */
export const AGREED_MESSAGE = 'This text is agreed and closed for amendments';

/**
 * Whether [from, to] reaches inside a block the chair has agreed (the block itself or one around it). An empty
 * range is an insertion point: it must lie strictly inside, so that a new paragraph may still be proposed
 * right before or after agreed text.
 */
export function rangeTouchesAgreed(doc: PMNode, from: number, to: number): boolean {
  let found = false;
  doc.nodesBetween(from, to, (node) => {
    if (found || node.isInline) return false;
    if (node.attrs.agreed === true) found = true;
    return !found;
  });
  return found;
}

/** Whether the block at `pos`, or any block around it, is agreed (attribute changes address a block). */
function blockIsAgreed(doc: PMNode, pos: number): boolean {
  if (doc.nodeAt(pos)?.attrs.agreed === true) return true;
  const $pos = doc.resolve(pos);
  for (let depth = $pos.depth; depth > 0; depth--) if ($pos.node(depth).attrs.agreed === true) return true;
  return false;
}

function stepTouchesAgreed(step: Step, doc: PMNode): boolean {
  if (
    step instanceof ReplaceStep ||
    step instanceof ReplaceAroundStep ||
    step instanceof AddMarkStep ||
    step instanceof RemoveMarkStep
  ) {
    return rangeTouchesAgreed(doc, step.from, step.to);
  }
  if (step instanceof AttrStep) return blockIsAgreed(doc, step.pos);
  const pos = (step as { pos?: unknown }).pos;
  return typeof pos === 'number' && blockIsAgreed(doc, pos);
}

/** Whether a transaction changes anything inside agreed text (each step judged on the document it applied to). */
export function touchesAgreedText(tr: Transaction): boolean {
  return tr.steps.some((step, index) => stepTouchesAgreed(step, tr.docs[index] as PMNode));
}

export interface AgreedGuardOptions {
  /** Whether this editor must keep out of agreed text: everyone but the chair. */
  guards: () => boolean;
  /** Told when a change was refused, to say so plainly. */
  onRefused: () => void;
}

/**
 * Agreed text is closed for everyone but the chair. The server refuses such a change and the editor would then
 * reload; this keeps delegates from even trying: typing there is stopped before the browser changes the page,
 * and any other transaction into agreed text (a command, a paste) is dropped. Changes from other clients and
 * Yjs undo pass: they are already in the shared document.
 */
export const AgreedGuard = Extension.create<AgreedGuardOptions>({
  name: 'agreedGuard',
  addOptions: () => ({ guards: () => false, onRefused: () => {} }),
  addProseMirrorPlugins() {
    const options = this.options;
    const refuse = () => queueMicrotask(options.onRefused);
    return [
      new Plugin({
        key: new PluginKey('agreedGuard'),
        filterTransaction: (tr) => {
          if (!tr.docChanged || !options.guards() || tr.getMeta(ySyncPluginKey) !== undefined) return true;
          if (!touchesAgreedText(tr)) return true;
          refuse();
          return false;
        },
        props: {
          handleDOMEvents: {
            beforeinput: (view, event) => {
              if (!options.guards()) return false;
              const { from, to } = view.state.selection;
              if (!rangeTouchesAgreed(view.state.doc, from, to)) return false;
              event.preventDefault();
              refuse();
              return true;
            },
          },
        },
      }),
    ];
  },
});
