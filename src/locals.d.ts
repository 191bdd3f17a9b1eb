// What components share while one page renders (Astro.locals).
declare namespace App {
  interface Locals {
    /** Tables rendered so far on the page, to name each scrolling region uniquely. */
    tableCount?: number
  }
}
