// The API's answers have one schema each (src/domain/api/). In the tests, `answer` refuses to
// send what its schema refuses, so the handler suites fail on a drifting answer.
import { expect, it } from 'vitest'
import { problemAnswer } from '../../src/domain/api/problem.ts'
import { submissionAnswer } from '../../src/domain/api/submission.ts'
import { trackingAnswer } from '../../src/domain/api/tracking.ts'
import { answer, problem } from '../../src/server/http/responses.ts'

it('checks every answer in the tests', () => {
  expect(process.env.DEDALE_CHECK_ANSWERS).toBe('on')
})

it('sends an answer its schema accepts', async () => {
  const body = { reference: 'DED-2026-000001', trackingUrl: 'https://dedale.test/suivi/#jeton' }
  const response = answer(submissionAnswer, 201, body)
  expect(response.status).toBe(201)
  expect(await response.json()).toEqual(body)
})

it('throws on an answer its schema refuses (a field too many, a status unknown)', () => {
  const extra = { reference: 'DED-2026-000001', trackingUrl: 'https://x.test/', clientKey: 'k' }
  expect(() => answer(submissionAnswer, 201, extra as never)).toThrow()
  const view = trackingAnswer.safeParse({
    reference: 'DED-2026-000001',
    status: 'perdue',
    created_at: '2026-11-30T08:00:00Z',
    updated_at: '2026-11-30T08:00:00Z',
    answered_at: null,
    answer: null,
    udap: { name: 'UDAP du Rhône', email: null, phone: null },
    attachments: 0,
    timeline: [],
  })
  expect(view.success).toBe(false)
})

it('gives problems their schema: a message, and the fields only when there are some', async () => {
  const bare = await problem(404, 'Introuvable.').json()
  expect(problemAnswer.parse(bare)).toEqual({ error: 'Introuvable.' })
  expect(() => problem(400, '')).toThrow()
})
