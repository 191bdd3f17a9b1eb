// html-validate on the built site (tests/site/built-site.test.ts).
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'error',
    'void-style': ['error', { style: 'omit' }],
    'attribute-boolean-style': 'off',
    'long-title': 'off',
    // Checkboxes and radios of one question share their name.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'submit', 'reset'] }],
    // The DSFR's markup states landmark roles explicitly (header role="banner"…), as RGAA advises.
    'no-redundant-role': 'off',
    // The DSFR's header modals are labelled by their opening button before its script gives them a role.
    'aria-label-misuse': 'off',
  },
}
