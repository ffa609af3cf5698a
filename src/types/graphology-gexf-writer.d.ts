// graphology-gexf's writer on its own: its main entry also loads the XML parser (xmldom), which
// the gexf export does not need, so importing the writer alone keeps the command fast.
declare module 'graphology-gexf/common/writer.js' {
  const write: typeof import('graphology-gexf').write;
  export default write;
}
