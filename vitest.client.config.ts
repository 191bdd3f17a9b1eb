import { getViteConfig } from 'astro/config'

// The browser modules of src/client, in a DOM (happy-dom), on the markup their .astro component
// renders (Astro's container API): renaming a part of a component fails a test here.
export default getViteConfig({
  test: {
    name: 'client',
    environment: './tests/client/support/dom-environment.ts',
    include: ['tests/client/**/*.test.ts'],
  },
})
