/**
 * The print view's style sheet: A4, serif, laid out like a UN document — title and topic headings in bold
 * capitals, "Directed to …" in italics, decision numbers and sub-paragraph labels hanging. The same page is
 * printed to PDF by the browser, so the screen layout is the page's.
 */
export const HTML_STYLE = `
@page { size: A4; margin: 2.5cm 2.2cm; }
body { font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 12pt; line-height: 1.4;
  color: #000; background: #fff; max-width: 16.6cm; margin: 2rem auto; padding: 0 1rem; }
@media print { body { max-width: none; margin: 0; padding: 0; } }
header { margin-bottom: 2em; }
p { margin: 0 0 0.7em; text-align: justify; orphans: 2; widows: 2; }
.symbol { text-align: right; font-weight: bold; }
.meeting { text-align: right; }
h1.title, h2.topic-heading { font-size: 12pt; font-weight: bold; text-transform: uppercase; text-align: center; }
h1.title { margin: 1.5em 0 1em; }
h2.topic-heading { margin: 1.8em 0 0.9em; break-after: avoid; }
.note, .legend { font-style: italic; font-size: 10.5pt; }
.directed-to { font-style: italic; break-after: avoid; }
.hanging { padding-left: var(--indent); text-indent: calc(-1 * var(--hang)); }
.hanging > .label { display: inline-block; width: var(--hang); text-indent: 0; }
.decision, .operative { --indent: 2cm; --hang: 2cm; }
.continuation { padding-left: 2cm; }
.sub-1 { --indent: 3cm; --hang: 1cm; }
.sub-2 { --indent: 4cm; --hang: 1cm; }
.sub-3 { --indent: 5cm; --hang: 1cm; }
.preambular { text-indent: 1cm; }
ins { text-decoration: underline; }
del { text-decoration: line-through; }
.party { font-style: italic; font-size: 0.85em; }
`;
