// The API answers' schemas (src/domain/api), for the enhancers to parse what the functions send.
// Enhancers import this module dynamically, with the first answer to read: the zod code then stays
// out of every page's first script and within the page budgets (dynamic imports load on demand).
export { addressesAnswer } from '../domain/api/addresses.ts'
export { publishedUdapContactsAnswer } from '../domain/api/agent-udap.ts'
export { challengeAnswer } from '../domain/api/challenge.ts'
export { feedbackAnswer } from '../domain/api/feedback.ts'
export { problemAnswer } from '../domain/api/problem.ts'
export { protectionsAnswer } from '../domain/api/protections.ts'
export { submissionAnswer } from '../domain/api/submission.ts'
export { trackingAnswer } from '../domain/api/tracking.ts'
