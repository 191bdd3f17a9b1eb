// Loaded only on pages built with MATOMO_URL and MATOMO_SITE_ID (src/components/Analytics.astro).
import { trackPageView } from './analytics.ts'

trackPageView()
