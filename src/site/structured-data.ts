// schema.org data for search engines, written into <script type="application/ld+json"> (data,
// never executed: the CSP's script-src does not apply to it).

import { withoutLinks } from './inline-links.ts'

export interface Crumb {
  label: string
  /** Absent for the current page. */
  href?: string | undefined
}

/** BreadcrumbList for a page's trail; the current page is the last item, with its own URL. */
export function breadcrumbList(crumbs: Crumb[], pageUrl: URL) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: new URL(crumb.href ?? pageUrl.pathname, pageUrl).href,
    })),
  }
}

/** FAQPage for the questions of a page. */
export function faqPage(faq: { question: string; answer: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faq.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: withoutLinks(item.answer) },
    })),
  }
}

/** JSON safe inside a script element: "<" is escaped so "</script>" cannot end it. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
