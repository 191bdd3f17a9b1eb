/** The form secret the tests run with (any 32+ characters; never a real one). */
export const testSecret = 'test-secret-for-dedale-tests-only-0123456789'

/** The local agent sign-in's secret in tests (never a real one). */
export const testAgentSecret = 'test-agent-secret-for-dedale-tests-only-0123'
