// <embed-snippet> on /integrer-le-formulaire/: the snippet follows the chosen settings and can be copied.
import { embedSnippet } from '../domain/embed-snippet.ts'
import { defineEnhancer, Enhancer } from './component.ts'

export class EmbedSnippet extends Enhancer {
  protected enhance(): void {
    generateEmbedSnippet(
      this.required('form', HTMLFormElement),
      this.required('[data-code]', HTMLTextAreaElement),
      this.required('[data-copy]', HTMLButtonElement),
      this.required('[data-status]'),
    )
  }
}

function generateEmbedSnippet(
  form: HTMLFormElement,
  code: HTMLTextAreaElement,
  copy: HTMLButtonElement,
  status: HTMLElement,
): void {
  const update = () => {
    const settings: Record<string, string> = {}
    for (const [name, value] of new FormData(form))
      if (typeof value === 'string') settings[name] = value
    code.value = embedSnippet(code.dataset.script ?? '', settings)
  }
  form.addEventListener('input', update)
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    update()
  })
  copy.hidden = false
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value)
      status.textContent = 'Code copié.'
    } catch {
      code.select()
      status.textContent = 'Le code est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C).'
    }
  })
  update()
}

defineEnhancer('embed-snippet', EmbedSnippet)
