// /integrer-le-formulaire/: the snippet follows the chosen settings and can be copied.
import { embedSnippet } from '../domain/embed-snippet.ts'

export function generateEmbedSnippet(): void {
  const form = document.querySelector<HTMLFormElement>('#integration')
  const code = document.querySelector<HTMLTextAreaElement>('#integration-code')
  const copy = document.querySelector<HTMLButtonElement>('#integration-copier')
  const status = document.querySelector<HTMLElement>('#integration-statut')
  if (!form || !code || !copy || !status) return
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
