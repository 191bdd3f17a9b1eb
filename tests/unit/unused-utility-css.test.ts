import { describe, expect, it } from 'vitest'
import { dropUnusedUtilities, usedClassNames } from '../../src/integrations/unused-utility-css.ts'

const used = usedClassNames(
  ['<main class="fr-container fr-mt-2w"><div class="fr-col-12 fr-col-md-6"></div></main>'],
  ['el.className = "fr-mb-3w"'],
)

describe('dropUnusedUtilities', () => {
  it.each([
    ['an unused spacing utility', '.fr-mt-4w{margin-top:2rem!important}', ''],
    ['a used one', '.fr-mt-2w{margin-top:1rem!important}', '.fr-mt-2w{margin-top:1rem!important}'],
    ['one a script adds', '.fr-mb-3w{margin:0}', '.fr-mb-3w{margin:0}'],
    [
      'unused ones inside a media query',
      '@media (min-width:48em){.fr-mt-md-4w{margin:0}}',
      '@media (min-width:48em){}',
    ],
    ['the unused part of a selector list', '.fr-mt-2w,.fr-my-2w{margin:0}', '.fr-mt-2w{margin:0}'],
    ['an unused grid column', '.fr-col-lg-3{flex:0 0 25%}', ''],
    ['an unused accent colour', '.fr-callout--green-menthe .fr-btn{color:red}', ''],
    [
      'a component class (kept: the DSFR script may add it)',
      '.fr-collapse--expanded{display:block}',
      '.fr-collapse--expanded{display:block}',
    ],
    [
      'a class only inside :not()',
      '.fr-btn:not(.fr-mt-4w){color:red}',
      '.fr-btn:not(.fr-mt-4w){color:red}',
    ],
    [
      'a comma inside :is()',
      ':is(.fr-mt-2w,.fr-mt-4w) p,.fr-pt-1v{x:y}',
      ':is(.fr-mt-2w,.fr-mt-4w) p{x:y}',
    ],
  ])('%s', (_case, css, kept) => {
    expect(dropUnusedUtilities(css, used)).toBe(kept)
  })
})
