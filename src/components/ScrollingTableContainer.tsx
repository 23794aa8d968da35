import Box from '@mui/material/Box'
import TableContainer, {
  type TableContainerProps,
} from '@mui/material/TableContainer'
import { useCallback, useEffect, useRef, useState } from 'react'

interface Edges {
  /** More columns lie to the left: the table is scrolled. */
  left: boolean
  /** More columns lie to the right. */
  right: boolean
}

/**
 * Wraps a table that is wider than a phone. The table scrolls sideways
 * inside it, so the page itself never does, and a shadow on an edge
 * shows that more columns lie that way. The shadows are elements beside
 * the table, shown only while it overflows, so at full width axe still
 * sees the cells' plain background and checks their contrast.
 */
export function ScrollingTableContainer({
  children,
  ...props
}: TableContainerProps) {
  const container = useRef<HTMLDivElement>(null)
  const [edges, setEdges] = useState<Edges>({ left: false, right: false })

  const measure = useCallback(() => {
    const element = container.current
    if (!element) return
    const left = element.scrollLeft > 0
    const right =
      element.scrollLeft + element.clientWidth < element.scrollWidth - 1
    setEdges((previous) =>
      previous.left === left && previous.right === right
        ? previous
        : { left, right },
    )
  }, [])

  useEffect(() => {
    const element = container.current
    // jsdom has no ResizeObserver, so there the shadows never show.
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    if (element.firstElementChild) observer.observe(element.firstElementChild)
    return () => observer.disconnect()
  }, [measure])

  return (
    <Box sx={{ position: 'relative' }}>
      <TableContainer ref={container} onScroll={measure} {...props}>
        {children}
      </TableContainer>
      {edges.left && <EdgeShadow side="left" />}
      {edges.right && <EdgeShadow side="right" />}
    </Box>
  )
}

function EdgeShadow({ side }: { side: 'left' | 'right' }) {
  const towards = side === 'left' ? 'to right' : 'to left'
  return (
    <Box
      aria-hidden
      sx={(theme) => ({
        position: 'absolute',
        top: 0,
        bottom: 0,
        [side]: 0,
        width: 12,
        pointerEvents: 'none',
        background: `linear-gradient(${towards}, rgba(0, 0, 0, 0.25), transparent)`,
        ...theme.applyStyles('dark', {
          background: `linear-gradient(${towards}, rgba(0, 0, 0, 0.7), transparent)`,
        }),
      })}
    />
  )
}
