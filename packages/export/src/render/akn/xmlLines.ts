import { escapeXml } from '../escapeXml.ts';

/**
 * A small XML writer that indents structure and keeps inline content on one line: whitespace between
 * structural elements is insignificant, inside a <p> it is text.
 */
export type Attributes = Record<string, string | undefined>;

export function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
}

/** An element holding other elements, one a line, indented. */
export function block(name: string, attrs: Attributes, children: readonly string[]): string[] {
  if (children.length === 0) return [`<${name}${attributes(attrs)}/>`];
  return [`<${name}${attributes(attrs)}>`, ...children.map((line) => `  ${line}`), `</${name}>`];
}

/** An element on one line around already-serialised inline content (escaped text and inline elements). */
export function leaf(name: string, attrs: Attributes, content: string): string[] {
  return content ? [`<${name}${attributes(attrs)}>${content}</${name}>`] : [`<${name}${attributes(attrs)}/>`];
}
