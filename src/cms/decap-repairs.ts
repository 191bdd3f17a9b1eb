/**
 * Decap CMS's markup, repaired where attributes suffice (RGAA 1.1, 1.2, 2.1, 7.1, 8.2, 9.1, 9.2,
 * 10.1, 11.1, 11.5, 11.9, 12.6). React owns what Decap draws: these functions only set ARIA
 * attributes (and a frame's title, a label's id) on its nodes, or remove attributes that HTML
 * does not allow there, never add, move or remove a node, so React's next render finds its tree
 * as it left it (React does not read attributes back: it writes one again only when its prop
 * changes, and admin.ts's next pass removes it again). Each is idempotent: admin.ts runs them
 * again after every change of the page. Decap's components are found by the name Emotion writes
 * into their class ("css-<hash>-NestedObjectLabel"), as in admin.css. What attributes cannot repair,
 * an element nested where HTML forbids it, is patched in Decap's bundle (decap-bundle-patches.ts).
 */

import { mainContentId } from './admin-chrome.ts'

/** Sets an attribute unless it already has that value (no needless mutation to observe). */
function set(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value)
}

const child = (parent: Element, selector: string) => parent.querySelector(`:scope > ${selector}`)

/** An item of a list field, as its buttons and its group name it: its summary, or its rank. */
function itemNames(item: Element): { phrase: string; group: string } {
  const summary = child(item, '[class*="NestedObjectLabel"]')?.textContent?.trim()
  if (summary) return { phrase: `l’élément « ${summary} »`, group: summary }
  const rank = [...(item.parentElement?.children ?? [])].indexOf(item) + 1
  return { phrase: `l’élément n° ${rank}`, group: `Élément n° ${rank}` }
}

/**
 * The top bar of each item of a list field: unfold/fold and remove are buttons holding only an
 * icon, the drag handle a div[role=button] without a name (RGAA 1.1, 7.1, 11.9). Their names say
 * the action and the item; the fold button also says whether the item's fields are shown. The
 * item's fields become a group named after the item (RGAA 11.5).
 */
export function repairListItems(root: ParentNode): void {
  for (const topBar of root.querySelectorAll('[class*="StyledListItemTopBar"]')) {
    const item = topBar.parentElement
    if (!item) continue
    const { phrase, group } = itemNames(item)
    const fields = child(item, '[class*="NestedObjectLabel"]')?.nextElementSibling
    const view = item.ownerDocument.defaultView
    const folded = !fields || view?.getComputedStyle(fields).display === 'none'
    const first = topBar.firstElementChild
    const last = topBar.lastElementChild
    if (first?.tagName === 'BUTTON') {
      set(first, 'aria-label', `${folded ? 'Déplier' : 'Replier'} ${phrase}`)
      set(first, 'aria-expanded', String(!folded))
    }
    if (last?.tagName === 'BUTTON' && last !== first) set(last, 'aria-label', `Supprimer ${phrase}`)
    const handle = child(topBar, '[role="button"]')
    if (handle) set(handle, 'aria-label', `Déplacer ${phrase}`)
    if (fields) {
      set(fields, 'role', 'group')
      set(fields, 'aria-label', group)
    }
  }
}

/**
 * Decap's icons are inline SVG without a text alternative; none carries information of its own
 * (a button with an icon has a text or, repaired above, a name), so all are decorative (RGAA 1.2).
 */
export function hideIcons(root: ParentNode): void {
  for (const svg of root.querySelectorAll(
    'svg:not([role="img"]):not([aria-label]):not([aria-labelledby])',
  )) {
    set(svg, 'aria-hidden', 'true')
    set(svg, 'focusable', 'false')
  }
}

/** A label's id, given if it has none: the aria-labelledby that names its field points to it. */
function labelId(label: Element): string {
  if (!label.id) label.id = `label-${label.getAttribute('for') || 'champ'}`
  return label.id
}

/**
 * The Markdown editor is a div[role=textbox] that its field's label, a label[for] pointing to no
 * element, does not name (RGAA 11.1): it gets aria-labelledby that label, whose `for`, naming
 * nothing, goes (RGAA 8.2).
 */
export function labelTextboxes(root: ParentNode): void {
  for (const textbox of root.querySelectorAll('[role="textbox"]')) {
    const container = textbox.closest('[class*="ControlContainer"]')
    const label = container && child(container, '[class*="ControlTopbar"]')?.querySelector('label')
    if (!label) continue
    set(textbox, 'aria-labelledby', labelId(label))
    const target = label.getAttribute('for')
    if (target !== null && !label.ownerDocument.getElementById(target)) label.removeAttribute('for')
  }
}

/** The preview of the page has no title (RGAA 2.1). */
export function titleFrames(root: ParentNode): void {
  for (const frame of root.querySelectorAll('iframe#preview-pane'))
    set(frame, 'title', 'Aperçu de la page')
}

