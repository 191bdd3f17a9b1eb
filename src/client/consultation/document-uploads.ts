// Each document goes straight to storage through a signed URL: ask for the URL, PUT the file with
// a progress bar, then have the API check and record it. Progress, success and failure are
// announced to screen readers (démarches-simplifiées' known gap); a failed file can be retried.

interface ApiProblem {
  error?: string
  errors?: { message: string }[]
}

export interface UploadRegion {
  list: HTMLUListElement
  /** A polite live region: messages are added one after another, never replaced. */
  announce: HTMLElement
  /** Visible text saying where the sending stands; replaced by the outcome once settled. */
  status?: HTMLElement | undefined
}

/** Adds a message to a live region, so that a failure is not overwritten by the next file's news. */
export function announceMessage(region: HTMLElement, message: string): void {
  const line = document.createElement('p')
  line.className = 'fr-mb-0'
  line.textContent = message
  region.append(line)
}

/** The outcome of a sending, once every file has succeeded or failed. */
export function uploadOutcome(sent: number, refused: string[]): string {
  const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`
  if (refused.length === 0) return `Envoi terminé : ${plural(sent, 'document envoyé')}.`
  return `Envoi terminé : ${plural(sent, 'document envoyé')}, ${plural(refused.length, 'document refusé')} (${refused.join(', ')}). Réessayez l’envoi ou terminez sans ${refused.length > 1 ? 'eux' : 'lui'}.`
}

/** Uploads the files; `onSettled` gets true once all are recorded, false when one has failed. */
export function uploadDocuments(
  files: File[],
  token: string,
  region: UploadRegion,
  onSettled: (allDone: boolean) => void,
): void {
  const done = new Set<File>()
  const failed = new Set<File>()
  const say = (message: string) => announceMessage(region.announce, message)
  const settle = () => {
    if (done.size + failed.size !== files.length) return
    const outcome = uploadOutcome(
      done.size,
      [...failed].map((file) => file.name),
    )
    say(outcome)
    if (region.status) region.status.textContent = outcome
    onSettled(failed.size === 0)
  }
  const run = (file: File, item: HTMLLIElement): Promise<void> => {
    failed.delete(file)
    const progress = document.createElement('progress')
    progress.max = 100
    progress.value = 0
    progress.setAttribute('aria-label', `Envoi de ${file.name}`)
    const state = document.createElement('span')
    state.textContent = ' En cours…'
    // A retry removes its own button: the focus goes to the document's line, not to <body>
    // (RGAA 7.3).
    const hadFocus = item.contains(document.activeElement)
    item.replaceChildren(`${file.name} `, progress, state)
    if (hadFocus) {
      item.tabIndex = -1
      item.focus()
    }
    let announced = 0
    say(`Envoi de ${file.name} commencé.`)
    return uploadOne(file, token, (percent) => {
      progress.value = percent
      // Announced by quarters: every percent would drown the screen reader.
      if (percent >= announced + 25 && percent < 100) {
        announced = percent - (percent % 25)
        say(`${file.name} : ${announced} %.`)
      }
    }).then(
      () => {
        done.add(file)
        progress.value = 100
        state.textContent = ' Envoyé.'
        say(`${file.name} envoyé.`)
        settle()
      },
      (error: unknown) => {
        failed.add(file)
        const message = error instanceof Error ? error.message : 'L’envoi a échoué.'
        state.textContent = ` Échec : ${message} `
        state.className = 'fr-error-text fr-mt-0'
        const retry = document.createElement('button')
        retry.type = 'button'
        retry.className = 'fr-btn fr-btn--sm fr-btn--secondary'
        retry.textContent = 'Réessayer'
        retry.setAttribute('aria-label', `Réessayer l’envoi de ${file.name}`)
        retry.addEventListener('click', () => void run(file, item))
        item.append(retry)
        say(`Échec de l’envoi de ${file.name} : ${message} Un bouton permet de réessayer.`)
        settle()
      },
    )
  }
  region.list.replaceChildren()
  region.announce.replaceChildren()
  const items = files.map((file) => {
    const item = document.createElement('li')
    item.textContent = `${file.name} : en attente.`
    region.list.append(item)
    return item
  })
  // One file after another: a phone's connection is not shared between them, and a failure is clear.
  files
    .reduce<Promise<void>>((previous, file, index) => {
      const item = items[index]
      return item ? previous.then(() => run(file, item)) : previous
    }, Promise.resolve())
    .catch(() => undefined)
}

async function uploadOne(
  file: File,
  token: string,
  onProgress: (percent: number) => void,
): Promise<void> {
  const endpoint = '/api/tracking/attachments'
  const target = await postJson<{ path: string; uploadUrl: string }>(endpoint, token, {
    fileName: file.name,
    size: file.size,
    ...(file.type ? { mimeType: file.type } : {}),
  })
  await put(target.uploadUrl, file, onProgress)
  await postJson(endpoint, token, { confirm: target.path, fileName: file.name })
}

async function postJson<T>(url: string, token: string, body: unknown): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: `Bearer ${token}`,
      },
      body: JSON.stringify(body),
    })
  } catch {
    throw new Error('la connexion a échoué.')
  }
  const answer = (await response.json().catch(() => ({}))) as T & ApiProblem
  if (!response.ok)
    throw new Error(answer.errors?.[0]?.message ?? answer.error ?? 'le service ne répond pas.')
  return answer
}

// XMLHttpRequest, not fetch: only it reports the progress of a request body.
function put(url: string, file: File, onProgress: (percent: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('PUT', url)
    if (file.type) request.setRequestHeader('Content-Type', file.type)
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100))
    })
    request.addEventListener('load', () =>
      request.status >= 200 && request.status < 300
        ? resolve()
        : reject(new Error(putFailure(request))),
    )
    request.addEventListener('error', () => reject(new Error('la connexion a échoué.')))
    request.send(file)
  })
}

function putFailure(request: XMLHttpRequest): string {
  try {
    return (JSON.parse(request.responseText) as ApiProblem).error ?? 'le fichier a été refusé.'
  } catch {
    return 'le fichier a été refusé.'
  }
}
