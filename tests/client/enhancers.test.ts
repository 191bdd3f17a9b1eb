// Every enhancer finds its parts in the markup its .astro component renders: renaming or removing
// a part (an id, a data attribute, a role) fails here, where the browser would silently fall back
// to the page's behaviour without JavaScript.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import '../../src/client/address-check.ts'
import '../../src/client/analytics-opt-out.ts'
import '../../src/client/consultation/confirmation-page.ts'
import '../../src/client/consultation/consultation-form.ts'
import '../../src/client/embed-snippet.ts'
import '../../src/client/page-feedback.ts'
import '../../src/client/search.ts'
import '../../src/client/tracking-page.ts'
import AnalyticsOptOut from '../../src/components/AnalyticsOptOut.astro'
import AddressSearch from '../../src/components/address/AddressSearch.astro'
import ConsultationConfirmation from '../../src/components/consultation/ConsultationConfirmation.astro'
import ConsultationForm from '../../src/components/consultation/ConsultationForm.astro'
import ConsultationTracking from '../../src/components/consultation/ConsultationTracking.astro'
import EmbedSnippet from '../../src/components/embed/EmbedSnippet.astro'
import PageFeedback from '../../src/components/PageFeedback.astro'
import SiteSearch from '../../src/components/search/SiteSearch.astro'
import { mount } from './support/render.ts'

const components = [
  { tag: 'analytics-opt-out', component: AnalyticsOptOut, props: {}, part: '[role=status]' },
  {
    tag: 'page-feedback',
    component: PageFeedback,
    props: {},
    part: '[data-page-feedback-comment]',
  },
  { tag: 'address-search', component: AddressSearch, props: {}, part: '[role=listbox]' },
  {
    tag: 'consultation-form',
    component: ConsultationForm,
    props: { confirmationPath: '/demander-un-conseil/confirmation/' },
    part: '[data-error-summary]',
  },
  {
    tag: 'commune-field',
    component: ConsultationForm,
    props: { confirmationPath: '/c/' },
    part: '[data-destination]',
  },
  {
    tag: 'consultation-confirmation',
    component: ConsultationConfirmation,
    props: {},
    part: 'button',
  },
  { tag: 'consultation-tracking', component: ConsultationTracking, props: {}, part: '[data-send]' },
  {
    tag: 'embed-snippet',
    component: EmbedSnippet,
    props: { script: 'https://x.test/e.js' },
    part: '[data-code]',
  },
  { tag: 'site-search', component: SiteSearch, props: {}, part: '[role=status]' },
]

let errors: ReturnType<typeof vi.spyOn>

beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {})
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status: 503 })),
  )
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  document.body.replaceChildren()
})

describe.each(components)('<$tag>', ({ tag, component, props, part }) => {
  test('is defined and finds every part of its markup', async () => {
    const root = await mount(component, props)
    expect(customElements.get(tag)).toBeDefined()
    expect(root.querySelector(tag)).not.toBeNull()
    expect(errors).not.toHaveBeenCalled()
  })

  test(`reports a missing part (${part})`, async () => {
    await mount(component, props, (root) => {
      const element = root.querySelector(tag)?.querySelector(part)
      expect(element).not.toBeNull()
      element?.remove()
    })
    expect(errors).toHaveBeenCalledWith(expect.stringContaining(`<${tag}>`))
  })
})
