// <analytics-opt-out>: the refusal of audience measurement, kept in this browser (localStorage).
import { hasOptedOut, setOptOut } from './analytics.ts'
import { defineEnhancer, Enhancer } from './component.ts'

export class AnalyticsOptOut extends Enhancer {
  protected enhance(): void {
    const group = this.required('.fr-checkbox-group')
    const box = this.required('input[type=checkbox]', HTMLInputElement)
    const status = this.required('[role=status]')
    const describe = () => {
      status.textContent = box.checked
        ? 'Vos visites ne sont pas mesurées sur ce navigateur.'
        : 'Vos visites peuvent être comptées, sans cookie ni identifiant.'
    }
    box.checked = hasOptedOut()
    describe()
    group.hidden = false
    box.addEventListener('change', () => {
      setOptOut(box.checked)
      describe()
    })
  }
}

defineEnhancer('analytics-opt-out', AnalyticsOptOut)
