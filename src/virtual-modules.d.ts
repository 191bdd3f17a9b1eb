// Modules made by the build's integrations.
declare module 'virtual:dedale/statistics' {
  const snapshot: import('./domain/public-statistics.ts').StatisticsSnapshot
  export default snapshot
}
