// What the page tells a person when an upstream geodata service fails: what happened, in
// French, and that they can check by hand; never an error page (the page shows the guide).
import { ConfigError, type GeodataConfig, readGeodataConfig } from '../config.ts'
import { problem, serviceUnavailable } from '../http/responses.ts'
import { UpstreamError, type UpstreamFailure } from './upstream-json.ts'

const reasons: Record<UpstreamFailure, string> = {
  timeout: 'ne répond pas assez vite en ce moment',
  unavailable: 'ne répond pas en ce moment',
  malformed: 'a envoyé une réponse que nous ne savons pas lire',
}

/** 503 with the failure (`timeout`, `unavailable`, `malformed`), logged for the deployer. */
export function upstreamProblem(service: string, error: unknown): Response {
  if (!(error instanceof UpstreamError)) throw error
  console.error(`geodata: ${error.message}`)
  return problem(
    503,
    `${service} ${reasons[error.failure]}. Réessayez dans quelques minutes, ou vérifiez par vous-même avec les moyens indiqués sur la page.`,
    [],
    { 'Retry-After': '60', 'X-Upstream-Failure': error.failure },
  )
}

/** The services' addresses, or a 503 when GEOCODER_URL or GPU_API_URL is malformed. */
export function loadGeodataConfig(): GeodataConfig | Response {
  try {
    return readGeodataConfig()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    return serviceUnavailable()
  }
}
