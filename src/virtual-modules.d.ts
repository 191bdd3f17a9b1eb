// Modules made by the build's integrations.
declare module 'virtual:dedale/statistics' {
  const snapshot: import('./domain/public-statistics.ts').StatisticsSnapshot
  export default snapshot
}
declare module 'virtual:dedale/udap-contacts' {
  const contacts: import('./domain/api/agent-udap.ts').PublishedUdapContacts
  export default contacts
}
