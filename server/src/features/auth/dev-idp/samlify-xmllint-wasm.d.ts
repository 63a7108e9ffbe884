/** samlify's schema validator on libxml2 compiled to WebAssembly (it ships no types). */
declare module '@authenio/samlify-xmllint-wasm' {
  export function validate(xml: string): Promise<true>;
}
