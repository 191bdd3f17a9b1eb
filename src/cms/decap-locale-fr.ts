/**
 * What Decap CMS's French locale (decap-cms-locales, "fr") leaves out: Decap falls back to its
 * English phrases, so buttons and menus of a French page got English names ("Expand", "Account
 * options dropdown", "Set lastReviewed to now"), a change of language that nothing marks (RGAA
 * 8.7). A few of Decap's French phrases are corrected too (misspelt words, the workflow board's
 * dates that came out in English). src/cms/admin.ts merges these over Decap's French phrases
 * before the CMS starts.
 */
export type Phrases = { [key: string]: string | Phrases }

export const decapFrenchComplement: Phrases = {
  app: { header: { media: 'Médias' } },
  auth: { loginWithForgejo: 'Se connecter avec Forgejo' },
  collection: {
    collectionTop: { viewAsList: 'Afficher en liste', viewAsGrid: 'Afficher en grille' },
    entries: { unpublishedHeader: 'Contenus non publiés' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Champ %{widgetLabel}' } },
    editorControlPane: {
      i18n: {
        copyFromLocale: 'Reprendre d’une autre langue',
        copyFromLocaleConfirm:
          'Reprendre le contenu en %{locale} ?\nTout ce qui est déjà saisi sera remplacé.',
      },
    },
    editorInterface: { toggleNotes: 'Afficher ou masquer les notes' },
    editorNotesPane: {
      title: 'Notes',
      emptyState: 'Aucune note pour l’instant. Ajoutez la première ci-dessous.',
      addNote: 'Ajouter la note',
      addPlaceholder: 'Écrire une note…',
      editPlaceholder: 'Modifier la note…',
      save: 'Enregistrer',
      cancel: 'Annuler',
      edit: 'Modifier',
      delete: 'Supprimer',
      resolve: 'Marquer comme traitée',
      unresolve: 'Rouvrir',
      confirmDelete: 'Supprimer cette note ?',
      shortcut: 'Astuce : Ctrl+Entrée ajoute la note.',
    },
    editorToolbar: {
      // Decap's French has « modications » and « Statut: » (no space before the colon).
      deleteUnpublishedChanges: 'Supprimer les modifications non publiées',
      status: 'Statut : %{status}',
      statusInfoTooltipDraft:
        'Ce contenu est un brouillon. Pour le faire relire, passez son statut à « En cours de révision ».',
      statusInfoTooltipInReview:
        'Ce contenu est en relecture : rien d’autre n’est demandé, mais vous pouvez encore le modifier.',
    },
    editorWidgets: {
      markdown: {
        strikethrough: 'Barré',
        toggleMode: {
          rich: 'Passer en mode texte mis en forme',
          markdown: 'Passer en mode Markdown',
        },
      },
      image: {
        chooseMultiple: 'Choisir des images',
        addMore: 'Ajouter des images',
        removeAll: 'Retirer toutes les images',
      },
      file: {
        chooseMultiple: 'Choisir des fichiers',
        addMore: 'Ajouter des fichiers',
        removeAll: 'Retirer tous les fichiers',
      },
      // The button shows « Maintenant »: its name starts with it (RGAA 11.9, WCAG 2.5.3). Decap
      // passes the field's key, not its label, so the name does not repeat it.
      datetime: { setToNow: 'Maintenant (date du jour)' },
      object: { expand: 'Déplier', collapse: 'Replier' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Fermer' } },
  workflow: {
    // Decap formats the board's dates without a French calendar: « MMMM D » wrote « November 30 »
    // in a French page. In figures, the date needs none.
    workflow: { dateFormat: 'DD/MM/YYYY' },
    // Decap's French has « mofications ».
    workflowCard: { deleteChanges: 'Supprimer les modifications' },
  },
  ui: {
    settingsDropdown: { account: 'Mon compte' },
    toast: {
      noteAdded: 'Note ajoutée',
      onFailToAddNote: 'La note n’a pas pu être ajoutée : %{details}',
      noteUpdated: 'Note modifiée',
      onFailToUpdateNote: 'La note n’a pas pu être modifiée : %{details}',
      noteDeleted: 'Note supprimée',
      onFailToDeleteNote: 'La note n’a pas pu être supprimée : %{details}',
      noteResolved: 'Note marquée comme traitée',
      noteReopened: 'Note rouverte',
      onFailToToggleNote: 'La note n’a pas pu changer d’état : %{details}',
    },
  },
}

/** `base` with `complement` written over it, branch by branch (neither is changed). */
export function mergePhrases(base: Phrases, complement: Phrases): Phrases {
  const merged: Phrases = { ...base }
  for (const [key, value] of Object.entries(complement)) {
    const current = merged[key]
    merged[key] =
      typeof value === 'object' && typeof current === 'object'
        ? mergePhrases(current, value)
        : value
  }
  return merged
}
