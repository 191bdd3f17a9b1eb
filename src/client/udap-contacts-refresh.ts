// /contacter-votre-udap/: the page is built with the contact details the UDAPs had published;
// fresher ones come from /api/udaps/coordonnees when it answers. Progressive enhancement only:
// without it, the build's snapshot stays.
import { contactLines, publishedOn } from '../domain/udap-contact-lines.ts'

async function refresh(): Promise<void> {
  const response = await fetch('/api/udaps/coordonnees', {
    headers: { Accept: 'application/json' },
  })
  if (!response.ok) return
  const { publishedUdapContactsAnswer } = await import('./api-answers.ts')
  const contacts = publishedUdapContactsAnswer.safeParse(await response.json())
  if (!contacts.success) return
  for (const contact of contacts.data) {
    const cell = document.querySelector(`[data-udap-contact="${CSS.escape(contact.code)}"]`)
    const lines = contactLines(contact)
    if (!cell || lines.length === 0) continue
    const list = document.createElement('ul')
    list.className = 'fr-raw-list'
    for (const line of lines) {
      const item = document.createElement('li')
      item.append(`${line.label} : `)
      if (line.href) {
        const link = document.createElement('a')
        link.href = line.href
        link.textContent = line.text
        item.append(link)
      } else item.append(line.text)
      list.append(item)
    }
    const date = document.createElement('p')
    date.className = 'fr-text--sm fr-mb-1w'
    date.textContent = publishedOn(contact.published_at)
    cell.replaceChildren(list, date)
  }
}

refresh().catch(() => {
  // The snapshot stays: the API is optional (a static deployment, an outage).
})
