// happy-dom, with modules transformed for the server: Astro's container renders the components'
// markup (an .astro file compiles to a server module) and the client modules run in the same DOM.
import type { Environment } from 'vitest/runtime'
import { builtinEnvironments } from 'vitest/runtime'

const happyDom = builtinEnvironments['happy-dom']

export default { ...happyDom, name: 'happy-dom-ssr', viteEnvironment: 'ssr' } satisfies Environment
