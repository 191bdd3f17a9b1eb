import { ConfigError, readConfig, type ServerConfig } from '../config.ts'
import { serviceUnavailable } from './responses.ts'

/** The configuration, or a 503 when it is broken (logged with the variable's name for the deployer). */
export function loadConfig(): ServerConfig | Response {
  try {
    return readConfig()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    return serviceUnavailable()
  }
}
