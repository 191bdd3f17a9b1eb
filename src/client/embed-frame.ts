// Inside a partner's frame: the theme they chose, and the page's height sent to the host script
// (public/embed/dedale-embed.js) whenever it changes, so that the frame never scrolls on its own.

import { parseEmbedOrigin } from '../domain/embed-origin.ts'

/** The host page's origin, as the host script declares it (`?origine=`), else undefined. */
export function declaredOrigin(query: URLSearchParams): string | undefined {
  return parseEmbedOrigin(query.get('origine'))
}

export function fitFrameToContent(): void {
  const query = new URLSearchParams(location.search)
  const theme = query.get('theme')
  const dark =
    theme === 'dark' || (theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches)
  document.documentElement.setAttribute('data-fr-theme', dark ? 'dark' : 'light')
  if (window.parent === window) return
  // The height is not personal, but it goes only to the page that declared itself.
  const target = declaredOrigin(query) ?? '*'
  let last = 0
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
    if (height === last) return
    last = height
    window.parent.postMessage({ type: 'dedale:hauteur', height }, target)
  }
  new ResizeObserver(send).observe(document.documentElement)
  // A new step starts at its top: the host brings the frame's top into view.
  document.addEventListener('focusin', (event) => {
    if ((event.target as HTMLElement).id === 'etapes-titre')
      window.parent.postMessage({ type: 'dedale:haut' }, target)
  })
}
