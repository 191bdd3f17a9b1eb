import { z } from 'zod'
import { isInFrance } from './france-bounds.ts'

/** A field and what is wrong with it, in French (same shape as the consultation's errors). */
export interface PointQueryError {
  field: string
  message: string
}

// Query strings are text: a coordinate must be a plain decimal number, nothing else.
const decimal = /^-?\d{1,3}(\.\d{1,12})?$/

const coordinate = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} : ce paramètre est obligatoire.` })
    .regex(decimal, `${label} : donnez un nombre décimal, par exemple 45.767.`)
    .transform(Number)
    .refine(
      (value) => value >= min && value <= max,
      `${label} : la valeur doit être comprise entre ${min} et ${max}.`,
    )

const pointSchema = z.object({
  lat: coordinate('Latitude (lat)', -90, 90),
  lon: coordinate('Longitude (lon)', -180, 180),
})

export type Point = z.output<typeof pointSchema>

export const outsideFranceMessage =
  'Ce point est hors de France : le service ne couvre que la France métropolitaine, la Corse, la Guadeloupe, la Martinique, la Guyane, La Réunion et Mayotte.'

/** Reads `lat` and `lon` from a query string: numbers, within France's bounds. */
export function parsePointQuery(
  params: URLSearchParams,
): { ok: true; point: Point } | { ok: false; errors: PointQueryError[] } {
  const parsed = pointSchema.safeParse({
    lat: params.get('lat') ?? undefined,
    lon: params.get('lon') ?? undefined,
  })
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        field: String(issue.path[0] ?? ''),
        message: issue.message,
      })),
    }
  }
  const point = parsed.data
  if (!isInFrance(point.lat, point.lon)) {
    return { ok: false, errors: [{ field: 'lat', message: outsideFranceMessage }] }
  }
  return { ok: true, point }
}

/** The text typed in the address field: 3 to 200 characters once trimmed. */
export function parseAddressQuery(
  params: URLSearchParams,
): { ok: true; q: string } | { ok: false; errors: PointQueryError[] } {
  const q = (params.get('q') ?? '').trim().normalize('NFC')
  if (q.length < 3 || q.length > 200) {
    return {
      ok: false,
      errors: [
        {
          field: 'q',
          message:
            'Adresse (q) : saisissez entre 3 et 200 caractères, par exemple « 2 place des Terreaux Lyon ».',
        },
      ],
    }
  }
  return { ok: true, q }
}
