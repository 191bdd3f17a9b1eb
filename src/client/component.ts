// Enhancers are custom elements, as in Astro Starlight: each interactive component wraps its
// markup in its own element, whose connectedCallback finds the parts inside itself. A part that
// is missing is a broken component: it is reported (console in development, the client unit
// tests), and the page keeps its behaviour without JavaScript.

export class MissingPart extends Error {}

type ElementClass<E extends Element> = abstract new (...args: never[]) => E

/** The element matching `selector` inside `root`, of class `kind`; throws MissingPart otherwise. */
export function part<E extends Element = HTMLElement>(
  root: Element,
  selector: string,
  kind?: ElementClass<E>,
): E {
  const found = root.querySelector(selector)
  if (!found || (kind && !(found instanceof kind)))
    throw new MissingPart(
      `part ${selector}${kind ? ` (${kind.name})` : ''} is missing in <${root.localName}>`,
    )
  return found as E
}

export abstract class Enhancer extends HTMLElement {
  #enhanced = false

  connectedCallback(): void {
    if (this.#enhanced) return
    this.#enhanced = true
    try {
      this.enhance()
    } catch (error) {
      if (!(error instanceof MissingPart)) throw error
      if (import.meta.env.DEV) console.error(`<${this.localName}> not enhanced: ${error.message}`)
    }
  }

  /** Finds the parts (with `this.required`) and wires the behaviour; runs once. */
  protected abstract enhance(): void

  /** A required part of this component (see `part`). */
  required<E extends Element = HTMLElement>(selector: string, kind?: ElementClass<E>): E {
    return part(this, selector, kind)
  }
}

/** Defines the element once (a module may be imported by several components of a page). */
export function defineEnhancer(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element)
}
