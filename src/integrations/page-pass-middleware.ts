import { defineMiddleware } from 'astro:middleware'
import { currentHandOff } from './page-pass-hand-off.ts'

/**
 * Added by the page pass to `astro build` only: hands each prerendered HTML page to the pass as
 * it is rendered, and answers the same page.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next()
  const handOff = currentHandOff()
  if (!handOff || !context.isPrerendered) return response
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response
  const html = await response.text()
  handOff(decodeURI(context.url.pathname), html)
  return new Response(html, response)
})
