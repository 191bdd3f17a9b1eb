import en from 'decap-cms-locales/dist/esm/en/index.js'
import fr from 'decap-cms-locales/dist/esm/fr/index.js'
import { describe, expect, it } from 'vitest'
import { decapFrenchComplement, mergePhrases, type Phrases } from '../../src/cms/decap-locale-fr.ts'

/** The keys of a Decap locale's phrases, "editor.editorWidgets.object.expand". */
const keys = (phrases: Phrases, path = ''): string[] =>
  Object.entries(phrases).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${path}${key}`] : keys(value, `${path}${key}.`),
  )

describe('the CMS’s French phrases (src/cms/decap-locale-fr.ts)', () => {
  it('give every phrase of Decap’s English locale a French one (no English fallback, RGAA 8.7)', () => {
    const french = new Set(keys(mergePhrases(fr, decapFrenchComplement)))
    expect(keys(en).filter((key) => !french.has(key))).toEqual([])
  })

  it('add only phrases Decap knows, and keep Decap’s French ones', () => {
    const english = new Set(keys(en))
    expect(keys(decapFrenchComplement).filter((key) => !english.has(key))).toEqual([])
    expect(mergePhrases(fr, decapFrenchComplement)).toMatchObject({
      auth: { login: (fr.auth as Phrases).login },
      editor: { editorWidgets: { object: { expand: 'Déplier' } } },
    })
  })

  it('say the editorial workflow’s phrases in correct French, its dates in figures', () => {
    const merged = mergePhrases(fr, decapFrenchComplement) as {
      editor: { editorToolbar: Record<string, string> }
      workflow: { workflow: Record<string, string>; workflowCard: Record<string, string> }
    }
    // Decap's French locale has « modications » and « mofications », and no space before « : ».
    expect(merged.editor.editorToolbar.deleteUnpublishedChanges).toBe(
      'Supprimer les modifications non publiées',
    )
    expect(merged.workflow.workflowCard.deleteChanges).toBe('Supprimer les modifications')
    expect(merged.editor.editorToolbar.status).toBe('Statut : %{status}')
    // Decap formats the cards' dates without a French calendar: « MMMM D » wrote « November 30 »
    // in a French page (RGAA 8.7).
    expect(merged.workflow.workflow.dateFormat).not.toMatch(/M{3,}|d{3,}/)
  })
})
