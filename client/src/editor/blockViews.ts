import { directedToText } from '@draftroom/document-model';
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { NodeSelection } from '@tiptap/pm/state';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { delegationColour } from '../collaboration/delegationColour.ts';
import { type BlockProposals, blockProposalsOf } from './blockProposals.ts';
import type { EditorRequests } from './editorRequests.ts';

export interface BlockViewOptions {
  requests: EditorRequests | null;
}

type Child = Node | string | null | false | undefined;

function h(tag: string, attrs: Record<string, string | undefined>, children: Child[] = []): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';

function svgElement(tag: string, attrs: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  return element;
}

/** A small padlock: agreed text, closed for amendments (the same drawing as LockIcon.tsx). */
function lockIcon(title: string): SVGElement {
  const svg = svgElement('svg', {
    class: 'lock-icon',
    viewBox: '0 0 12 14',
    width: '11',
    height: '13',
    role: 'img',
    'aria-label': title,
  });
  const titleElement = svgElement('title', {});
  titleElement.textContent = title;
  const path = svgElement('path', {
    d: 'M3 6V4.2a3 3 0 0 1 6 0V6',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '1.5',
  });
  const rect = svgElement('rect', { x: '1', y: '6', width: '10', height: '7.5', rx: '1.2', fill: 'currentColor' });
  svg.append(titleElement, path, rect);
  return svg;
}

const AGREED_TITLE = 'Agreed: closed for amendments';

/**
 * A value a delegation proposes for a block (a decision's number, a group's addressees), shown next to the
 * current one: "14.AA → 15.3 (Norway)". The block keeps its value until the chair accepts.
 */
function proposedValue(party: string, value: string, testId: string): HTMLElement {
  const span = h('span', { class: 'proposed-value', 'data-testid': testId, 'data-party': party }, [
    `→ ${value} `,
    h('span', { class: 'proposed-value__party' }, [`(${party})`]),
  ]);
  span.title = `${party} proposes ${value}`;
  span.style.setProperty('--party-colour', delegationColour(party));
  return span;
}

interface BlockLook {
  /** The block element's class, data attributes and proposals (drawn on the wrapper as the React view did). */
  wrapper: { tag: string; className: string; attrs: Record<string, string | undefined>; proposals: BlockProposals };
  /** The uneditable part before the content: number or "Directed to …", proposed values, the lock. */
  head: HTMLElement;
}

interface BlockViewSpec {
  outerClass: string;
  contentClass: string;
  look: (node: PMNode, ask: () => void) => BlockLook;
}

/**
 * A plain DOM node view: decisions and addressee groups are drawn by hand rather than by React, so that a
 * keystroke in a 300-decision text costs no React render, and a block is redrawn only when its own attributes
 * change. The DOM (classes, data attributes, test ids) is the one the React views drew.
 */
class BlockView implements NodeView {
  dom: HTMLElement;
  contentDOM: HTMLElement;
  private wrapper: HTMLElement;
  private head: HTMLElement;
  private attrs: PMNode['attrs'];

  constructor(
    private node: PMNode,
    private readonly editor: Editor,
    private readonly getPos: () => number | undefined,
    private readonly spec: BlockViewSpec,
    private readonly ask: (pos: number) => void,
  ) {
    this.dom = h('div', { class: `node-${node.type.name} ${spec.outerClass}` });
    this.contentDOM = h('div', { class: spec.contentClass, 'data-node-view-content': '' });
    this.contentDOM.style.whiteSpace = 'pre-wrap';
    this.attrs = node.attrs;
    const look = this.draw(node);
    this.wrapper = look.wrapper;
    this.head = look.head;
    this.wrapper.append(this.head, this.contentDOM);
    this.dom.append(this.wrapper);
  }

  private draw(node: PMNode): { wrapper: HTMLElement; head: HTMLElement } {
    const look = this.spec.look(node, () => {
      const pos = this.getPos();
      if (this.editor.isEditable && typeof pos === 'number') this.ask(pos);
    });
    const { tag, className, attrs, proposals } = look.wrapper;
    const wrapper = h(tag, {
      class: [className, proposals.className, node.attrs.agreed === true ? `${className}--agreed` : '']
        .filter(Boolean)
        .join(' '),
      ...attrs,
      'data-agreed': node.attrs.agreed === true ? 'true' : undefined,
      title: proposals.title,
      'data-node-view-wrapper': '',
    });
    wrapper.style.whiteSpace = 'normal';
    if (proposals.colour) wrapper.style.setProperty('--party-colour', proposals.colour);
    return { wrapper, head: look.head };
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    if (node.attrs === this.attrs || sameAttrs(node.attrs, this.attrs)) return true;
    this.attrs = node.attrs;
    const { wrapper, head } = this.draw(node);
    // The content stays where it is (ProseMirror owns it); only the block's own element and head change.
    this.wrapper.replaceWith(wrapper);
    wrapper.append(head, this.contentDOM);
    this.wrapper = wrapper;
    this.head = head;
    return true;
  }

