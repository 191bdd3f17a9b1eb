// Dédale — consultation form for partner sites. Paste where the form should appear:
//   <script src="https://<dédale>/embed/dedale-embed.js" data-protection="spr" async></script>
// It adds a titled frame holding the form, sized to its content (messages from the frame are
// accepted from Dédale's origin only). Optional data-* attributes fill the form or style it:
// data-theme (light, dark, system), data-protection, data-works-types (space-separated),
// data-address, data-postcode, data-commune, data-insee-code, data-title.
;(() => {
  const script = document.currentScript
  if (!(script instanceof HTMLScriptElement)) return
  const dedale = new URL(script.src).origin
  const data = script.dataset
  const query = new URLSearchParams({ origine: window.location.origin })
  const fields = {
    theme: 'theme',
    protection: 'protection',
    address: 'address',
    postcode: 'postcode',
    commune: 'commune',
    inseeCode: 'inseeCode',
  }
  for (const [attribute, name] of Object.entries(fields)) {
    const value = data[attribute]
    if (value) query.set(name, value)
  }
  for (const type of (data.worksTypes ?? '').split(/\s+/))
    if (type) query.append('worksTypes', type)

  const frame = document.createElement('iframe')
  frame.src = `${dedale}/embed/demander-un-conseil/?${query}`
  // RGAA 2.1: a frame has a title saying what it holds.
  frame.title = data.title || 'Demander un conseil à l’UDAP (formulaire du ministère de la Culture)'
  frame.style.width = '100%'
  frame.style.height = '1600px'
  frame.style.border = '0'
  script.after(frame)

  window.addEventListener('message', (event) => {
    if (event.origin !== dedale || event.source !== frame.contentWindow) return
    const message = event.data
    if (message?.type === 'dedale:hauteur' && Number.isFinite(message.height) && message.height > 0)
      frame.style.height = `${Math.ceil(message.height)}px`
    else if (message?.type === 'dedale:haut' && frame.getBoundingClientRect().top < 0)
      frame.scrollIntoView({ block: 'start' })
  })
})()
