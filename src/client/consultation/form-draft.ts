// The answers kept in this browser while the form is filled (never the documents), restored on the
// next visit with a notice and a way to start afresh; removed once the request is sent.
import { alertBox } from './field-errors.ts'
import { type FormValues, readFormValues, writeFormValues } from './form-values.ts'

const storageKey = 'dedale:demande-de-conseil'
const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
})

interface Draft {
  savedAt: string
  values: FormValues
}

function storage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    // Storage refused (private browsing, third-party frame): the form works without a draft.
    return undefined
  }
}

/** Restores a saved draft (with a notice in `notice`), then saves the answers as they change. */
export function keepDraft(form: HTMLFormElement, notice: HTMLElement, onRestore: () => void): void {
  const saved = readDraft()
  if (saved) {
    writeFormValues(form, saved.values)
    const text = document.createElement('p')
    text.textContent = `Nous avons repris les réponses que vous aviez commencé à saisir le ${dateFormat.format(new Date(saved.savedAt))}. Les documents, eux, sont à choisir de nouveau.`
    const restart = document.createElement('button')
    restart.type = 'button'
    restart.className = 'fr-btn fr-btn--sm fr-btn--tertiary fr-mt-1w'
    restart.textContent = 'Effacer et recommencer'
    restart.addEventListener('click', () => {
      clearDraft()
      form.reset()
      notice.replaceChildren()
      onRestore()
      form.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus()
    })
    notice.replaceChildren(alertBox('info', 'Brouillon retrouvé', [text, restart]))
    onRestore()
  }
  form.addEventListener('input', () => {
    window.clearTimeout(pendingSave)
    pendingSave = window.setTimeout(() => {
      pendingSave = undefined
      saveDraft(readFormValues(form))
    }, 400)
  })
  // Leaving the page (reload, closing the tab) within those 400 ms keeps the last answers too.
  window.addEventListener('pagehide', () => {
    if (pendingSave === undefined) return
    window.clearTimeout(pendingSave)
    pendingSave = undefined
    saveDraft(readFormValues(form))
  })
}

/** The save waiting for the typing to pause, if any. */
let pendingSave: number | undefined

function readDraft(): Draft | undefined {
  try {
    const text = storage()?.getItem(storageKey)
    const draft = text ? (JSON.parse(text) as Draft) : undefined
    return draft && typeof draft.values === 'object' && typeof draft.savedAt === 'string'
      ? draft
      : undefined
  } catch {
    return undefined
  }
}

function saveDraft(values: FormValues): void {
  try {
    storage()?.setItem(storageKey, JSON.stringify({ savedAt: new Date().toISOString(), values }))
  } catch {
    // Quota or storage refused: nothing to keep, the form still works.
  }
}

/** Forgets the draft, and the save still waiting (the request is sent: nothing to keep). */
export function clearDraft(): void {
  window.clearTimeout(pendingSave)
  pendingSave = undefined
  storage()?.removeItem(storageKey)
}
