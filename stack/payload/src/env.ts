/** Environment checks shared by the config and the server (no heavy imports here). */

export class MissingEnvError extends Error {
  constructor(name: string, hint: string) {
    super(`${name} is not set. ${hint}`)
    this.name = 'MissingEnvError'
  }
}

const requireEnv = (name: string, hint: string): string => {
  const value = process.env[name]?.trim()
  if (!value) throw new MissingEnvError(name, hint)
  return value
}

export type PayloadEnv = { connectionString: string; secret: string }

/** Throws MissingEnvError with a clear, one-line message. */
export const readPayloadEnv = (): PayloadEnv => ({
  secret: requireEnv(
    'PAYLOAD_SECRET',
    'Refusing to start: Payload signs JWTs and indexes API keys with it (changing it later invalidates ' +
      'every API key). Example: PAYLOAD_SECRET=$(openssl rand -hex 32)',
  ),
  connectionString: requireEnv(
    'DATABASE_URI',
    'Refusing to start: give a PostgreSQL URL such as postgres://postgres@127.0.0.1:5433/payload',
  ),
})
