import { z } from 'zod'
import rawDirectory from '../../content/data/udap-directory.json' with { type: 'json' }
import rawUdaps from '../../content/data/udaps.json' with { type: 'json' }

const link = z.strictObject({
  href: z.string().regex(/^(\/|https:\/\/)\S*$/),
  label: z.string().min(3),
})

// Mirrors public.udaps (supabase/migrations): only verified contact details are filled in.
export const udap = z.strictObject({
  code: z.string().regex(/^(\d{2}|2[AB]|97\d)$/),
  departement: z.string().min(3),
  name: z.string().min(3),
  email: z.email().nullable(),
  phone: z.string().min(10).nullable(),
  address: z.string().min(5).nullable(),
  opening: z.string().min(3).nullable(),
  active: z.boolean(),
})

export const directory = z.strictObject({
  regions: z.array(
    z.strictObject({
      // INSEE code of the région.
      code: z.string().regex(/^\d{2}$/),
      name: z.string().min(3),
      // The ministry's regional service the UDAPs belong to (DRAC, or DAC overseas).
      service: z.string().min(3),
      // Official page where that service lists its UDAPs and their contact details.
      url: z.url(),
      // Verified address of the regional service's seat, when known.
      seat: z.string().min(5).optional(),
      departements: z.array(z.string()).min(1),
    }),
  ),
  // Extra information for some départements (the pilot UDAP), by code.
  departements: z.record(
    z.string(),
    z.strictObject({ notes: z.array(z.string().min(10)).min(1), links: z.array(link) }),
  ),
})

export type Udap = z.infer<typeof udap>
export type UdapEntry = Udap & { anchor: string; notes: string[]; links: z.infer<typeof link>[] }
export type UdapRegion = Omit<z.infer<typeof directory>['regions'][number], 'departements'> & {
  udaps: UdapEntry[]
}

/** The anchor of a département's entry on /contacter-votre-udap/ (#udap-2a, #udap-971…). */
export const udapAnchor = (code: string) => `udap-${code.toLowerCase()}`

export const udaps: readonly Udap[] = z.array(udap).parse(rawUdaps)

/** Every UDAP of content/data/udaps.json under its région, in the order of the directory file. */
export function udapDirectory(): UdapRegion[] {
  const { regions, departements } = directory.parse(rawDirectory)
  const byCode = new Map(udaps.map((entry) => [entry.code, entry]))
  return regions.map(({ departements: codes, ...region }) => ({
    ...region,
    udaps: codes.map((code) => {
      const entry = byCode.get(code)
      if (!entry) throw new Error(`content/data/udap-directory.json: no UDAP ${code} in udaps.json`)
      const extra = departements[code]
      return {
        ...entry,
        anchor: udapAnchor(code),
        notes: extra?.notes ?? [],
        links: extra?.links ?? [],
      }
    }),
  }))
}
