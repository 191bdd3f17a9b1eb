// Choosing documents: types and limits checked at once (the same as the API's), photos over the
// size limit reduced in the browser when it can decode them, a list with a way to remove each.
import { attachmentLimits, extensionOf } from '../../domain/attachment-rules.ts'

export interface DocumentPicker {
  files(): File[]
  clear(): void
}

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`
const reducible = new Set(['image/jpeg', 'image/png', 'image/webp'])

export function enhanceDocumentPicker(input: HTMLInputElement): DocumentPicker | undefined {
  const group = input.closest<HTMLElement>('[data-documents]')
  const messages = group?.querySelector<HTMLElement>('.fr-messages-group')
  const list = group?.querySelector<HTMLUListElement>('ul')
  if (!group || !messages || !list) return
  group.hidden = false
  let chosen: File[] = []

  const render = () => {
    list.replaceChildren(
      ...chosen.map((file) => {
        const item = document.createElement('li')
        item.append(`${file.name} (${megabytes(file.size)}) `)
        const remove = document.createElement('button')
        remove.type = 'button'
        remove.className = 'fr-btn fr-btn--sm fr-btn--tertiary-no-outline'
        remove.textContent = 'Retirer'
        remove.setAttribute('aria-label', `Retirer ${file.name}`)
        remove.addEventListener('click', () => {
          chosen = chosen.filter((other) => other !== file)
          render()
          say([`${file.name} retiré.`], false)
          input.focus()
        })
        item.append(remove)
        return item
      }),
    )
  }

  const say = (lines: string[], isError: boolean) => {
    group.classList.toggle('fr-upload-group--error', isError)
    messages.replaceChildren(
      ...lines.map((line) => {
        const text = document.createElement('p')
        text.className = `fr-message fr-message--${isError ? 'error' : 'info'}`
        text.textContent = line
        return text
      }),
    )
  }

  input.addEventListener('change', async () => {
    const refused: string[] = []
    const added: string[] = []
    for (const original of [...(input.files ?? [])]) {
      if (!extensionOf(original.name)) {
        refused.push(
          `${original.name} : type de fichier non accepté (photos JPEG, PNG, HEIC, WebP ou PDF).`,
        )
        continue
      }
      const file = original.size > attachmentLimits.maxFileBytes ? await reduce(original) : original
      const total = chosen.reduce((sum, other) => sum + other.size, 0)
      if (!file)
        refused.push(
          `${original.name} : fichier trop lourd (${megabytes(original.size)}), 10 Mo au maximum.`,
        )
      else if (chosen.length >= attachmentLimits.maxFiles)
        refused.push(`${original.name} : ${attachmentLimits.maxFiles} documents au plus.`)
      else if (total + file.size > attachmentLimits.maxTotalBytes)
        refused.push(`${original.name} : 30 Mo au plus pour l’ensemble des documents.`)
      else {
        chosen.push(file)
        added.push(
          file === original
            ? `${file.name} ajouté.`
            : `${file.name} réduit à ${megabytes(file.size)} et ajouté.`,
        )
      }
    }
    input.value = ''
    render()
    say([...refused, ...added], refused.length > 0)
  })

  return {
    files: () => [...chosen],
    clear: () => {
      chosen = []
      render()
    },
  }
}

/** A photo re-encoded in JPEG at most 3,000 px wide, if the browser decodes it and it then fits. */
async function reduce(file: File): Promise<File | undefined> {
  if (!reducible.has(file.type)) return undefined
  try {
    const bitmap = await createImageBitmap(file)
    const scale = Math.min(1, 3000 / Math.max(bitmap.width, bitmap.height))
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(bitmap.width * scale)
    canvas.height = Math.round(bitmap.height * scale)
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', 0.85),
    )
    if (!blob || blob.size > attachmentLimits.maxFileBytes) return undefined
    return new File([blob], file.name.replace(/\.[^.]+$/, '.jpg'), { type: 'image/jpeg' })
  } catch {
    return undefined
  }
}
