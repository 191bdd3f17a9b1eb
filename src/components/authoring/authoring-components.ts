// What editors can use in any MDX page without an import (docs/content-authoring.md).
import Table from '../Table.astro'
import TileGrid from '../TileGrid.astro'
import Callout from './Callout.astro'
import DelayTable from './DelayTable.astro'
import Highlight from './Highlight.astro'
import KeyPoints from './KeyPoints.astro'
import PiecesChecklist from './PiecesChecklist.astro'
import Step from './Step.astro'
import Steps from './Steps.astro'

export const authoringComponents = {
  Callout,
  DelayTable,
  Highlight,
  KeyPoints,
  PiecesChecklist,
  Step,
  Steps,
  TileGrid,
  // Markdown tables get the DSFR table frame.
  table: Table,
}
