// Puts the markup an .astro component renders (Astro's container API) into the test's document,
// where the component's custom element connects and enhances it.
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import type { AstroComponentFactory as AstroComponent } from 'astro/runtime/server/index.js'

let container: AstroContainer | undefined

/** The component's HTML, without its <script> tags (the test imports the client module itself). */
export async function markupOf(
  component: AstroComponent,
  props: Record<string, unknown> = {},
): Promise<string> {
  container ??= await AstroContainer.create()
  const html = await container.renderToString(component, { props })
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
}

/** Renders the component into document.body; `edit` may change the markup first. */
export async function mount(
  component: AstroComponent,
  props: Record<string, unknown> = {},
  edit: (root: HTMLElement) => void = () => {},
): Promise<HTMLElement> {
  const template = document.createElement('template')
  template.innerHTML = await markupOf(component, props)
  const root = document.createElement('div')
  root.append(template.content)
  edit(root)
  document.body.replaceChildren(root)
  return root
}