  /** As TipTap's NodeView: buttons in the head are the view's own; the text and the rest go to ProseMirror. */
  stopEvent(event: Event): boolean {
    const target = event.target as HTMLElement;
    if (!this.dom.contains(target) || this.contentDOM.contains(target)) return false;
    const type = event.type;
    const drag = type.startsWith('drag') || type === 'drop';
    if (drag || type === 'copy' || type === 'paste' || type === 'cut') return false;
    if (['INPUT', 'BUTTON', 'SELECT', 'TEXTAREA'].includes(target.tagName) || target.isContentEditable) return true;
    return !(type === 'mousedown' && NodeSelection.isSelectable(this.node));
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return false;
    if (mutation.target === this.contentDOM && mutation.type === 'attributes') return true;
    return !this.contentDOM.contains(mutation.target);
  }
}

function sameAttrs(a: PMNode['attrs'], b: PMNode['attrs']): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => a[key] === b[key] || JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

/**
 * A decision as printed: its number hangs in the left margin, the text runs beside it. The number is an
 * attribute, not text, so nobody can half-delete it while typing; clicking it asks for a new one. Proposals
 * about the decision show on it: a new number beside the current one, a bar for a proposed new decision, a
 * strike for one proposed for deletion; agreed decisions carry a lock.
 */
const DECISION: BlockViewSpec = {
  outerClass: 'decision-view',
  contentClass: 'decision-body',
  look: (node, ask) => {
    const number = String(node.attrs.number ?? '');
    const agreed = node.attrs.agreed === true;
    const proposals = blockProposalsOf(node.attrs, 'decision');
    const button = h(
      'button',
      {
        type: 'button',
        class: number ? 'decision-number' : 'decision-number decision-number--empty',
        'data-testid': 'decision-number',
        title: 'Decision number: click to change it (Alt+Shift+N)',
        tabindex: '-1',
      },
      [number || 'No.'],
    );
    button.addEventListener('click', ask);
    const head = h('span', { class: 'decision-margin', contenteditable: 'false' }, [
      button,
      ...proposals
        .values('number')
        .map((proposal) => proposedValue(proposal.party, String(proposal.to ?? ''), 'proposed-number')),
      agreed && h('span', { class: 'agreed-mark', 'data-testid': 'agreed-decision' }, [lockIcon(AGREED_TITLE)]),
    ]);
    return {
      wrapper: {
        tag: 'article',
        className: 'decision',
        attrs: { 'data-type': 'decision', 'data-number': number },
        proposals,
      },
      head,
    };
  },
};

/**
 * "Directed to …" is rendered from the group's addressees, never typed, so that it is always worded as the
 * secretariat prints it and exports can tell who a decision is for. Clicking it opens the addressees dialog.
 * Proposed addressees show beside the current ones.
 */
const ADDRESSEE_GROUP: BlockViewSpec = {
  outerClass: 'addressee-group-view',
  contentClass: 'decisions',
  look: (node, ask) => {
    const addressees = (node.attrs.addressees ?? []) as string[];
    const agreed = node.attrs.agreed === true;
    const proposals = blockProposalsOf(node.attrs, 'addressee group');
    const button = h(
      'button',
      {
        type: 'button',
        class: addressees.length ? 'directed-to__button' : 'directed-to__button directed-to__button--empty',
        'data-testid': 'directed-to',
        title: 'Addressees: click to change them (Alt+Shift+A)',
        tabindex: '-1',
      },
      [directedToText(addressees)],
    );
    button.addEventListener('click', ask);
    const head = h('p', { class: 'directed-to', contenteditable: 'false' }, [
      button,
      ...proposals
        .values('addressees')
        .map((proposal) =>
          h('span', { class: 'directed-to__proposal' }, [
            proposedValue(
              proposal.party,
              directedToText(Array.isArray(proposal.to) ? proposal.to : []),
              'proposed-addressees',
            ),
          ]),
        ),
      agreed && h('span', { class: 'agreed-mark agreed-mark--inline' }, [lockIcon(AGREED_TITLE)]),
    ]);
    return {
      wrapper: { tag: 'section', className: 'addressee-group', attrs: { 'data-type': 'addressee-group' }, proposals },
      head,
    };
  },
};

interface ViewProps {
  node: PMNode;
  editor: Editor;
  getPos: () => number | undefined;
  extension: { options: unknown };
}

export const decisionView =
  () =>
  ({ node, editor, getPos, extension }: ViewProps): NodeView => {
    const { requests } = extension.options as BlockViewOptions;
    return new BlockView(node, editor, getPos, DECISION, (pos) => requests?.request({ kind: 'decisionNumber', pos }));
  };

export const addresseeGroupView =
  () =>
  ({ node, editor, getPos, extension }: ViewProps): NodeView => {
    const { requests } = extension.options as BlockViewOptions;
    return new BlockView(node, editor, getPos, ADDRESSEE_GROUP, (pos) =>
      requests?.request({ kind: 'addressees', pos }),
    );
  };
