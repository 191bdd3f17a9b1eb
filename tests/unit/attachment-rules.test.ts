import { describe, expect, it } from 'vitest'
import { detectFileType, extensionOf } from '../../src/domain/attachment-rules.ts'

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === 'string' ? [...part].map((char) => char.charCodeAt(0)) : part,
    ),
  )

describe('detectFileType', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], '\0\x10JFIF'), 'image/jpeg'],
    ['PNG', bytes('\x89PNG\r\n\x1a\n', [0, 0, 0, 13]), 'image/png'],
    ['PDF', bytes('%PDF-1.7\n'), 'application/pdf'],
    ['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['HEIC from an iPhone', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0]), 'image/heic'],
    ['HEIF', bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0]), 'image/heif'],
    ['an MP4 video', bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 0, 0]), undefined],
    ['a ZIP archive', bytes('PK\x03\x04'), undefined],
    ['a text file named .jpg', bytes('bonjour'), undefined],
    ['an empty file', bytes(), undefined],
  ])('%s → %s', (_name, head, type) => {
    expect(detectFileType(head)).toBe(type)
  })
})

describe('extensionOf', () => {
  it.each([
    ['Façade.JPG', 'jpg'],
    ['plan.pdf', 'pdf'],
    ['IMG_0001.HEIC', 'heic'],
    ['archive.zip', undefined],
    ['sans-extension', undefined],
  ])('%s → %s', (name, extension) => {
    expect(extensionOf(name)).toBe(extension)
  })
})
