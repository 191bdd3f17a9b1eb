import type { AstroIntegration } from 'astro'
import { publishedUdapContactsAnswer } from '../domain/api/agent-udap.ts'
import { readStoreConfig } from '../server/config.ts'
import { withStore } from '../server/store/open-store.ts'
import { virtualModule } from './virtual-module.ts'

const moduleId = 'virtual:dedale/udap-contacts'

/**
 * The contact details the UDAPs published themselves (from the agents' workspace), taken once per
 * build for /contacter-votre-udap/ as the module `virtual:dedale/udap-contacts`; the page then
 * asks /api/udaps/coordonnees for fresher ones. No store, or a failure: none (the page keeps
 * content/data/udaps.json and its "where to find them" guidance): the build never depends on
 * the database.
 */
export function udapContactsSnapshotIntegration(): AstroIntegration {
  let snapshot: Promise<unknown> | undefined
  const load = () => {
    snapshot ??= (async () => {
      try {
        const store = readStoreConfig(process.env)
        return publishedUdapContactsAnswer.parse(
          await withStore(store, (opened) => opened.publishedUdapContacts()),
        )
      } catch {
        return []
      }
    })()
    return snapshot
  }
  return {
    name: 'dedale:udap-contacts-snapshot',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: { plugins: [virtualModule(moduleId, load)] },
        })
      },
    },
  }
}
