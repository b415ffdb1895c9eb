import { newId } from '@draftroom/document-model';
import type { NodeType, Node as PMNode, Schema } from '@tiptap/pm/model';

/*
 * New blocks get their ids here rather than from the BlockIds plugin, so that a command produces the same
 * document with or without the plugin (the tests run it headless).
 */

function nodeType(schema: Schema, name: string): NodeType {
  const type = schema.nodes[name];
  if (!type) throw new Error(`The schema has no ${name} node`);
  return type;
}

export function paragraphNode(schema: Schema): PMNode {
  return nodeType(schema, 'paragraph').create({ id: newId() });
}

export function subParagraphNode(schema: Schema, level: number): PMNode {
  return nodeType(schema, 'subParagraph').create({ id: newId(), level });
}

export function decisionNode(schema: Schema, number: string): PMNode {
  return nodeType(schema, 'decision').create({ id: newId(), number }, paragraphNode(schema));
}

export function addresseeGroupNode(schema: Schema, addressees: readonly string[], number: string): PMNode {
  return nodeType(schema, 'addresseeGroup').create(
    { id: newId(), addressees: [...addressees] },
    decisionNode(schema, number),
  );
}
