declare module 'vitest' {
  export interface ProvidedContext {
    /** Which PostgreSQL the database suites use. */
    databaseTarget: 'pglite' | 'postgres'
    /** DATABASE_URL of the PostgreSQL server, when the target is postgres. */
    serverDatabaseUrl: string
    /** Template database holding the migrations, cloned for each test file (postgres target). */
    templateDatabase: string
  }
}

export {}
