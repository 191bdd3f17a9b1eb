import type { z } from 'zod'
import type { FieldText } from './field-texts.ts'

/**
 * A content file that does not match its schema, said in French for the person who edited it:
 * the file, the field by its label in the CMS (and its key in the file), and what is expected.
 */
export function describeIssue(
  file: string,
  issue: z.core.$ZodIssue,
  texts: Record<string, FieldText>,
): string {
  return `${file} — ${fieldName(issue.path, texts)} : ${expectation(issue, texts)}`
}

function fieldText(path: readonly PropertyKey[], texts: Record<string, FieldText>) {
  let current: Record<string, FieldText> | undefined = texts
  let text: FieldText | undefined
  for (const key of path) {
    if (typeof key === 'number') continue
    text = current?.[String(key)]
    current = text?.fields
  }
  return text
}

function fieldName(path: readonly PropertyKey[], texts: Record<string, FieldText>): string {
  if (path.length === 0) return 'en-tête du fichier'
  const labels: string[] = []
  let current: Record<string, FieldText> | undefined = texts
  for (const key of path) {
    if (typeof key === 'number') {
      labels.push(`n° ${key + 1}`)
      continue
    }
    const text: FieldText | undefined = current?.[String(key)]
    labels.push(text?.label ?? String(key))
    current = text?.fields
  }
  return `champ « ${labels.join(' › ')} » (${path.map(String).join('.')})`
}

function expectation(issue: z.core.$ZodIssue, texts: Record<string, FieldText>): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'ce champ est obligatoire.'
      if (issue.expected === 'date')
        return 'une date au format AAAA-MM-JJ est attendue, par exemple 2026-11-28.'
      return `la valeur n’est pas du bon type (${issue.expected === 'string' ? 'un texte' : issue.expected === 'number' ? 'un nombre' : issue.expected === 'array' ? 'une liste' : issue.expected} attendu).`
    case 'too_small': {
      const min = Number(issue.minimum)
      if (issue.origin === 'string')
        return `au moins ${min} caractères sont attendus (il y en a ${String(issue.input ?? '').length}).`
      if (issue.origin === 'array')
        return `au moins ${min} élément${min > 1 ? 's' : ''} attendu${min > 1 ? 's' : ''}.`
      return `un nombre supérieur ou égal à ${min} est attendu.`
    }
    case 'too_big': {
      const max = Number(issue.maximum)
      if (issue.origin === 'string')
        return `au plus ${max} caractères sont attendus (il y en a ${String(issue.input ?? '').length}).`
      return `au plus ${max} est attendu.`
    }
    case 'invalid_format':
      if (issue.format === 'url')
        return 'une adresse web complète est attendue, commençant par https://'
      if (issue.format === 'email') return 'une adresse électronique est attendue.'
      return (
        fieldText(issue.path, texts)?.patternMessage ??
        'le format de la valeur n’est pas celui attendu.'
      )
    case 'invalid_value': {
      const options = fieldText(issue.path, texts)?.options
      const values = issue.values.map(
        (value) => `« ${options?.[String(value)] ?? String(value)} » (${String(value)})`,
      )
      return `une valeur parmi ${values.join(', ')} est attendue.`
    }
    case 'unrecognized_keys':
      return `champ${issue.keys.length > 1 ? 's' : ''} inconnu${issue.keys.length > 1 ? 's' : ''} : ${issue.keys.join(', ')} (vérifiez l’orthographe).`
    default:
      return issue.message
  }
}
