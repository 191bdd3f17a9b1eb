const rendered = new Map<string, Promise<string>>()

/**
 * The HTML `render` gives for `name`, rendered once per build and reused: for the chrome that is
 * the same on thousands of pages (header, footer), where Astro's rendering of each element again
 * cost 1–1.5 s of the 10–12 s rendering of 3,000 pages (docs/benchmarks.md). The name must say
 * everything the HTML depends on.
 * Under `astro dev` (and in unit tests) it renders every time, so that an edited component shows.
 * (`MODE`, not `PROD`: a build run with NODE_ENV=test, as the site tests run it, is not `PROD`.)
 */
export function renderedOnce(name: string, render: () => Promise<string>): Promise<string> {
  if (import.meta.env.MODE !== 'production') return render()
  let html = rendered.get(name)
  if (!html) {
    html = render()
    rendered.set(name, html)
  }
  return html
}
