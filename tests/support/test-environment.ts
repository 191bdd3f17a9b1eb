/** The form secret the tests run with (any 32+ characters; never a real one). */
export const testSecret = 'test-secret-for-dedale-tests-only-0123456789'