/**
 * The sign-in screen, the editor and the editorial workflow's board have no main landmark (RGAA
 * 9.2, 12.6): the sign-in box is the main content; in the editor, the toolbar (back to the
 * collection, status, publish, account) is the banner and the fields with their preview the main
 * content; on the board (under Decap's header), the board. The collections' screens have Decap's
 * own header, nav and main.
 */
export function markLandmarks(root: ParentNode): void {
  for (const signIn of root.querySelectorAll('section[class*="AuthenticationPage"]'))
    set(signIn, 'role', 'main')
  for (const board of root.querySelectorAll(
    '[class*="AppMainContainer"] > [class*="WorkflowContainer"]',
  ))
    set(board, 'role', 'main')
  for (const editor of root.querySelectorAll('[class*="EditorContainer"]')) {
    const toolbar = child(editor, '[class*="ToolbarContainer"]')
    if (toolbar) set(toolbar, 'role', 'banner')
    const main = child(editor, '[class*="-Editor "]')
    if (main) set(main, 'role', 'main')
  }
}

/**
 * The skip link's target (RGAA 12.7, src/cms/admin-chrome.ts): the screen's main content, Decap's
 * <main> or the element marked above, gets its id, and tabindex="-1" so that the link can move
 * the focus there.
 */
export function markMainContent(root: ParentNode, id: string): void {
  const main = root.querySelector('main, [role="main"]')
  if (!main) return
  set(main, 'id', id)
  set(main, 'tabindex', '-1')
}

/**
 * The workflow's board draws its columns' titles (« Brouillons », « En cours de révision »,
 * « Prêt ») and its cards' titles all as h2: a card's title is a heading under its column's (RGAA
 * 9.1).
 */
export function workflowHeadings(root: ParentNode): void {
  for (const title of root.querySelectorAll('[class*="WorkflowCardContainer"] h2'))
    set(title, 'aria-level', '3')
}

const elements = (names: string) => names.split(' ')

/**
 * The elements that may carry each attribute that React writes where HTML does not allow it: the
 * Markdown editor's `value` on its div, `name` on the workflow's column headings (RGAA 8.2), and
 * `width` on the list of Decap's menus (« Publier », « Statut »…), which RGAA's glossary
 * (« Présentation de l’information ») allows only on img, object, embed, canvas and svg (RGAA
 * 10.1). SVG's own elements keep theirs.
 */
export const allowedOn: Record<string, readonly string[]> = {
  value: elements('button data input li meter option output param progress select textarea'),
  name: elements(
    'a button details fieldset form iframe img input map meta object output param select slot textarea',
  ),
  width: elements('img object embed canvas'),
  height: elements('img object embed canvas'),
}

/**
 * Attributes React writes empty where an empty value is invalid (RGAA 8.2): an id reference
 * (react-select's `aria-activedescendant` with no option active) and a number (the number field's
 * `max` with no maximum). Without them, nothing changes: no option is active, no maximum applies.
 */
export const invalidWhenEmpty = ['aria-activedescendant', 'max']

/** The elements a label's `for` may name (HTML's labelable elements). */
const labelable = elements('button input meter output progress select textarea')

/** The attributes dropInvalidAttributes removes: admin.ts watches them, to remove them again. */
export const removedAttributes = [...Object.keys(allowedOn), ...invalidWhenEmpty, 'for']

/**
 * Removes those attributes where HTML does not allow them (RGAA 8.2, 10.1), the empty ones that
 * must not be, and a label's `for` that names an element a label cannot label (a list's div):
 * such a `for` labels nothing, so the label loses nothing; it keeps an id, which an
 * aria-labelledby can name.
 */
export function dropInvalidAttributes(root: ParentNode): void {
  const selector = Object.keys(allowedOn)
    .map((name) => `[${name}]`)
    .join(', ')
  for (const element of root.querySelectorAll(selector)) {
    if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue
    for (const [name, tags] of Object.entries(allowedOn))
      if (element.hasAttribute(name) && !tags.includes(element.localName))
        element.removeAttribute(name)
  }
  for (const name of invalidWhenEmpty)
    for (const element of root.querySelectorAll(`[${name}=""]`)) element.removeAttribute(name)
  for (const label of root.querySelectorAll('label[for]')) {
    const target = label.ownerDocument.getElementById(label.getAttribute('for') ?? '')
    if (!target || labelable.includes(target.localName)) continue
    labelId(label)
    label.removeAttribute('for')
  }
}

/** Every repair, on what Decap has drawn under `root`. */
export function repairDecap(root: ParentNode): void {
  dropInvalidAttributes(root)
  repairListItems(root)
  hideIcons(root)
  labelTextboxes(root)
  titleFrames(root)
  workflowHeadings(root)
  markLandmarks(root)
  markMainContent(root, mainContentId)
}
