// The repairs of Decap CMS's markup (src/cms/decap-repairs.ts) on markup shaped as Decap 3.x
// draws it (class names as Emotion writes them): names, roles and titles are set, no node is
// added or moved (React owns the tree), and a second run changes nothing.
import { beforeEach, describe, expect, it } from 'vitest'
import {
  dropInvalidAttributes,
  hideIcons,
  labelTextboxes,
  markLandmarks,
  markMainContent,
  repairDecap,
  repairListItems,
  titleFrames,
  workflowHeadings,
} from '../../src/cms/decap-repairs.ts'

const icon =
  '<span class="css-4u0lad-IconWrapper"><svg viewBox="0 0 24 24"><path d="M0 0"/></svg></span>'

/** An item of a list field: its top bar (fold, drag, remove), its summary and its fields. */
const listItem = (summary: string, folded: boolean) => `
  <div class="css-143b2ph-ListItem-listControlItem-SortableListItem">
    <div class="css-16t34u7-TopBar-StyledListItemTopBar-StyledListItemTopBar">
      <button class="css-1-TopBarButton">${icon}</button>
      <div role="button" tabindex="0" aria-roledescription="sortable"><span class="css-2-TopBarButtonSpan">${icon}</span></div>
      <button class="css-1-TopBarButton">${icon}</button>
    </div>
    <div class="css-1gic66b-NestedObjectLabel">${summary}</div>
    <div class="css-dcc2zv"${folded ? ' style="display: none"' : ''}>
      <div class="css-9-ControlContainer"><div class="css-9-ControlTopbar"><label for="question-field-35">Question</label></div><input id="question-field-35"></div>
    </div>
  </div>`

const editor = `
  <div id="nc-root"><div class="css-hn3jn7-EditorContainer">
    <div class="css-8s5rs3-ToolbarContainer"><a href="#/collections/pages">Pages générales</a></div>
    <div class="css-nkr4wf-Editor e1nx103k4">
      <div class="css-9-ControlContainer" aria-label="Champ list">
        <div class="css-9-ControlTopbar"><label for="faq-field-33">Questions fréquentes</label></div>
        <div id="faq-field-33"><div>
          ${listItem('Comment savoir si mon adresse est protégée ?', true)}
          ${listItem('', false)}
        </div></div>
      </div>
      <div class="css-9-ControlContainer" aria-label="Champ markdown">
        <div class="css-9-ControlTopbar"><label for="body-field-90">Texte de la page</label></div>
        <div class="cms-editor-raw"><div class="css-1gtfcgu-ToolbarContainer"><button title="Gras">${icon}</button></div>
        <div role="textbox" aria-multiline="true" contenteditable="true" value="[object Object],[object Object]"></div></div>
      </div>
      <iframe id="preview-pane" class="css-1-PreviewPaneFrame" srcdoc="<p>Aperçu</p>"></iframe>
      <div class="css-1-StyledWrapper"><div role="menu"><div class="css-1-DropdownList" width="max-content">
        <button role="menuitem">Publier maintenant</button><button role="menuitem">Publier et créer</button>
      </div></div></div>
    </div>
  </div></div>`

const signIn = `<div id="nc-root"><section class="css-b9578f-StyledAuthenticationPage e1ektlme1">
  <span class="css-rdgl1o-IconWrapper-DecapLogoIcon"><svg width="335" height="90"></svg></span>
  <button class="css-39fnji-LoginButton">Se connecter</button></section></div>`

/** The editorial workflow's board (publish_mode: editorial_workflow): a column, a card. */
const workflow = `<div id="nc-root">
  <header class="css-mxshdh-AppHeader-css"><nav><a href="#/workflow" aria-current="page">Flux</a></nav></header>
  <div class="css-1w36pes-AppMainContainer eh2m33j2"><div class="css-1ahohhj-WorkflowContainer e1t9l5ui4">
    <div class="css-30k2r2-WorkflowTop-card-card-cardTop-cardTop"><h1 class="css-1-WorkflowTopHeading">Flux éditorial</h1></div>
    <div class="css-cggw1m-WorkflowListContainer"><div><div class="css-19j8daa-column-renderColumns">
      <h2 name="draft" class="css-ydzym7-ColumnHeader-ColumnHeader-ColumnHeader">Brouillons</h2>
      <p class="css-1m7r8j3-ColumnCount">1 entrée</p>
      <div><div draggable="true"><div class="css-mbgz6u-WorkflowCardContainer-card-card">
        <a class="css-19qwfnf-WorkflowLink" href="#/collections/pages/entries/faq?ref=workflow">
          <div class="css-1rbo4mk-CardCollection">Pages générales</div>
          <h2 class="css-j7gr24-CardTitle">Questions fréquentes</h2>
          <div class="css-ahmcnp-CardDateContainer-text">30/11/2026</div>
        </a>
        <div class="css-cfmt14-CardButtonContainer"><button>Supprimer les modifications</button></div>
      </div></div></div>
    </div></div></div>
  </div></div>
</div>`

