import { describe, expect, it } from 'vitest'
import { breadcrumbList, faqPage, jsonForScript } from '../../src/site/structured-data.ts'

describe('structured data', () => {
  it('lists the breadcrumb with absolute URLs, the current page last', () => {
    const data = breadcrumbList(
      [
        { label: 'Accueil', href: '/' },
        { label: 'Fiches travaux', href: '/fiches-travaux/' },
        { label: 'Piscines' },
      ],
      new URL('https://dedale.example/fiches-travaux/piscines/'),
    )
    expect(data.itemListElement.map((item) => [item.position, item.name, item.item])).toEqual([
      [1, 'Accueil', 'https://dedale.example/'],
      [2, 'Fiches travaux', 'https://dedale.example/fiches-travaux/'],
      [3, 'Piscines', 'https://dedale.example/fiches-travaux/piscines/'],
    ])
  })

  it('marks up questions and answers as a FAQPage', () => {
    const data = faqPage([{ question: 'Où déposer ?', answer: 'En mairie.' }])
    expect(data.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: 'Où déposer ?',
      acceptedAnswer: { '@type': 'Answer', text: 'En mairie.' },
    })
  })

  it('cannot close its script element early', () => {
    const json = jsonForScript({ text: '</script><script>alert(1)</script>' })
    expect(json).not.toContain('</script>')
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' })
  })
})
