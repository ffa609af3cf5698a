// cytoscape-svg ships no types: a cytoscape extension that adds cy.svg(options) → SVG text.
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';
  const register: cytoscape.Ext;
  export default register;
}
