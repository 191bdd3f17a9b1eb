// Decap CMS's phrases (decap-cms-locales ships no types): one object per language.
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: import('../../src/cms/decap-locale-fr.ts').Phrases
  export default phrases
}
