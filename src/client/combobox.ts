// The one combobox of the site, after the ARIA 1.2 pattern with a listbox: the input keeps the
// focus, arrows move through the options (aria-activedescendant), Enter or a click picks (RGAA
// 13.11: on click, not on mousedown), Escape closes, and a status region says how many options
// are proposed. Used by the address search and the commune field; styled by
// src/styles/combobox.css (global: the options are created here, out of reach of scoped styles).

export interface ComboboxParts {
  input: HTMLInputElement
  listbox: HTMLUListElement
  status: HTMLElement
}

export interface ComboboxOptions<T> {
  /** Fewer characters typed close the list. */
  minLength: number
  /** Waits this long after the last keystroke before searching (0: at once). */
  debounceMs: number
  /** The options for what was typed; rejects with an Error whose message is for the person. */
  find(query: string, signal: AbortSignal): Promise<T[]>
  /** The option's text in the list. */
  text(option: T): string
  /** What the field holds once the option is picked. */
  value(option: T): string
  /** The status sentence for the number of options proposed (0: none found). */
  announce(count: number): string
  /** The status sentence once an option is picked. */
  pickedStatus(option: T): string
  onPick(option: T): void
  onFailure?(error: Error): void
}

export interface Combobox<T> {
  /** The option picked, or the first one proposed if none was (a form's submit button). */
  pickedOrFirst(): T | null
}

export function combobox<T>(parts: ComboboxParts, options: ComboboxOptions<T>): Combobox<T> {
  const { input, listbox, status } = parts
  let found: T[] = []
  let active = -1
  let picked: T | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let pending: AbortController | undefined

  input.setAttribute('role', 'combobox')
  input.setAttribute('aria-autocomplete', 'list')
  input.setAttribute('aria-controls', listbox.id)
  input.setAttribute('aria-expanded', 'false')
  // A field about the user keeps its purpose (RGAA 11.13, address-level2 for the commune);
  // the browser's own suggestions are turned off only for other fields.
  if (!input.getAttribute('autocomplete')) input.autocomplete = 'off'

  const optionId = (index: number) => `${listbox.id}-${index}`

  function open() {
    listbox.hidden = false
    input.setAttribute('aria-expanded', 'true')
  }

  function close() {
    listbox.hidden = true
    input.setAttribute('aria-expanded', 'false')
    input.removeAttribute('aria-activedescendant')
    active = -1
  }

  function highlight(index: number) {
    active = (index + found.length) % found.length
    for (const [position, option] of [...listbox.children].entries())
      option.setAttribute('aria-selected', String(position === active))
    const option = listbox.children[active]
    if (!option) return input.removeAttribute('aria-activedescendant')
    input.setAttribute('aria-activedescendant', option.id)
    option.scrollIntoView?.({ block: 'nearest' })
  }

  function show(list: T[]) {
    found = list
    listbox.replaceChildren(
      ...list.map((item, index) => {
        const option = document.createElement('li')
        option.id = optionId(index)
        option.setAttribute('role', 'option')
        option.setAttribute('aria-selected', 'false')
        option.textContent = options.text(item)
        // The field keeps the focus while the pointer is down; the choice is made on click.
        option.addEventListener('mousedown', (event) => event.preventDefault())
        option.addEventListener('click', () => pick(index))
        return option
      }),
    )
    close()
    if (list.length > 0) open()
    status.textContent = options.announce(list.length)
  }

  function pick(index: number, notify = true) {
    const item = found[index]
    if (item === undefined) return
    picked = item
    input.value = options.value(item)
    close()
    status.textContent = options.pickedStatus(item)
    if (notify) options.onPick(item)
  }

  async function search(query: string) {
    pending?.abort()
    const controller = new AbortController()
    pending = controller
    try {
      const list = await options.find(query, controller.signal)
      if (!controller.signal.aborted) show(list)
    } catch (error) {
      if (controller.signal.aborted) return
      close()
      options.onFailure?.(error instanceof Error ? error : new Error(String(error)))
    }
  }

  input.addEventListener('input', () => {
    picked = null
    clearTimeout(timer)
    const query = input.value.trim()
    if (query.length < options.minLength) {
      pending?.abort()
      found = []
      close()
      status.textContent = ''
      return
    }
    if (options.debounceMs > 0) timer = setTimeout(() => void search(query), options.debounceMs)
    else void search(query)
  })

  input.addEventListener('keydown', (event) => {
    const isOpen = !listbox.hidden
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        if (found.length === 0) {
          const query = input.value.trim()
          if (query.length >= options.minLength) void search(query)
          break
        }
        if (!isOpen) open()
        highlight(active + 1)
        break
      case 'ArrowUp':
        event.preventDefault()
        if (isOpen && found.length > 0) highlight(active <= 0 ? found.length - 1 : active - 1)
        break
      case 'Enter':
        if (isOpen && active >= 0) {
          event.preventDefault()
          pick(active)
        }
        break
      case 'Escape':
        if (isOpen) {
          event.preventDefault()
          close()
        }
        break
      case 'Tab':
        close()
        break
    }
  })

  input.addEventListener('blur', close)

  return {
    pickedOrFirst() {
      if (picked !== null && input.value === options.value(picked)) return picked
      if (found.length > 0) pick(0, false)
      return picked
    },
  }
}
