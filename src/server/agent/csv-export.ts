// CSV for Excel (French settings): UTF-8 with a byte-order mark, semicolons, every cell quoted,
// and cells that a spreadsheet would run as a formula neutralised.

const formulaStart = /^[=+\-@\t\r]/

/** One cell: a leading =, +, -, @, tab or carriage return gets a quote so it stays text. */
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value)
  const safe = formulaStart.test(text) ? `'${text}` : text
  return `"${safe.replaceAll('"', '""')}"`
}

export function toCsv(
  columns: [key: string, label: string][],
  rows: Record<string, unknown>[],
): string {
  const lines = [
    columns.map(([, label]) => csvCell(label)).join(';'),
    ...rows.map((row) => columns.map(([key]) => csvCell(row[key])).join(';')),
  ]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export const exportColumns: [string, string][] = [
  ['reference', 'Référence'],
  ['created_at', 'Reçue le'],
  ['status', 'Statut'],
  ['priority', 'Priorité'],
  ['applicant_kind', 'Demandeur'],
  ['first_name', 'Prénom'],
  ['last_name', 'Nom'],
  ['email', 'E-mail'],
  ['phone', 'Téléphone'],
  ['address', 'Adresse'],
  ['postcode', 'Code postal'],
  ['commune', 'Commune'],
  ['works_types', 'Travaux'],
  ['declared_protection', 'Protection déclarée'],
  ['confirmed_protections', 'Protections confirmées'],
  ['labels', 'Étiquettes'],
  ['assignee', 'Agent'],
  ['description', 'Description'],
  ['answered_at', 'Répondue le'],
  ['closed_at', 'Close le'],
]