/** The editor's status menu, open (« Statut : Brouillon »), as the workflow draws it. */
const statusMenu = `<div class="css-1xhqzoz-StyledWrapper-ToolbarDropdown"><div><span role="button" tabindex="0"
  aria-haspopup="true" aria-expanded="true" class="css-1asl8tt-StyledDropdownButton-StatusButton">Statut : Brouillon</span></div>
  <div role="menu" tabindex="-1"><div width="120px" class="css-4ymrfa-DropdownList">
    <div role="menuitem" tabindex="-1"><span>Brouillon</span><div class="css-1-MenuItemIconContainer"><span><svg width="24" height="24"></svg></span></div></div>
    <div role="menuitem" tabindex="-1"><span>En cours de révision</span></div>
  </div></div></div>`

const $ = (selector: string) => document.querySelector(selector) as HTMLElement
const $$ = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)]
const items = () => $$('[class*="StyledListItemTopBar"]')
const attributes = (element: Element) =>
  Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value]))

beforeEach(() => {
  document.body.innerHTML = editor
})

describe('the repairs of Decap’s markup', () => {
  it('names the buttons of a list item after their action and the item, with its state', () => {
    repairListItems(document)
    const [first, second] = items()
    expect([...(first?.children ?? [])].map(attributes)).toEqual([
      expect.objectContaining({
        'aria-label': 'Déplier l’élément « Comment savoir si mon adresse est protégée ? »',
        'aria-expanded': 'false',
      }),
      expect.objectContaining({
        role: 'button',
        'aria-label': 'Déplacer l’élément « Comment savoir si mon adresse est protégée ? »',
      }),
      expect.objectContaining({
        'aria-label': 'Supprimer l’élément « Comment savoir si mon adresse est protégée ? »',
      }),
    ])
    // An item without a summary is named by its rank; unfolded, its button folds it.
    expect([...(second?.children ?? [])].map((b) => b.getAttribute('aria-label'))).toEqual([
      'Replier l’élément n° 2',
      'Déplacer l’élément n° 2',
      'Supprimer l’élément n° 2',
    ])
    expect(second?.firstElementChild?.getAttribute('aria-expanded')).toBe('true')
  })

  it('follows the item when it is folded or unfolded', () => {
    repairListItems(document)
    const fields = $$('[class*="NestedObjectLabel"] + div')[0] as HTMLElement
    fields.style.display = ''
    repairListItems(document)
    expect(items()[0]?.firstElementChild?.getAttribute('aria-label')).toBe(
      'Replier l’élément « Comment savoir si mon adresse est protégée ? »',
    )
  })

  it('makes an item’s fields a group named after the item', () => {
    repairListItems(document)
    expect(
      $$('[role="group"]').map((group) => [
        group.getAttribute('aria-label'),
        group.querySelector('input')?.id,
      ]),
    ).toEqual([
      ['Comment savoir si mon adresse est protégée ?', 'question-field-35'],
      ['Élément n° 2', 'question-field-35'],
    ])
  })

  it('hides the icons, which carry no information of their own', () => {
    hideIcons(document)
    const svgs = $$('svg')
    expect(svgs.length).toBeGreaterThan(5)
    for (const svg of svgs)
      expect(attributes(svg)).toMatchObject({ 'aria-hidden': 'true', focusable: 'false' })
  })

  it('names the Markdown editor by its field’s label', () => {
    labelTextboxes(document)
    const textbox = $('[role="textbox"]')
    const label = document.getElementById(textbox.getAttribute('aria-labelledby') ?? '')
    expect(label?.textContent).toBe('Texte de la page')
    // Its for named no element (RGAA 8.2): the aria-labelledby names the field instead.
    expect(label?.hasAttribute('for')).toBe(false)
  })

  it('titles the preview frame', () => {
    titleFrames(document)
    expect($('#preview-pane').title).toBe('Aperçu de la page')
  })

  it('marks the editor’s toolbar as the banner and its fields as the main content, and the sign-in box', () => {
    markLandmarks(document)
    expect($('[role="banner"]').textContent).toBe('Pages générales')
    markMainContent(document, 'contenu')
    expect($('#contenu')).toBe($('[role="main"]'))
    expect($('[role="main"]').className).toContain('-Editor ')
    // The Markdown editor's own toolbar is no banner.
    expect($$('[role="banner"]')).toHaveLength(1)
    document.body.innerHTML = signIn
    repairDecap(document)
    expect($('section').getAttribute('role')).toBe('main')
    // The skip link's target (RGAA 12.7): the main content, focusable by script only.
    expect($('section').id).toBe('contenu')
    expect($('section').getAttribute('tabindex')).toBe('-1')
    expect($('svg').getAttribute('aria-hidden')).toBe('true')
  })

  it('marks the workflow board as the main content, the skip link’s target', () => {
    document.body.innerHTML = workflow
    repairDecap(document)
    expect($('[role="main"]').className).toContain('WorkflowContainer')
    expect($('#contenu')).toBe($('[role="main"]'))
    expect($$('main, [role="main"]')).toHaveLength(1)
  })

  it('makes each card’s title a heading under its column’s (RGAA 9.1)', () => {
    document.body.innerHTML = workflow
    workflowHeadings(document)
    expect($('[class*="ColumnHeader"]').getAttribute('aria-level')).toBeNull()
    expect($('[class*="CardTitle"]').getAttribute('aria-level')).toBe('3')
  })

  it('removes the attributes that make the code invalid or carry presentation (RGAA 8.2, 10.1)', () => {
    document.body.innerHTML = editor + workflow + statusMenu
    const before = $$('*')
    dropInvalidAttributes(document)
    // The same nodes: React's tree untouched; only the SVG icon keeps its size.
    expect($$('*')).toEqual(before)
    expect($$('[value], [width], [name]').map((element) => element.localName)).toEqual(['svg'])
    // What takes them keeps them: an input's value and name, an image's and an SVG's size.
    document.body.innerHTML =
      '<input value="x" name="q"><img width="10" alt=""><svg width="9"><rect width="3"/></svg>'
    dropInvalidAttributes(document)
    expect($$('[value], [width], [name]')).toHaveLength(4)
  })

  it('removes empty id references and numbers, and a label’s for that names what a label cannot label (RGAA 8.2)', () => {
    document.body.innerHTML = `${editor}
      <div class="css-1-SelectControl"><input id="react-select-3-input" aria-activedescendant=""></div>
      <input id="weight-field-4" type="number" max="" min="0">
      <label for="weight-field-4">Ordre</label>`
    dropInvalidAttributes(document)
    expect($$('[aria-activedescendant], [max]')).toEqual([])
    expect($('#weight-field-4').getAttribute('min')).toBe('0')
    // The list's label named its div: it keeps an id, not the for. The inputs' labels keep theirs
    // (the list items' questions, the number), and so does the one naming no element (the
    // Markdown editor's, which labelTextboxes repairs).
    const list = $('label:not([for])')
    expect([list.textContent, list.id]).toEqual(['Questions fréquentes', 'label-faq-field-33'])
    expect($$('label[for]').map((label) => label.getAttribute('for'))).toEqual([
      'question-field-35',
      'question-field-35',
      'body-field-90',
      'weight-field-4',
    ])
    // An option active again: React's reference is kept.
    $('#react-select-3-input').setAttribute('aria-activedescendant', 'react-select-3-option-0')
    dropInvalidAttributes(document)
    expect($('#react-select-3-input').getAttribute('aria-activedescendant')).toBe(
      'react-select-3-option-0',
    )
  })

  it('removes them again when React writes them again (a new value of the Markdown editor)', () => {
    repairDecap(document)
    const textbox = $('[role="textbox"]')
    expect(textbox.hasAttribute('value')).toBe(false)
    textbox.setAttribute('value', '[object Object]')
    repairDecap(document)
    expect(textbox.hasAttribute('value')).toBe(false)
    expect(textbox.getAttribute('aria-labelledby')).toBe('label-body-field-90')
  })

  it('only sets attributes: the same nodes in the same places, and nothing to change the second time', () => {
    const before = $$('*')
    repairDecap(document)
    expect($$('*')).toEqual(before)
    const repaired = document.body.innerHTML
    const changes: MutationRecord[] = []
    const observer = new MutationObserver((records) => changes.push(...records))
    observer.observe(document.body, { subtree: true, childList: true, attributes: true })
    repairDecap(document)
    changes.push(...observer.takeRecords())
    observer.disconnect()
    expect(changes).toEqual([])
    expect(document.body.innerHTML).toBe(repaired)
  })
})
