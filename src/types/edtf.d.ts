// The edtf package ships no types; this is the part storygraph uses.
declare module 'edtf' {
  interface EdtfValue {
    type: string;
    min: number;
    max: number;
    edtf: string;
  }
  function edtf(input: string): EdtfValue;
  export default edtf;
}
